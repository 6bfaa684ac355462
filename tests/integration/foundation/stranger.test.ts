/**
 * Every table in the exposed schema, every verb: an anonymous visitor and a signed-in stranger
 * (no staff role, no membership) are refused. Tables are found in the catalogue, so a new table
 * is covered the moment its migration lands; what the public may read is declared below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	anonClient,
	createTestUser,
	mintAccessToken,
	serviceClient,
	sql,
	stackInfo,
	userClient
} from '../../support/clients.ts';

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
	// A contact the organisation keeps internal is for its members and the office only.
	contacts: `show_publicly and ${OF_PUBLISHED_ORGANISATION}`,
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
	// A partnership shows once the partner organisation (or the office) has agreed to it.
	partnerships: `confirmed_at is not null and ${OF_PUBLISHED_ORGANISATION} and partner_organisation_id in (select id from public.organisations where status = 'published')`,
	// Funding: published calls, and the names of their programmes and funders. Applications,
	// decisions, obligations, payments, the activity log, own funds and staff posts: nothing.
	funding_calls: 'published',
	programmes: `id in (select programme_id from public.funding_calls where published)`,
	funders: `id in (select p.funder_id from public.programmes p
		join public.funding_calls c on c.programme_id = p.id where c.published)`
};

/**
 * Functions of the exposed schema and who may call them. Those that write (volatile) are aimed at
 * below with a real target: strangers must be refused and change nothing.
 */
