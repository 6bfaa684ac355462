/**
 * Who reads organisations and their members, after the policies were merged into one per
 * operation and role: visitors and strangers published ones, members their own in any status,
 * office staff all; and visitors reach nothing in the private schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	anon,
	createOrganisation,
	createUser,
	makeMember,
	makeStaff,
	signedIn,
	sql,
	type Organisation
} from './fixtures.ts';

const tag = crypto.randomUUID().slice(0, 8);

describe('reading organisations and their members', () => {
	let draft: Organisation;
	let published: Organisation;
	let memberId: string;
	let colleagueId: string;
	let staffId: string;
	let strangerId: string;

	beforeAll(async () => {
		draft = await createOrganisation({ name: `Entwurf ${tag}`, status: 'draft' });
		published = await createOrganisation({ name: `Öffentlich ${tag}` });
		[memberId, colleagueId, staffId, strangerId] = await Promise.all([
			createUser(),
			createUser(),
			createUser(),
			createUser()
		]);
		await makeMember(memberId, draft.id);
		await makeMember(colleagueId, draft.id);
		await makeStaff(staffId);
	});

	const visibleIds = async (client: ReturnType<typeof anon>) => {
		const { data, error } = await client
			.from('organisations')
			.select('id')
			.in('id', [draft.id, published.id]);
		expect(error).toBeNull();
		return (data ?? []).map((row) => row.id).sort();
	};

	it('shows a draft to its members and office staff, not to strangers or visitors', async () => {
		const both = [draft.id, published.id].sort();
		expect(await visibleIds(anon())).toEqual([published.id]);
		expect(await visibleIds(signedIn(strangerId))).toEqual([published.id]);
		expect(await visibleIds(signedIn(memberId))).toEqual(both);
		expect(await visibleIds(signedIn(staffId))).toEqual(both);
	});

	it("shows a member their organisation's members, a stranger none", async () => {
		const members = async (userId: string) =>
			(
				await signedIn(userId)
					.from('organisation_members')
					.select('user_id')
					.eq('organisation_id', draft.id)
			).data
				?.map((row) => row.user_id)
				.sort();
		expect(await members(memberId)).toEqual([memberId, colleagueId].sort());
		expect(await members(staffId)).toEqual([memberId, colleagueId].sort());
		expect(await members(strangerId)).toEqual([]);
	});

	it('has one select policy per role on organisations', async () => {
		const rows = await sql<{ role: string; policies: number }>(
			`select r.role, count(*)::int as policies
			 from pg_policies p cross join unnest(p.roles) r(role)
			 where p.schemaname = 'public' and p.tablename = 'organisations' and p.cmd = 'SELECT'
			 group by r.role order by r.role`
		);
		expect(rows).toEqual([
			{ role: 'anon', policies: 1 },
			{ role: 'authenticated', policies: 1 }
		]);
	});

	it('gives visitors no way into the private schema', async () => {
		const [row] = await sql<{ usage: boolean }>(
			`select has_schema_privilege('anon', 'private', 'usage') as usage`
		);
		expect(row).toEqual({ usage: false });
	});
});
