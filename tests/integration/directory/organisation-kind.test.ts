import { describe, expect, it } from 'vitest';
import { createTestUser, sql, userClient } from '../../support/clients.ts';

describe('an organisation’s kind is the office’s decision', () => {
	// A draft's profile is the members' to write directly; a published one changes through a
	// revision, whose kind only the office's approval makes live.
	it('a member can edit the profile but cannot turn the organisation into a network', async () => {
		const member = await createTestUser();
		const [organisation] = await sql<{ id: string }>(
			`insert into public.organisations (name, kind, status) values ($1, 'initiative', 'draft') returning id`,
			[`Kind test ${crypto.randomUUID().slice(0, 8)}`]
		);
		await sql(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'owner')`,
			[organisation!.id, member]
		);
		const client = userClient(member);

		const reclassify = await client
			.from('organisations')
			.update({ kind: 'network' })
			.eq('id', organisation!.id);
		expect(reclassify.error?.code).toBe('42501');
		const edit = await client
			.from('organisations')
			.update({ description: 'Wir beraten Betroffene.' })
			.eq('id', organisation!.id)
			.select('kind, description');
		expect(edit.error).toBeNull();
		expect(edit.data).toEqual([{ kind: 'initiative', description: 'Wir beraten Betroffene.' }]);
	});
});
