import type { Database } from '$lib/database.types';
import { membershipRefusal, type MembershipActor } from './membership-rules';

type MemberRole = Database['public']['Enums']['member_role'];

/** A person with access to an organisation, as the members page lists them. */
export type MemberEntry = {
	userId: string;
	email: string;
	role: MemberRole;
	invitedAt: string | null;
	/** False while the invitation is pending (its link not yet followed). */
	accepted: boolean;
	isSelf: boolean;
};

/** What the viewer may do to one entry; each mirrors the database's membership rule. */
export type MemberActions = {
	remove: boolean;
	leave: boolean;
	/** Pending invitations: send the mail again, or take the invitation back. */
	resend: boolean;
	withdraw: boolean;
	changeTo: MemberRole[];
};

const ROLES: MemberRole[] = ['owner', 'editor'];

export function memberActions(
	actor: MembershipActor,
	member: MemberEntry,
	members: MemberEntry[]
): MemberActions {
	const otherOwners = members.filter(
		(other) => other.role === 'owner' && other.userId !== member.userId
	).length;
	const target = { isSelf: member.isSelf, otherOwners };
	const mayRemove =
		membershipRefusal(actor, { kind: 'remove', role: member.role }, target) === null;
	// Sending an invitation again is inviting again: allowed where adding this role is.
	const mayInvite =
		!member.isSelf &&
		membershipRefusal(actor, { kind: 'add', role: member.role }, { ...target, isSelf: false }) ===
			null;
	return {
		remove: mayRemove && !member.isSelf && member.accepted,
		leave: mayRemove && member.isSelf,
		resend: mayInvite && !member.accepted,
		withdraw: mayRemove && !member.isSelf && !member.accepted,
		changeTo: ROLES.filter(
			(role) =>
				role !== member.role &&
				membershipRefusal(actor, { kind: 'change', from: member.role, to: role }, target) === null
		)
	};
}