const CALLABLE_FUNCTIONS: Record<string, string[]> = {
	search_directory: ['anon', 'authenticated'],
	search_directory_points: ['anon', 'authenticated'],
	open_locations: ['anon', 'authenticated'],
	// The directory's data version: a number that changes with every write (cache keys, ETags).
	directory_data_version: ['anon', 'authenticated'],
	// What the directory search reads out of a query's words (vocabulary terms), to show it.
	understand_directory_query: ['anon', 'authenticated'],
	// A calendar app holds the feed's secret token, no session; the function checks the token.
	calendar_feed: ['anon', 'authenticated'],
	// Staff only (the function answers nothing to others): colleagues' addresses for filters.
	office_staff_directory: ['authenticated'],
	confirm_organisation: ['authenticated'],
	confirm_partnership: ['authenticated'],
	// The office's reports: callable when signed in, and each refuses anybody but office staff
	// (tests/integration/grants/reports.test.ts).
	report_applications: ['authenticated'],
	report_inquiry: ['authenticated'],
	report_own_funds: ['authenticated'],
	report_pipeline: ['authenticated'],
	report_sources: ['authenticated'],
	// Clearing: the function checks membership or staff itself (security definer).
	entry_working_copy: ['authenticated'],
	save_entry_section: ['authenticated'],
	submit_entry_revision: ['authenticated'],
	approve_entry_revision: ['authenticated'],
	reject_entry_revision: ['authenticated'],
	// The office desk: the functions check staff themselves (office/desk.test.ts).
	set_organisation_status: ['authenticated'],
	decline_join_request: ['authenticated'],
	// Who has access to an organisation, with addresses: its members and office staff only.
	organisation_member_list: ['authenticated']
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
		await sql(
			`insert into public.join_requests (organisation_id, contact_email, locale)
			 values ($1, 'stranger-matrix@example.org', 'de') on conflict (organisation_id) do nothing`,
			[organisation!.id]
		);
		await sql(
			`insert into public.calendar_feed_tokens (scope, user_id, created_by, token_hash)
			 values ('person', $1, $1, sha256(gen_random_uuid()::text::bytea))`,
			[owner]
		);
		await sql(
			`insert into public.deadline_reminder_claims (deadline_kind, deadline_id, days_before, recipient_id)
			 values ('obligation', gen_random_uuid(), 14, $1)`,
			[owner]
		);
		await sql(
			`insert into public.entry_revisions (organisation_id, proposed, base, status, submitted_at)
			 values ($1, private.entry_snapshot($1), private.entry_snapshot($1), 'submitted', now())
			 on conflict do nothing`,
			[organisation!.id]
		);
		// An application's document (its file need not exist for the table's matrix), on an
		// application of its own: its upload's log entry must not date a demo application's history.
		await sql(
			`with application as (
			   insert into public.applications (organisation_id, title)
			   values ($1, 'Stranger matrix') returning id)
			 insert into public.application_documents
			   (application_id, kind, file_name, object_path, content_type, size_bytes)
			 select id, 'other', 'stranger-matrix.pdf',
			   'applications/' || id || '/stranger-matrix.pdf', 'application/pdf', 1
			 from application`,
			[organisation!.id]
		);
		await sql(
			`insert into public.reminder_claims (job, key, organisation_id)
			 values ('stranger-matrix', $1::text, $1::uuid)`,
			[organisation!.id]
		);
		await sql(
			`insert into public.invitations
			   (token_hash, email, user_id, organisation_id, member_role, invited_by, expires_at)
			 values (sha256(gen_random_uuid()::text::bytea), 'stranger-matrix@example.org', $1, $2,
			   'editor', $1, now() + interval '14 days')`,
			[owner, organisation!.id]
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

/**
 * Buckets whose files anyone may read (at their public URL, and by download since the bucket is
 * public). Every bucket is found in storage.buckets, so a new bucket is covered the moment its
 * migration lands; strangers may never list, sign, upload, overwrite or delete anywhere.
 */
const PUBLIC_BUCKETS = ['logos'];

type Bucket = { id: string; public: boolean; allowed_mime_types: string[] | null };

describe('a stranger is refused for every bucket and file route', () => {
	let buckets: Bucket[];
	const samples = new Map<string, { key: string; size: number }>();
	const strangers: Array<{ who: string; client: ReturnType<typeof anonClient> }> = [];

	beforeAll(async () => {
		buckets = await sql<Bucket>(
			'select id, public, allowed_mime_types from storage.buckets order by id'
		);
		const [organisation] = await sql<{ id: string }>(`select id from public.organisations limit 1`);
		for (const bucket of buckets) {
			const type = bucket.allowed_mime_types?.[0] ?? 'application/octet-stream';
			const key = `${organisation!.id}/stranger-sample-${crypto.randomUUID().slice(0, 8)}`;
			const file = new Blob(['sample'], { type });
			const { error } = await serviceClient().storage.from(bucket.id).upload(key, file);
			if (error) throw error;
			samples.set(bucket.id, { key, size: file.size });
		}
		strangers.push({ who: 'anonymous visitor', client: anonClient() });
		strangers.push({ who: 'signed-in stranger', client: userClient(await createTestUser()) });
	});

	afterAll(async () => {
		for (const [bucket, { key }] of samples)
			await serviceClient().storage.from(bucket).remove([key]);
	});

	it('finds the buckets and declares which are public', () => {
		expect(buckets.length).toBeGreaterThan(0);
		expect(buckets.filter((bucket) => bucket.public).map((bucket) => bucket.id)).toEqual(
			PUBLIC_BUCKETS
		);
	});

	it('shows strangers no bucket', async () => {
		for (const { who, client } of strangers) {
			expect((await client.storage.listBuckets()).data, who).toEqual([]);
			for (const bucket of buckets) {
				const { error } = await client.storage.getBucket(bucket.id);
				expect(error, `${who} getting ${bucket.id}`).toMatchObject({ code: 'NoSuchBucket' });
			}
		}
	});

	it('lets strangers read files of public buckets only, and never list or sign them', async () => {
		for (const bucket of buckets) {
			const { key } = samples.get(bucket.id)!;
			const isPublic = PUBLIC_BUCKETS.includes(bucket.id);
			const publicUrl = serviceClient().storage.from(bucket.id).getPublicUrl(key).data.publicUrl;
			expect((await fetch(publicUrl)).status, `public URL in ${bucket.id}`).toBe(
				isPublic ? 200 : 400
			);
			for (const { who, client } of strangers) {
				const what = (verb: string) => `${who} ${verb} in ${bucket.id}`;
				const storage = client.storage.from(bucket.id);
				const download = await storage.download(key);
				expect(download.error === null, what('downloading')).toBe(isPublic);
				const folder = key.split('/')[0]!;
				expect((await storage.list(folder)).data, what('listing')).toEqual([]);
				expect((await storage.list()).data, what('listing the top')).toEqual([]);
				const signed = await storage.createSignedUrl(key, 60);
				expect(signed.error, what('signing')).toMatchObject({ code: 'NoSuchKey' });
			}
		}
	});

	it('refuses strangers uploading, overwriting and deleting in every bucket', async () => {
		for (const bucket of buckets) {
			const { key, size } = samples.get(bucket.id)!;
			const type = bucket.allowed_mime_types?.[0] ?? 'application/octet-stream';
			const file = new Blob(['changed by a stranger'], { type });
			for (const { who, client } of strangers) {
				const what = (verb: string) => `${who} ${verb} in ${bucket.id}`;
				const storage = client.storage.from(bucket.id);
				const fresh = `${key.split('/')[0]}/stranger-${crypto.randomUUID().slice(0, 8)}`;
				expect((await storage.upload(fresh, file)).error, what('uploading')).toMatchObject({
					code: 'AccessDenied'
				});
				expect(
					(await storage.upload(key, file, { upsert: true })).error,
					what('overwriting')
				).toMatchObject({ code: 'AccessDenied' });
				expect((await storage.update(key, file)).error, what('updating')).toMatchObject({
					code: 'AccessDenied'
				});
				expect((await storage.remove([key])).data, what('removing')).toEqual([]);
			}
			const still = await serviceClient().storage.from(bucket.id).download(key);
			expect(still.data?.size, `${bucket.id} sample unchanged`).toBe(size);
		}
	});
});

describe('the catalogue keeps the promise: RLS on every table, grants only where policies say', () => {
	it('grants the API roles a table privilege exactly where a policy for that role and command exists', async () => {
		const mismatches = await sql(`
			select c.relname as table, r.role, p.privilege, g.granted
			from pg_class c
			cross join (values ('anon'::name), ('authenticated'::name)) r (role)
			cross join (values ('SELECT'), ('INSERT'), ('UPDATE'), ('DELETE')) p (privilege)
			cross join lateral (select
			  has_table_privilege(r.role, c.oid, p.privilege)
			    or (p.privilege <> 'DELETE' and has_any_column_privilege(r.role, c.oid, p.privilege))
			    as granted) g
			where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
			  and g.granted <> exists (
			    select 1 from pg_policies pol
			    where pol.schemaname = 'public' and pol.tablename = c.relname
			      and pol.cmd in (p.privilege, 'ALL')
			      and (r.role = any (pol.roles) or 'public' = any (pol.roles)))
			order by 1, 2, 3`);
		expect(mismatches, 'a grant without a policy, or a policy without a grant').toEqual([]);
	});

	it('grants the API roles nothing that passes RLS by, and nothing in the private schema', async () => {
		const bypassing = await sql(`
			select n.nspname as schema, c.relname as table, r.role, p.privilege
			from pg_class c
			join pg_namespace n on n.oid = c.relnamespace
			cross join (values ('anon'::name), ('authenticated'::name)) r (role)
			cross join (values ('TRUNCATE'), ('REFERENCES'), ('TRIGGER'), ('MAINTAIN')) p (privilege)
			where n.nspname in ('public', 'private') and c.relkind in ('r', 'p', 'v', 'm')
			  and has_table_privilege(r.role, c.oid, p.privilege)`);
		expect(bypassing).toEqual([]);
		const privateTables = await sql(`
			select c.relname as table, r.role
			from pg_class c
			cross join (values ('anon'::name), ('authenticated'::name)) r (role)
			where c.relnamespace = 'private'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
			  and (has_table_privilege(r.role, c.oid, 'SELECT, INSERT, UPDATE, DELETE')
			       or has_any_column_privilege(r.role, c.oid, 'SELECT, INSERT, UPDATE'))`);
		expect(privateTables).toEqual([]);
		const [usage] = await sql(`select has_schema_privilege('anon', 'private', 'USAGE') as anon`);
		expect(usage).toEqual({ anon: false });
	});

	it('writes the membership predicate once: policies call private.can_edit', async () => {
		const policies = await sql<{ predicate: string }>(
			`select concat_ws(' ', qual, with_check) as predicate from pg_policies where schemaname = 'public'`
		);
		// One exception, in set form for a table read in bulk (20261204030000): applications. A
		// per-row call cost a member a second and a half at 50,000 applications, and seven other
		// policies read applications. tests/integration/grants/application-policy.test.ts holds
		// the set form to private.can_edit's answers.
		const spelledOut = policies.filter(({ predicate }) =>
			predicate.includes('member_organisation_ids')
		);
		expect(spelledOut).toEqual([
			{
				predicate:
					'(( SELECT private.is_office_staff() AS is_office_staff) OR (organisation_id IN ( SELECT private.member_organisation_ids() AS member_organisation_ids)))'
			}
		]);
		// Reading and the working copy: can_edit; writing live rows: can_change_live (a published
		// entry changes through a revision).
		expect(
			policies.filter(({ predicate }) => predicate.includes('can_edit(')).length
		).toBeGreaterThan(15);
		expect(
			policies.filter(({ predicate }) => predicate.includes('can_change_live(')).length
		).toBeGreaterThan(30);
	});

	it('has only security-invoker views in the exposed schema', async () => {
		const definerViews = await sql(`
			select relname from pg_class
			where relnamespace = 'public'::regnamespace and relkind = 'v'
			  and not coalesce('security_invoker=true' = any (reloptions), false)`);
		expect(definerViews).toEqual([]);
	});

	it('lets the API roles call only the declared functions; every security-definer function has a fixed search path', async () => {
		const callable = await sql<{ name: string; roles: string[] }>(`
			select p.proname as name,
			  array(select r.role from unnest(array['anon', 'authenticated']::name[]) r (role)
			        where has_function_privilege(r.role, p.oid, 'EXECUTE') order by 1)::text[] as roles
			from pg_proc p
			where p.pronamespace = 'public'::regnamespace
			order by 1`);
		expect(
			Object.fromEntries(callable.filter((f) => f.roles.length > 0).map((f) => [f.name, f.roles]))
		).toEqual(CALLABLE_FUNCTIONS);
		const unfixed = await sql(`
			select n.nspname || '.' || p.proname as name
			from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			where n.nspname in ('public', 'private') and p.prosecdef
			  and not coalesce('search_path=""' = any (p.proconfig), false)`);
		expect(unfixed).toEqual([]);
		const privateForAnon = await sql(`
			select p.proname from pg_proc p
			where p.pronamespace = 'private'::regnamespace and has_function_privilege('anon', p.oid, 'EXECUTE')`);
		expect(privateForAnon).toEqual([]);
	});

	it('refuses strangers every function that writes, and they change nothing', async () => {
		const writing = await sql<{ name: string }>(
			`select proname as name from pg_proc
			 where pronamespace = 'public'::regnamespace and provolatile = 'v' order by 1`
		);
		expect(writing.map((f) => f.name)).toEqual([
			'approve_entry_revision',
			'confirm_organisation',
			'confirm_partnership',
			'decline_join_request',
			'entry_working_copy',
			'reject_entry_revision',
			'save_entry_section',
			'set_organisation_status',
			'submit_entry_revision'
		]);

		const [pair] = await sql<{ a: string; b: string }>(`
			select a.id as a, b.id as b from public.organisations a, public.organisations b
			where a.status = 'published' and b.status = 'published' and a.id < b.id
			  and not exists (select 1 from public.partnerships p
			    where least(p.organisation_id, p.partner_organisation_id) = a.id
			      and greatest(p.organisation_id, p.partner_organisation_id) = b.id)
			limit 1`);
		const [partnership] = await sql<{ id: string }>(
			`insert into public.partnerships (organisation_id, partner_organisation_id) values ($1, $2) returning id`,
			[pair!.a, pair!.b]
		);
		await sql(
			`insert into public.entry_revisions (organisation_id, proposed, base, status, submitted_at)
			 values ($1, private.entry_snapshot($1), private.entry_snapshot($1), 'submitted', now())
			 on conflict do nothing`,
			[pair!.b]
		);
		const [revision] = await sql<{ id: string; version: number }>(
			`select id, version from public.entry_revisions
			 where organisation_id = $1 and status in ('open', 'submitted')`,
			[pair!.b]
		);
		const [request] = await sql<{ id: string; organisation_id: string }>(
			`select id, organisation_id from public.join_requests where status = 'open' limit 1`
		);
		const snapshot = () =>
			sql(
				`select (select last_confirmed_at from public.organisations where id = $1) as organisation,
				        (select confirmed_at from public.partnerships where id = $2) as partnership,
				        (select to_jsonb(r) from public.entry_revisions r where r.organisation_id = $1) as revisions,
				        (select to_jsonb(o) from public.organisations o where o.id = $1) as entry,
				        (select status::text from public.join_requests where id = $3) as request,
				        (select status::text from public.organisations where id = $4) as draft`,
				[pair!.b, partnership!.id, request!.id, request!.organisation_id]
			);
		const before = await snapshot();
		const stranger = mintAccessToken(await createTestUser());
		for (const token of [undefined, stranger]) {
			const who = token ? 'signed-in stranger' : 'anonymous visitor';
			expectRefused(
				await api('rpc/confirm_organisation', {
					method: 'POST',
					body: JSON.stringify({ organisation: pair!.b }),
					token
				}),
				`${who} confirming an organisation`
			);
			expectRefused(
				await api('rpc/confirm_partnership', {
					method: 'POST',
					body: JSON.stringify({ partnership: partnership!.id }),
					token
				}),
				`${who} confirming a partnership`
			);
			const calls: Array<[string, Record<string, unknown>]> = [
				['entry_working_copy', { p_organisation: pair!.b }],
				[
					'save_entry_section',
					{
						p_revision: revision!.id,
						p_section: 'logo',
						p_value: { path: null },
						p_expected_version: revision!.version
					}
				],
				['submit_entry_revision', { p_revision: revision!.id }],
				['approve_entry_revision', { p_revision: revision!.id }],
				['reject_entry_revision', { p_revision: revision!.id, p_reason: 'stranger' }]
			];
			for (const [name, args] of calls) {
				expectRefused(
					await api(`rpc/${name}`, { method: 'POST', body: JSON.stringify(args), token }),
					`${who} calling ${name}`
				);
			}
			expectRefused(
				await api('rpc/set_organisation_status', {
					method: 'POST',
					body: JSON.stringify({ organisation: pair!.b, status: 'archived' }),
					token
				}),
				`${who} archiving an organisation`
			);
			expectRefused(
				await api('rpc/decline_join_request', {
					method: 'POST',
					body: JSON.stringify({ request: request!.id, reason: 'no' }),
					token
				}),
				`${who} declining a join request`
			);
		}
		const after = await snapshot();
		expect(after).toEqual(before);
		expect(after[0]!.partnership).toBeNull();
	});
});
