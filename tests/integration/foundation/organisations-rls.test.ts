import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/database.types.ts';
import {
	anonClient,
	createTestUser,
	serviceClient,
	sql,
	userClient
} from '../../support/clients.ts';

describe('organisations: row level security through the real API', () => {
	const marker = `RLS-${crypto.randomUUID()}`;

	beforeAll(async () => {
		const { error } = await serviceClient()
			.from('organisations')
			.insert([
				{
					name: `${marker} published`,
					slug: `${marker}-published`.toLowerCase(),
					kind: 'initiative',
					status: 'published'
				},
				{
					name: `${marker} draft`,
					slug: `${marker}-draft`.toLowerCase(),
					kind: 'initiative',
					status: 'draft'
				},
				{
					name: `${marker} archived`,
					slug: `${marker}-archived`.toLowerCase(),
					kind: 'initiative',
					status: 'archived'
				}
			]);
		expect(error).toBeNull();
	});

	it('shows anonymous visitors only published organisations', async () => {
		const { data, error } = await anonClient()
			.from('organisations')
			.select('name, status')
			.like('name', `${marker}%`);
		expect(error).toBeNull();
		expect(data).toEqual([{ name: `${marker} published`, status: 'published' }]);
		const { data: all } = await anonClient().from('organisations').select('status');
		expect(all?.length).toBeGreaterThan(0);
		expect(new Set(all?.map((row) => row.status))).toEqual(new Set(['published']));
	});

	it('lets the service role see every status', async () => {
		const { data } = await serviceClient()
			.from('organisations')
			.select('status')
			.like('name', `${marker}%`);
		expect(data?.map((row) => row.status).sort()).toEqual(['archived', 'draft', 'published']);
	});

	it('shows a signed-in user without any role only published organisations', async () => {
		const client = userClient(await createTestUser());
		const { data, error } = await client
			.from('organisations')
			.select('status')
			.like('name', `${marker}%`);
		expect(error).toBeNull();
		expect(data).toEqual([{ status: 'published' }]);
	});

	it('refuses anonymous visitors and strangers every write', async () => {
		for (const client of [anonClient(), userClient(await createTestUser())]) {
			const insert = await client.from('organisations').insert({
				name: `${marker} intruder`,
				slug: `${marker}-intruder`.toLowerCase(),
				kind: 'initiative'
			});
			expect(insert.error?.code).toBe('42501');
			// Refused either by a missing grant (42501) or by RLS hiding every row from the write.
			const update = await client
				.from('organisations')
				.update({ name: 'changed' })
				.like('name', `${marker}%`)
				.select();
			expect(update.error?.code ?? update.data).toSatisfy(
				(r) => r === '42501' || (Array.isArray(r) && r.length === 0)
			);
			const remove = await client
				.from('organisations')
				.delete()
				.like('name', `${marker}%`)
				.select();
			expect(remove.error?.code ?? remove.data).toSatisfy(
				(r) => r === '42501' || (Array.isArray(r) && r.length === 0)
			);
		}
		const { data } = await serviceClient()
			.from('organisations')
			.select('name')
			.like('name', `${marker}%`);
		expect(data).toHaveLength(3);
	});

	// A draft: a published entry's live row is the office's alone (members change it through a
	// revision, see tests/integration/revisions/clearing.test.ts).
	it('lets members write their draft profile columns only; the office its own; nobody the system columns', async () => {
		const [organisation] = await sql<{ id: string }>(
			`insert into public.organisations (name, kind, status) values ($1, 'initiative', 'draft') returning id`,
			[`${marker} columns`]
		);
		const [parent] = await sql<{ id: string }>(
			`select id from public.organisations where id <> $1 limit 1`,
			[organisation!.id]
		);
		const member = await createTestUser();
		await sql(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'owner')`,
			[organisation!.id, member]
		);
		const staff = await createTestUser();
		await sql(`insert into public.staff (user_id, role) values ($1, 'office_staff')`, [staff]);

		// Column → a value to write, and who may write it ('member' includes office staff).
		type Update = Database['public']['Tables']['organisations']['Update'];
		const columns: Array<[keyof Update, unknown, 'member' | 'staff' | 'nobody']> = [
			['name', `${marker} columns renamed`, 'member'],
			['short_name', 'Kurz', 'member'],
			['description', 'Neu beschrieben', 'member'],
			['website', 'https://example.org', 'member'],
			['email', 'info@rls.example.org', 'member'],
			['phone', '0561 123', 'member'],
			['logo_url', 'https://example.org/logo.png', 'member'],
			['legal_form', 'e. V.', 'member'],
			// Only a file in the organisation's own folder of the logos bucket (20261201040000).
			['logo_path', `${organisation!.id}/logo-abcdef12.png`, 'member'],
			['slug', `${marker}-columns`.toLowerCase(), 'member'],
			['kind', 'counselling_service', 'staff'],
			['is_demo', true, 'staff'],
			['parent_organisation_id', parent!.id, 'staff'],
			['licence', 'dl-de/by-2-0', 'staff'],
			['last_confirmed_at', '2026-11-01T00:00:00+00:00', 'staff'],
			// Last among the writable ones: once published, the live row is the office's alone.
			['status', 'published', 'staff'],
			['id', crypto.randomUUID(), 'nobody'],
			['created_at', '2000-01-01T00:00:00+00:00', 'nobody'],
			['updated_at', '2000-01-01T00:00:00+00:00', 'nobody']
		];
		for (const [column, value, writer] of columns) {
			for (const [who, userId] of [
				['member', member],
				['staff', staff]
			] as const) {
				const allowed = writer === 'member' || (writer === 'staff' && who === 'staff');
				const { data, error } = await userClient(userId)
					.from('organisations')
					.update({ [column]: value } as Update)
					.eq('id', organisation!.id)
					.select('id');
				if (allowed) {
					expect(error, `${who} writing ${column}`).toBeNull();
					expect(data, `${who} writing ${column}`).toHaveLength(1);
				} else {
					expect(error?.code, `${who} writing ${column}`).toBe('42501');
				}
			}
		}
	});
});
