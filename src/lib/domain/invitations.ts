/**
 * Invitation links the app signs itself (supabase/migrations/20261202030000_create_invitations.sql):
 * how long they stay valid and what state a link is in. Zod-free, so pages may import it.
 */

/** Volunteers read their mail when they can: two weeks, not Supabase Auth's 24 hours. */
export const INVITATION_VALID_DAYS = 14;

export type InvitationState = 'valid' | 'used' | 'withdrawn' | 'expired';

/** The stored facts of one link, as the state rule reads them. */
export type InvitationFacts = {
	usedAt: string | null;
	withdrawnAt: string | null;
	expiresAt: string;
	/** Whether the membership or staff role the invitation gave still exists. */
	accessRemains: boolean;
};

/** Used beats withdrawn beats expired: the invitee learns the most useful reason. */
export function invitationState(facts: InvitationFacts, now: Date): InvitationState {
	if (facts.usedAt) return 'used';
	if (facts.withdrawnAt || !facts.accessRemains) return 'withdrawn';
	if (new Date(facts.expiresAt).getTime() <= now.getTime()) return 'expired';
	return 'valid';
}

/** When a link issued at `now` stops working. */
export function invitationExpiry(now: Date): Date {
	return new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60 * 1000);
}

/** What the invitation page shows before the invitee accepts. */
export type InvitationView = {
	email: string;
	organisationName: string | null;
	staffRole: 'office_admin' | 'office_staff' | null;
	memberRole: 'owner' | 'editor' | null;
	invitedBy: string | null;
	expiresAt: string;
	/** A new account chooses its password on accepting; an existing one just signs in. */
	needsPassword: boolean;
};
