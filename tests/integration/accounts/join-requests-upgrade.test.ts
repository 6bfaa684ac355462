/**
 * The join-request migration on a database that already holds requests the old way: a draft
 * owned by an unconfirmed account of its contact. The membership goes, the request stays.
 */
import { mkdtemp, readdir, rm, cp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, startStack } from '../../../stack/stack.ts';

const MIGRATION = '20261130090000_create_join_requests.sql';

async function query<T extends pg.QueryResultRow>(
	url: string,
	text: string,
	values: unknown[] = []
) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

describe('the join-request migration on an existing database', () => {
	let root: string;

	afterAll(async () => {
		if (root) await rm(root, { recursive: true, force: true });
	});

	it('turns the owner memberships of earlier requests into requests', async () => {
		root = await mkdtemp(join(tmpdir(), 'buendnisatlas-join-upgrade-'));
		const migrationsDir = join(root, 'migrations');
		const dataDir = join(root, 'data');
		await mkdir(migrationsDir);
		const all = (await readdir(join(PROJECT_ROOT, 'supabase', 'migrations'))).filter((file) =>
			file.endsWith('.sql')
		);
		const earlier = all.filter((file) => file < MIGRATION);
		for (const file of earlier)
			await cp(join(PROJECT_ROOT, 'supabase', 'migrations', file), join(migrationsDir, file));

		const before = await startStack({
			dataDir,
			migrationsDir,
			seedFile: null,
			ephemeral: true,
			log: () => {}
		});
		try {
			// As the old submitJoinRequest left it, next to a confirmed owner who must stay.
			await query(
				before.superuserDbUrl,
				`with draft as (
				   insert into public.organisations (name, kind, status)
				   values ('Alte Anfrage', 'initiative', 'draft') returning id
				 ), contact as (
				   insert into auth.users (instance_id, id, aud, role, email, raw_user_meta_data, created_at, updated_at)
				   select '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated',
				          'authenticated', 'old-request@example.org',
				          jsonb_build_object('locale', 'tr', 'join_request', draft.id::text), now(), now()
				   from draft returning id
				 ), owner as (
				   insert into auth.users (instance_id, id, aud, role, email, raw_user_meta_data, created_at, updated_at, email_confirmed_at)
				   values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated',
				           'authenticated', 'real-owner@example.org', '{}', now(), now(), now())
				   returning id
				 )
				 insert into public.organisation_members (organisation_id, user_id, role)
				 select draft.id, contact.id, 'owner'::public.member_role from draft, contact
				 union all
				 select draft.id, owner.id, 'owner'::public.member_role from draft, owner`
			);
		} finally {
			await before.stop();
		}

		await cp(
			join(PROJECT_ROOT, 'supabase', 'migrations', MIGRATION),
			join(migrationsDir, MIGRATION)
		);
		const after = await startStack({
			dataDir,
			migrationsDir,
			seedFile: null,
			ephemeral: true,
			log: () => {}
		});
		try {
			expect(after.appliedMigrations).toEqual([MIGRATION.split('_')[0]]);
			const requests = await query(
				after.superuserDbUrl,
				`select o.name, r.contact_email, r.locale, r.status::text as status
				 from public.join_requests r join public.organisations o on o.id = r.organisation_id`
			);
			expect(requests).toEqual([
				{
					name: 'Alte Anfrage',
					contact_email: 'old-request@example.org',
					locale: 'tr',
					status: 'open'
				}
			]);
			const members = await query(
				after.superuserDbUrl,
				`select u.email from public.organisation_members m join auth.users u on u.id = m.user_id`
			);
			expect(members).toEqual([{ email: 'real-owner@example.org' }]);
		} finally {
			await after.stop();
		}
	});
});
