/**
 * The membership rule is written once, in the database (private.membership_change_refusal and
 * the trigger on organisation_members); the app mirrors it in $lib/domain/membership-rules.ts.
 * These tests hold the two together: the same table of cases runs here through PostgREST with
 * each actor's own session, and the mirror must answer like the database for every combination.
 */
import { describe, expect, it } from 'vitest';
import {
	describeCase,
	MEMBERSHIP_CASES,
	type MembershipCase
} from '../../../src/lib/domain/membership-rules.cases.ts';
import {
	membershipRefusal,
	type MembershipChange
} from '../../../src/lib/domain/membership-rules.ts';
import { createTestUser, sql, userClient } from '../../support/clients.ts';
import { createMember, createOrganisation, createStaff } from './support.ts';

type Role = 'owner' | 'editor';

async function roleOf(organisationId: string, userId: string): Promise<Role | null> {
	const [row] = await sql<{ role: Role }>(
		'select role from public.organisation_members where organisation_id = $1 and user_id = $2',
		[organisationId, userId]
	);
	return row?.role ?? null;
}

/** The target's role before and (if the change goes through) after. */
function rolesAround(change: MembershipChange): { before: Role | null; after: Role | null } {
	if (change.kind === 'add') return { before: null, after: change.role };
	if (change.kind === 'remove') return { before: change.role, after: null };
	return { before: change.from, after: change.to };
}

/** Arranges the organisation of one case; returns who acts and whose membership changes. */
async function arrange(situation: MembershipCase) {
	const organisationId = await createOrganisation(`rule ${situation.actor}`);
	const actor =
		situation.actor === 'staff'
			? await createStaff('office_staff')
			: situation.actor === 'stranger'
				? await createTestUser()
				: await createMember(organisationId, situation.actor);
	const { before } = rolesAround(situation.change);
	const target =
		situation.target === 'self'
			? actor
			: situation.target === 'newcomer'
				? await createTestUser()
				: await createMember(organisationId, situation.target);
	expect(await roleOf(organisationId, target), 'arranged role of the target').toBe(before);
	for (let i = 0; i < situation.furtherOwners; i++) await createMember(organisationId, 'owner');
	return { organisationId, actor, target };
}

describe('the membership rule, database and mirror', () => {
	it.each(MEMBERSHIP_CASES.map((situation) => [describeCase(situation), situation] as const))(
		'through the API: %s',
		async (_, situation) => {
			const { organisationId, actor, target } = await arrange(situation);
			const client = userClient(actor);
			const { change } = situation;
			const members = client.from('organisation_members');
			const result =
				change.kind === 'add'
					? await members
							.insert({ organisation_id: organisationId, user_id: target, role: change.role })
							.select('role')
					: change.kind === 'change'
						? await members
								.update({ role: change.to })
								.eq('organisation_id', organisationId)
								.eq('user_id', target)
								.select('role')
						: await members
								.delete()
								.eq('organisation_id', organisationId)
								.eq('user_id', target)
								.select('role');

			const { before, after } = rolesAround(change);
			if (situation.refusal === null) {
				expect(result.error, JSON.stringify(result.error)).toBeNull();
				expect(result.data).toHaveLength(1);
				expect(await roleOf(organisationId, target)).toBe(after);
			} else {
				// Refused by the rule (42501) or by RLS, which does not let the actor reach the row.
				if (result.error) expect(result.error.code, result.error.message).toBe('42501');
				else expect(result.data).toEqual([]);
				expect(await roleOf(organisationId, target)).toBe(before);
			}
		}
	);

	it('names the same reason as the mirror for every combination of facts', async () => {
		const roles: Role[] = ['owner', 'editor'];
		const changes: MembershipChange[] = [
			...roles.map((role) => ({ kind: 'add', role }) as const),
			...roles.flatMap((from) => roles.map((to) => ({ kind: 'change', from, to }) as const)),
			...roles.map((role) => ({ kind: 'remove', role }) as const)
		];
		const combinations = changes.flatMap((change) =>
			[true, false].flatMap((isStaff) =>
				[null, ...roles].flatMap((role) =>
					[true, false].flatMap((isSelf) =>
						[0, 1, 2].map((otherOwners) => ({ change, isStaff, role, isSelf, otherOwners }))
					)
				)
			)
		);
		const rows = await sql<{ refusal: string | null }>(
			`select private.membership_change_refusal(
			   c.change, c.is_staff, c.role::public.member_role, c.is_self,
			   c.from_role::public.member_role, c.to_role::public.member_role, c.other_owners) as refusal
			 from jsonb_array_elements($1::jsonb) with ordinality as e(fact, n)
			 cross join lateral jsonb_to_record(e.fact) as c(
			   change text, is_staff boolean, role text, is_self boolean,
			   from_role text, to_role text, other_owners integer)
			 order by n`,
			[
				JSON.stringify(
					combinations.map(({ change, isStaff, role, isSelf, otherOwners }) => ({
						change: change.kind,
						from_role: rolesAround(change).before,
						to_role: rolesAround(change).after,
						is_staff: isStaff,
						role,
						is_self: isSelf,
						other_owners: otherOwners
					}))
				)
			]
		);
		expect(rows).toHaveLength(combinations.length);
		const mirror = combinations.map(({ change, isStaff, role, isSelf, otherOwners }) =>
			membershipRefusal({ isStaff, role }, change, { isSelf, otherOwners })
		);
		expect(rows.map((row) => row.refusal)).toEqual(mirror);
		expect(new Set(mirror)).toEqual(
			new Set([null, 'own_membership', 'not_owner', 'owners_by_office', 'last_owner'])
		);
	});
});
