import type { Database } from '$lib/database.types';
import { MEMBER_ROLES } from './enums.ts';

type MemberRole = Database['public']['Enums']['member_role'];

/**
 * Who may add, change and remove an organisation's members. The database guards this rule
 * (private.membership_change_refusal, migration 20261130110100); this is its mirror for the
 * pages, and tests/integration/roles/membership-rule.test.ts holds the two together.
 */

/** The person making the change, as seen from the organisation concerned. */
export type MembershipActor = {
	isStaff: boolean;
	/** Their own role in the organisation, null when they are not a member. */
	role: MemberRole | null;
};

export type MembershipChange =
	| { kind: 'add'; role: MemberRole }
	| { kind: 'change'; from: MemberRole; to: MemberRole }
	| { kind: 'remove'; role: MemberRole };

export type MembershipRefusal =
	/** Nobody adds themselves or changes their own role. */
	| 'own_membership'
	/** Only owners and office staff manage an organisation's members. */
	| 'not_owner'
	/** Only office staff appoint, demote or remove owners. */
	| 'owners_by_office'
	/** The last owner cannot leave; the office appoints another owner first. */
	| 'last_owner';

/**
 * Why `actor` may not make `change` to a membership, or null when they may. `isSelf`: the
 * membership is the actor's own; `otherOwners`: how many owners the organisation has besides the
 * membership concerned.
 */
export function membershipRefusal(
	actor: MembershipActor,
	change: MembershipChange,
	target: { isSelf: boolean; otherOwners: number }
): MembershipRefusal | null {
	if (change.kind === 'change' && change.from === change.to) return null;
	if (target.isSelf && change.kind !== 'remove') return 'own_membership';
	if (actor.isStaff) return null;
	const involvesOwner = (
		change.kind === 'change' ? [change.from, change.to] : [change.role]
	).includes('owner');
	if (target.isSelf) return involvesOwner && target.otherOwners === 0 ? 'last_owner' : null;
	if (actor.role !== 'owner') return 'not_owner';
	return involvesOwner ? 'owners_by_office' : null;
}

/** The roles `actor` may give a person they invite to the organisation. */
export function invitableRoles(actor: MembershipActor): MemberRole[] {
	return MEMBER_ROLES.filter(
		(role) =>
			membershipRefusal(actor, { kind: 'add', role }, { isSelf: false, otherOwners: 0 }) === null
	);
}
