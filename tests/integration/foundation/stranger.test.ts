/**
 * Every table in the exposed schema, every verb: an anonymous visitor and a signed-in stranger
 * (no staff role, no membership) are refused. Tables are found in the catalogue, so a new table
 * is covered the moment its migration lands; what the public may read is declared below.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, mintAccessToken, sql, stackInfo } from '../../support/clients.ts';

const OF_PUBLISHED_ORGANISATION = `organisation_id in (select id from public.organisations where status = 'published')`;

/**
 * SQL conditions for the rows anonymous visitors and strangers may read, per table ('true': all,
 * for public vocabularies). Tables not named here must show strangers nothing. Written from the
 * product's rules, not copied from the policies, so a policy that shows too much fails here.
 */
const PUBLIC_ROWS: Record<string, string> = {
	organisations: `status = 'published'`,
	districts: 'true',
	languages: 'true',
	taxonomy_terms: 'true',
	contacts: OF_PUBLISHED_ORGANISATION,
	organisation_taxonomy_terms: OF_PUBLISHED_ORGANISATION,
	public_locations: OF_PUBLISHED_ORGANISATION,
	schedule_exceptions: OF_PUBLISHED_ORGANISATION,
	schedules: OF_PUBLISHED_ORGANISATION,
	service_languages: OF_PUBLISHED_ORGANISATION,
	service_locations: OF_PUBLISHED_ORGANISATION,
	service_taxonomy_terms: OF_PUBLISHED_ORGANISATION,
	services: OF_PUBLISHED_ORGANISATION,
	translations: OF_PUBLISHED_ORGANISATION,
	network_memberships: `network_id in (select id from public.organisations where status = 'published') and ${OF_PUBLISHED_ORGANISATION}`,
	partnerships: `${OF_PUBLISHED_ORGANISATION} and partner_organisation_id in (select id from public.organisations where status = 'published')`,
	// Funding: published calls, and the names of their programmes and funders. Applications,
	// decisions, obligations, payments, the activity log, own funds and staff posts: nothing.
	funding_calls: 'published',
	programmes: `id in (select programme_id from public.funding_calls where published)`,
	funders: `id in (select p.funder_id from public.programmes p
		join public.funding_calls c on c.programme_id = p.id where c.published)`
};

type Table = { name: string; writableColumns: string[]; keyColumns: string[] };

async function exposedTables(): Promise<Table[]> {
	const rows = await sql<{ name: string; writable: string[]; keys: string[] | null }>(`
		select c.relname as name,
		  array(select a.attname from pg_attribute a
		        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
		          and a.attgenerated = '' and a.attidentity <> 'a'
		        order by a.attnum)::text[] as writable,
		  (select array_agg(a.attname order by a.attnum)::text[] from pg_index i
		     join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
		     where i.indrelid = c.oid and i.indisprimary) as keys
		from pg_class c
		where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
		order by c.relname`);
	return rows.map((row) => ({
		name: row.name,
		writableColumns: row.writable,
		keyColumns: row.keys ?? []
	}));
}

async function api(path: string, init: RequestInit & { token?: string } = {}) {
	const { url, anonKey } = stackInfo();
	const headers = new Headers(init.headers);
	headers.set('apikey', anonKey);
	if (init.token) headers.set('authorization', `Bearer ${init.token}`);
	headers.set('prefer', 'return=representation');
	if (init.body) headers.set('content-type', 'application/json');
	const response = await fetch(`${url}/rest/v1/${path}`, { ...init, headers });
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Refused: PostgREST maps Postgres' 42501 (no grant, or a row-level policy said no) to 401/403. */
function expectRefused(
	result: { status: number; body: { code?: string } | unknown[] | null },
	what: string
) {
	if (Array.isArray(result.body)) {
		expect(result.body, `${what} changed rows`).toEqual([]);
	} else {
		expect([401, 403], `${what}: ${JSON.stringify(result.body)}`).toContain(result.status);
		expect((result.body as { code?: string }).code, what).toBe('42501');
	}
}

describe('a stranger is refused for every table and verb', () => {
	let tables: Table[];
	const samples = new Map<string, Record<string, unknown>>();
	const strangers: Array<{ who: string; token?: string }> = [{ who: 'anonymous visitor' }];

	beforeAll(async () => {
		tables = await exposedTables();
		// Tables the demo seed leaves empty get a row here, so every write below has a target.
		const owner = await createTestUser();
		const [organisation] = await sql<{ id: string }>(`select id from public.organisations limit 1`);
		await sql(`insert into public.staff (user_id, role) values ($1, 'office_staff')`, [owner]);
		await sql(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'owner')`,
			[organisation!.id, owner]
		);
		for (const table of tables) {
			const [row] = await sql(`select to_jsonb(t) as row from public.${table.name} t limit 1`);
			if (row) samples.set(table.name, row.row as Record<string, unknown>);
		}
		strangers.push({ who: 'signed-in stranger', token: mintAccessToken(await createTestUser()) });
	});

	it('has row level security enabled on every table', async () => {
		const withoutRls = await sql(`select relname from pg_class
			where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and not relrowsecurity`);
		expect(withoutRls).toEqual([]);
		expect(tables.length).toBeGreaterThan(0);
	});

	it('has a sample row for every table to aim the writes at', () => {
		const empty = tables.filter((table) => !samples.has(table.name)).map((table) => table.name);
		expect(empty, 'seed these tables or arrange a row in beforeAll').toEqual([]);
	});

	it('shows strangers only the rows meant for the public', async () => {
		for (const table of tables) {
			const filter = PUBLIC_ROWS[table.name];
			const [{ count }] = (await sql(
				`select count(*)::int as count from public.${table.name} where ${filter ?? 'false'}`
			)) as [{ count: number }];
			for (const stranger of strangers) {
				const result = await api(`${table.name}?select=*`, { token: stranger.token });
				if (result.status === 200) {
					expect(result.body, `${stranger.who} reading ${table.name}`).toHaveLength(count);
				} else {
					expectRefused(result, `${stranger.who} reading ${table.name}`);
				}
			}
		}
	});

	it('refuses strangers inserting, updating and deleting in every table', async () => {
		for (const table of tables) {
			const sample = samples.get(table.name);
			if (!sample) continue;
			const row = Object.fromEntries(
				table.writableColumns.map((column) => [column, sample[column]])
			);
			const keyFilter = table.keyColumns
				.map((column) => `${column}=eq.${encodeURIComponent(String(sample[column]))}`)
				.join('&');
			for (const stranger of strangers) {
				const what = (verb: string) => `${stranger.who} ${verb} ${table.name}`;
				const body = JSON.stringify(row);
				expectRefused(
					await api(table.name, { method: 'POST', body, token: stranger.token }),
					what('inserting into')
				);
				expectRefused(
					await api(`${table.name}?${keyFilter}`, { method: 'PATCH', body, token: stranger.token }),
					what('updating')
				);
				expectRefused(
					await api(`${table.name}?${keyFilter}`, { method: 'DELETE', token: stranger.token }),
					what('deleting from')
				);
			}
			const [still] = await sql(
				`select to_jsonb(t) as row from public.${table.name} t where ${table.keyColumns
					.map((column, i) => `${column}::text = $${i + 1}`)
					.join(' and ')}`,
				table.keyColumns.map((column) => String(sample[column]))
			);
			expect(still?.row, `${table.name} sample row unchanged`).toEqual(sample);
		}
	});
});
