import type { Database } from '$lib/database.types';
import { draftChecklist, type DraftChecklist, type DraftFacts } from './draft-checklist';
import { confirmationDue } from './freshness';

/**
 * Where one of a member's organisations stands, as the portal overview shows it: when it was
 * last confirmed and whether a reminder is due (published entries), what a draft still lacks.
 */
export type OrganisationStanding = {
	id: string;
	name: string;
	status: Database['public']['Enums']['publication_status'];
	lastConfirmedAt: string | null;
	confirmationDue: boolean;
	/** Drafts only: what is missing before the office can review it. */
	checklist: DraftChecklist | null;
};

export function organisationStanding(
	organisation: Pick<OrganisationStanding, 'id' | 'name' | 'status' | 'lastConfirmedAt'>,
	facts: DraftFacts,
	now: Date
): OrganisationStanding {
	return {
		...organisation,
		confirmationDue:
			organisation.status === 'published' && confirmationDue(organisation.lastConfirmedAt, now),
		checklist: organisation.status === 'draft' ? draftChecklist(facts) : null
	};
}
