import { beforeAll, describe, expect, it } from 'vitest';
import { anonClient, createTestUser, serviceClient, userClient } from '../../support/clients.ts';

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
});
