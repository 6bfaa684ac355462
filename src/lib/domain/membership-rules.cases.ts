import type { MembershipActor, MembershipChange, MembershipRefusal } from './membership-rules.ts';

/**
 * The membership rule as a table of situations in one organisation, written from the product's
 * intent. membership-rules.spec.ts runs it against the TypeScript mirror,
 * tests/integration/roles/membership-rule.test.ts against the database through the API.
 */
export type MembershipCase = {
	/** Who acts: office staff (no membership), or an owner, editor or stranger of the organisation. */
	actor: 'staff' | 'owner' | 'editor' | 'stranger';
	/** Whose membership: the actor's own, another editor's or owner's, or a newcomer's (to add). */
	target: 'self' | 'editor' | 'owner' | 'newcomer';
	change: MembershipChange;
	/** Owners of the organisation besides the actor and the target. */
	furtherOwners: number;
	refusal: MembershipRefusal | null;
};

// A table reads best one situation per line.
// prettier-ignore
export const MEMBERSHIP_CASES: MembershipCase[] = [
	// Owners manage editors; owners are the office's decision.
	{ actor: 'owner', target: 'newcomer', change: { kind: 'add', role: 'editor' }, furtherOwners: 0, refusal: null },
	{ actor: 'owner', target: 'newcomer', change: { kind: 'add', role: 'owner' }, furtherOwners: 0, refusal: 'owners_by_office' },
	{ actor: 'owner', target: 'editor', change: { kind: 'change', from: 'editor', to: 'owner' }, furtherOwners: 0, refusal: 'owners_by_office' },
	{ actor: 'owner', target: 'owner', change: { kind: 'change', from: 'owner', to: 'editor' }, furtherOwners: 0, refusal: 'owners_by_office' },
	{ actor: 'owner', target: 'editor', change: { kind: 'remove', role: 'editor' }, furtherOwners: 0, refusal: null },
	{ actor: 'owner', target: 'owner', change: { kind: 'remove', role: 'owner' }, furtherOwners: 0, refusal: 'owners_by_office' },
	// Members leave; the last owner stays until the office appoints another.
	{ actor: 'owner', target: 'self', change: { kind: 'remove', role: 'owner' }, furtherOwners: 1, refusal: null },
	{ actor: 'owner', target: 'self', change: { kind: 'remove', role: 'owner' }, furtherOwners: 0, refusal: 'last_owner' },
	{ actor: 'editor', target: 'self', change: { kind: 'remove', role: 'editor' }, furtherOwners: 0, refusal: null },
	// Nobody changes their own role or adds themselves.
	{ actor: 'owner', target: 'self', change: { kind: 'change', from: 'owner', to: 'editor' }, furtherOwners: 1, refusal: 'own_membership' },
	{ actor: 'editor', target: 'self', change: { kind: 'change', from: 'editor', to: 'owner' }, furtherOwners: 1, refusal: 'own_membership' },
	{ actor: 'stranger', target: 'self', change: { kind: 'add', role: 'editor' }, furtherOwners: 1, refusal: 'own_membership' },
	{ actor: 'stranger', target: 'self', change: { kind: 'add', role: 'owner' }, furtherOwners: 1, refusal: 'own_membership' },
	{ actor: 'staff', target: 'self', change: { kind: 'add', role: 'owner' }, furtherOwners: 1, refusal: 'own_membership' },
	// Editors and strangers manage nobody else.
	{ actor: 'editor', target: 'newcomer', change: { kind: 'add', role: 'editor' }, furtherOwners: 1, refusal: 'not_owner' },
	{ actor: 'editor', target: 'editor', change: { kind: 'remove', role: 'editor' }, furtherOwners: 1, refusal: 'not_owner' },
	{ actor: 'editor', target: 'owner', change: { kind: 'change', from: 'owner', to: 'editor' }, furtherOwners: 0, refusal: 'not_owner' },
	{ actor: 'stranger', target: 'newcomer', change: { kind: 'add', role: 'editor' }, furtherOwners: 1, refusal: 'not_owner' },
	{ actor: 'stranger', target: 'editor', change: { kind: 'remove', role: 'editor' }, furtherOwners: 1, refusal: 'not_owner' },
	{ actor: 'stranger', target: 'owner', change: { kind: 'change', from: 'owner', to: 'editor' }, furtherOwners: 1, refusal: 'not_owner' },
	// Office staff appoint, demote and remove anyone else, the last owner included.
	{ actor: 'staff', target: 'newcomer', change: { kind: 'add', role: 'owner' }, furtherOwners: 0, refusal: null },
	{ actor: 'staff', target: 'editor', change: { kind: 'change', from: 'editor', to: 'owner' }, furtherOwners: 0, refusal: null },
	{ actor: 'staff', target: 'owner', change: { kind: 'change', from: 'owner', to: 'editor' }, furtherOwners: 0, refusal: null },
	{ actor: 'staff', target: 'owner', change: { kind: 'remove', role: 'owner' }, furtherOwners: 0, refusal: null },
	{ actor: 'staff', target: 'editor', change: { kind: 'remove', role: 'editor' }, furtherOwners: 1, refusal: null }
];

/** The actor's standing in the organisation, as the rule sees it. */
export function actorOf(actor: MembershipCase['actor']): MembershipActor {
	return {
		isStaff: actor === 'staff',
		role: actor === 'owner' || actor === 'editor' ? actor : null
	};
}

/** The owners the organisation keeps besides the membership concerned. */
export function otherOwnersIn(situation: MembershipCase): number {
	const actorIsOtherOwner = situation.actor === 'owner' && situation.target !== 'self';
	return situation.furtherOwners + (actorIsOtherOwner ? 1 : 0);
}

/** A case as a sentence, for test names: "owner removes another owner's membership (owner)". */
export function describeCase(situation: MembershipCase): string {
	const { change } = situation;
	const what =
		change.kind === 'change'
			? `changes ${change.from} to ${change.to}`
			: `${change.kind}s ${change.role}`;
	const whose = situation.target === 'self' ? 'own' : `${situation.target}'s`;
	return `${situation.actor} ${what} (${whose} membership, ${situation.furtherOwners} further owners)`;
}
