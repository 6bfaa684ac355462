/**
 * The office's application pages for `npm run bench -- --applications` (issue #11): 50,000
 * synthetic applications over three years, every status, spread over the organisations, calls
 * and own funds the database holds; then the table (/office/antraege: first page, a later page
 * by cursor, each sort, filters, full-text search) and the board (/office/antraege/board, a
 * count and 30 cards per status) of the production build under concurrent load, signed in as
 * office staff.
 */
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { load, type LoadResult } from './load.ts';

export const APPLICATIONS = 50_000;

/**
 * Inserts `count` applications in one statement, as the superuser: triggers are off for it (session replication
 * role): the status pipeline would only let new rows start as idea, drafting or submitted, and
 * the bench wants every status; the activity log is not what it measures.
 */
export async function generateApplications(dbUrl: string, count: number): Promise<number> {
	const db = new pg.Client({ connectionString: dbUrl });
	await db.connect();
	try {
		await db.query('begin');
		await db.query('set local session_replication_role = replica');
		const result = await db.query(
			`with organisations as (select array_agg(id) as ids from public.organisations),
			      calls as (select array_agg(id) as ids from public.funding_calls),
			      funds as (select array_agg(id) as ids from public.own_funds),
			      statuses as (select enum_range(null::public.application_status) as list)
			 insert into public.applications (organisation_id, funding_call_id, own_fund_id, title,
			   period_start, period_end, total_cost_cents, requested_cents, own_funds_cents,
			   granted_cents, paid_cents, status, office_role, notes, is_demo, updated_at)
			 select o.ids[1 + (i * 7919) % cardinality(o.ids)],
			        case when i % 5 <> 0 and cardinality(c.ids) > 0 then c.ids[1 + i % cardinality(c.ids)] end,
			        case when i % 5 = 0 and cardinality(f.ids) > 0 then f.ids[1 + i % cardinality(f.ids)] end,
			        (array['Empowerment', 'Nachbarschaft', 'Beratung', 'Fest der Vielfalt', 'Workshopreihe',
			               'Jugendbegegnung', 'Sprachcafé', 'Antirassismus-Training'])[1 + i % 8]
			          || ' ' || (2024 + i % 3) || ' Nr. ' || i,
			        make_date(2024 + i % 3, 1 + i % 12, 1),
			        make_date(2024 + i % 3, 1 + i % 12, 1) + 364,
			        (1000 + i % 90) * 10000,
			        (900 + i % 80) * 10000,
			        (100 + i % 10) * 10000,
			        case when s.list[1 + i % 12] in ('approved', 'partly_approved', 'in_progress',
			             'final_report_submitted', 'closed', 'clawback') then (800 + i % 80) * 10000 else 0 end,
			        0,
			        s.list[1 + i % 12],
			        (array['advised', 'co_wrote', 'partner', 'none']::public.office_role[])[1 + i % 4],
			        case when i % 3 = 0 then 'Rückfragen zum Finanzplan geklärt' end,
			        true,
			        now() - make_interval(mins => i)
			 from generate_series(1, $1::int) as i, organisations o, calls c, funds f, statuses s`,
			[count]
		);
		await db.query('commit');
		await db.query('analyze public.applications');
		return result.rowCount ?? 0;
	} finally {
		await db.end();
	}
}

/** A staff account, signed in through the app's own form: its session cookies. */
export async function staffCookie(
	stack: { url: string; serviceRoleKey: string; dbUrl: string },
	appUrl: string
): Promise<string> {
	const email = `bench-staff-${Date.now()}@example.org`;
	const password = `Bench-${crypto.randomUUID()}`;
	const admin = createClient(stack.url, stack.serviceRoleKey, {
		auth: { persistSession: false, autoRefreshToken: false }
	});
	const created = await admin.auth.admin.createUser({ email, password, email_confirm: true });
	if (created.error) throw created.error;
	const db = new pg.Client({ connectionString: stack.dbUrl });
	await db.connect();
	await db.query(`insert into public.staff (user_id, role) values ($1, 'office_staff')`, [
		created.data.user.id
	]);
	await db.end();
	const response = await fetch(`${appUrl}/auth/sign-in?/password`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: appUrl, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password, next: '/office' })
	});
	const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
	if (cookies.length === 0)
		throw new Error(`signing in answered ${response.status} without a session`);
	return cookies.join('; ');
}

/** The table's second page: the cursor of the first page's "next" link. */
async function secondPage(tableUrl: string, cookie: string): Promise<string> {
	const html = await (await fetch(tableUrl, { headers: { cookie } })).text();
	const after = /[?&]after=([A-Za-z0-9_-]+)/.exec(html)?.[1];
	if (!after) throw new Error('the application table shows no next page');
	return `${tableUrl}?after=${after}`;
}

export async function measureApplicationPages(
	appUrl: string,
	cookie: string,
	connections: number,
	seconds: number
): Promise<{ table: LoadResult; board: LoadResult; tableMix: number; boardMix: number }> {
	const table = `${appUrl}/office/antraege`;
	const board = `${appUrl}/office/antraege/board`;
	const tableMix = [
		table,
		await secondPage(table, cookie),
		`${table}?sort=title&dir=asc`,
		`${table}?sort=requested`,
		`${table}?status=submitted`,
		`${table}?year=2025&status=approved`,
		`${table}?q=Nachbarschaft`,
		`${table}?q=Finanzplan&year=2026&sort=granted`,
		`${table}?responsible=nobody&sort=title`
	];
	const boardMix = [board, `${board}?year=2025`, `${board}?q=Beratung`];
	const init = { headers: { cookie } };
	await load(tableMix, 2, 1, init);
	const tableResult = await load(tableMix, connections, seconds, init);
	await load(boardMix, 2, 1, init);
	const boardResult = await load(boardMix, connections, seconds, init);
	return {
		table: tableResult,
		board: boardResult,
		tableMix: tableMix.length,
		boardMix: boardMix.length
	};
}
