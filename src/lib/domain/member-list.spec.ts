import { describe, expect, it } from 'vitest';
import { memberActions, type MemberEntry } from './member-list';

const entry = (overrides: Partial<MemberEntry>): MemberEntry => ({
	userId: crypto.randomUUID(),
	email: 'a@example.org',
	role: 'editor',
	invitedAt: null,
	accepted: true,
	isSelf: false,
	...overrides
});

describe('memberActions', () => {
	const me = entry({ role: 'owner', isSelf: true });
	const editor = entry({});
	const invitee = entry({ accepted: false, invitedAt: '2026-11-30T10:00:00Z' });
	const owner = { isStaff: false, role: 'owner' as const };

	it('lets an owner remove editors, resend and withdraw invitations, but not change roles', () => {
		const members = [me, editor, invitee];
		expect(memberActions(owner, editor, members)).toEqual({
			remove: true,
			leave: false,
			resend: false,
			withdraw: false,
			changeTo: []
		});
		expect(memberActions(owner, invitee, members)).toMatchObject({
			remove: false,
			resend: true,
			withdraw: true
		});
	});

	it('keeps the last owner from leaving, and lets them go once another owner exists', () => {
		expect(memberActions(owner, me, [me, editor]).leave).toBe(false);
		const second = entry({ role: 'owner' });
		expect(memberActions(owner, me, [me, second]).leave).toBe(true);
		expect(memberActions(owner, second, [me, second]).remove).toBe(false);
	});

	it('lets an editor leave and nothing else', () => {
		const self = entry({ isSelf: true });
		const actor = { isStaff: false, role: 'editor' as const };
		expect(memberActions(actor, self, [me, self])).toMatchObject({ leave: true, changeTo: [] });
		expect(memberActions(actor, invitee, [me, self, invitee])).toEqual({
			remove: false,
			leave: false,
			resend: false,
			withdraw: false,
			changeTo: []
		});
	});

	it('lets office staff change an editor into an owner', () => {
		const staff = { isStaff: true, role: null };
		expect(memberActions(staff, editor, [me, editor]).changeTo).toEqual(['owner']);
		const someOwner = entry({ role: 'owner' });
		expect(memberActions(staff, someOwner, [someOwner, editor]).changeTo).toEqual(['editor']);
	});
});
