/**
 * The report queries (issue #12) on many applications: a generator that adds synthetic
 * applications through the database's own rules (decisions by trigger, status changes through
 * the pipeline, payments), and a timer that runs each report function as an office staff member
 * (RLS on, as the app runs them) and gives its p50/p95. Kept apart from the grant tracker's own
 * bench data set so that either can be generated alone.
 */
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { percentile } from './load.ts';

/** Goal of issue #12 for each report query at 50,000 applications. */
export const REPORT_GOAL_P95_MS = 200;

/**
 * Adds `count` applications (marked 'Bench report') to calls of four bench funders, spread over
 * 2022–2026: a third stay submitted, the rest are decided (four in five approved), half the
 * approved ones are paid. Returns nothing; the caller times what it wants.
 */
export async function generateReportApplications(dbUrl: string, count: number): Promise<void> {
	const client = new pg.Client({ connectionString: dbUrl });
	await client.connect();
	try {
		await client.query(`
			insert into public.funders (name, level)
			select 'Bench report funder ' || l, l::public.funder_level
			from unnest(array['eu', 'bund', 'land', 'foundation']) as l
			on conflict (name) do nothing;
			insert into public.programmes (funder_id, name, financing_type)
			select f.id, 'Bench report programme', 'fehlbedarf' from public.funders f
			where f.name like 'Bench report funder %'
			on conflict (funder_id, name) do nothing;
			insert into public.funding_calls (programme_id, title, topics, deadline_at, published)
			select p.id, 'Bench report call', array['democracy', 'empowerment'], now(), true
			from public.programmes p where p.name = 'Bench report programme';`);
		const { rows } = await client.query<{ id: string }>(
			`select id from public.organisations order by id limit 200`
		);
		const organisations = rows.map((row) => row.id);
		await client.query(
			`insert into public.applications (organisation_id, funding_call_id, title, total_cost_cents,
			   requested_cents, own_funds_cents, status, office_role, created_at)
			 select ($2::uuid[])[1 + i % array_length($2::uuid[], 1)],
			        (select id from public.funding_calls where title = 'Bench report call' offset i % 4 limit 1),
			        'Bench report ' || i, 1000000 + i % 97 * 10000, 900000 + i % 97 * 9000, 100000 + i % 97 * 1000,
			        'submitted', (array['advised', 'co_wrote', 'partner', 'none'])[1 + i % 4]::public.office_role,
			        timestamptz '2022-01-01' + (i % 1800) * interval '1 day'
			 from generate_series(1, $1::int) as i`,
			[count, organisations]
		);
		await client.query(`
			insert into public.grant_decisions (application_id, outcome, decided_on, amount_cents, period_start, period_end)
			select a.id, case when n % 5 = 0 then 'rejected' else 'approved' end::public.decision_outcome,
			       current_date, case when n % 5 = 0 then 0 else a.requested_cents end,
			       case when n % 5 = 0 then null else date '2025-01-01' end,
			       case when n % 5 = 0 then null else date '2025-12-31' end
			from (select id, requested_cents, row_number() over (order by id) as n
			      from public.applications where title like 'Bench report %') a
			where n % 3 <> 0;`);
		// Through the pipeline, so that the log holds the moves the reports date applications by.
		await client.query(`
			update public.applications a set status = d.outcome::text::public.application_status
			from public.grant_decisions d
			where d.application_id = a.id and a.title like 'Bench report %';
			insert into public.payments (application_id, amount_cents, paid_on)
			select a.id, a.granted_cents, date '2025-03-01' from public.applications a
			where a.title like 'Bench report %' and a.granted_cents > 0 and a.requested_cents % 2 = 0;`);
		await client.query('analyze');
	} finally {
		await client.end();
	}
}

/** The report queries the office pages run, with the widest filters (every year). */
export const REPORT_QUERIES: Record<string, string> = {
	'report_applications by year': `select * from public.report_applications('year', 2000, 2100)`,
	'report_applications by funder': `select * from public.report_applications('funder', 2000, 2100)`,
	'report_applications by topic': `select * from public.report_applications('topic', 2000, 2100)`,
	'report_applications total': `select * from public.report_applications('total', 2000, 2100)`,
	report_pipeline: `select * from public.report_pipeline(2000, 2100)`,
	report_own_funds: `select * from public.report_own_funds(2000, 2100)`,
	report_sources: `select * from public.report_sources(2020, 2030)`,
	report_inquiry: `select * from public.report_inquiry(2020, 2030)`
};

/** Each report query `rounds` times as the office staff member `staffId`: p50/p95 in ms. */
export async function measureReportQueries(
	dbUrl: string,
	staffId: string,
	rounds: number
): Promise<Record<string, { p50: number; p95: number }>> {
	const client = new pg.Client({ connectionString: dbUrl });
	await client.connect();
	const figures: Record<string, { p50: number; p95: number }> = {};
	try {
		await client.query('begin');
		await client.query(
			`select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
			[JSON.stringify({ sub: staffId, role: 'authenticated' })]
		);
		for (const [name, query] of Object.entries(REPORT_QUERIES)) {
			const latencies: number[] = [];
			for (let round = 0; round < rounds; round++) {
				const started = performance.now();
				await client.query(query);
				latencies.push(performance.now() - started);
			}
			latencies.sort((a, b) => a - b);
			figures[name] = {
				p50: Number(percentile(latencies, 0.5).toFixed(1)),
				p95: Number(percentile(latencies, 0.95).toFixed(1))
			};
		}
		await client.query('rollback');
	} finally {
		await client.end();
	}
	return figures;
}

const APPLICATIONS = Number(process.env.BENCH_REPORT_APPLICATIONS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_REPORT_ROUNDS ?? 20);

/**
 * `npm run bench -- --reports` (or BENCH_REPORTS=1): adds the applications, then times each
 * report query as a new office staff member. Figures keyed for the bench table.
 */
export async function benchReports(superuserDbUrl: string): Promise<Record<string, string>> {
	await generateReportApplications(superuserDbUrl, APPLICATIONS);
	const client = new pg.Client({ connectionString: superuserDbUrl });
	await client.connect();
	let staffId: string;
	try {
		const { rows } = await client.query<{ id: string }>(
			`with u as (
			   insert into auth.users (instance_id, id, aud, role, email, created_at, updated_at)
			   values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated',
			           'authenticated', 'bench-reports-' || gen_random_uuid() || '@example.org', now(), now())
			   returning id)
			 insert into public.staff (user_id, role) select id, 'office_staff' from u returning user_id as id`
		);
		staffId = rows[0]!.id;
	} finally {
		await client.end();
	}
	const measured = await measureReportQueries(superuserDbUrl, staffId, ROUNDS);
	return Object.fromEntries(
		Object.entries(measured).map(([name, { p50, p95 }]) => [
			`${name} p50 / p95 at ${APPLICATIONS} applications (ms; goal p95 ≤ ${REPORT_GOAL_P95_MS})`,
			`${p50} / ${p95}`
		])
	);
}
