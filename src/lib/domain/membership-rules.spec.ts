import { describe, expect, it } from 'vitest';
import { actorOf, describeCase, MEMBERSHIP_CASES, otherOwnersIn } from './membership-rules.cases';
import { invitableRoles, membershipRefusal } from './membership-rules';

describe('membershipRefusal', () => {
	it.each(MEMBERSHIP_CASES.map((situation) => [describeCase(situation), situation] as const))(
		'%s',
		(_, situation) => {
			const refusal = membershipRefusal(actorOf(situation.actor), situation.change, {
				isSelf: situation.target === 'self',
				otherOwners: otherOwnersIn(situation)
			});
			expect(refusal).toBe(situation.refusal);
		}
	);

	it('lets anyone who reaches a membership save it unchanged', () => {
		for (const actor of ['staff', 'owner', 'editor', 'stranger'] as const) {
			const change = { kind: 'change', from: 'owner', to: 'owner' } as const;
			expect(membershipRefusal(actorOf(actor), change, { isSelf: true, otherOwners: 0 })).toBe(
				null
			);
		}
	});
});

describe('invitableRoles', () => {
	it('offers office staff both roles, an owner editors, everyone else nothing', () => {
		expect(invitableRoles(actorOf('staff'))).toEqual(['owner', 'editor']);
		expect(invitableRoles(actorOf('owner'))).toEqual(['editor']);
		expect(invitableRoles(actorOf('editor'))).toEqual([]);
		expect(invitableRoles(actorOf('stranger'))).toEqual([]);
	});
});
