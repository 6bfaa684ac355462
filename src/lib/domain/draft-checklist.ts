/**
 * What a draft organisation still lacks before the office can review it. The portal shows the
 * list beside each draft, so a volunteer sees at once what to add instead of waiting for the
 * office to ask. Pure: the server counts the rows, this decides what they mean.
 */

/** What the checklist looks at, counted by the server from the organisation's rows. */
export type DraftFacts = {
	name: string;
	description: string | null;
	services: number;
	locations: number;
	/** Services reachable without a place (phone, video, chat, outreach): "online only" counts. */
	remoteServices: number;
	/** Organisation e-mail, phone or website, or a contact row with an address or number. */
	contactWays: number;
};

export const DRAFT_REQUIREMENTS = ['name', 'description', 'service', 'place', 'contact'] as const;
export type DraftRequirement = (typeof DRAFT_REQUIREMENTS)[number];

/** A description this short says nothing to someone looking for help. */
export const MIN_DESCRIPTION_LENGTH = 30;

const met: Record<DraftRequirement, (facts: DraftFacts) => boolean> = {
	name: (facts) => facts.name.trim().length > 0,
	description: (facts) => (facts.description ?? '').trim().length >= MIN_DESCRIPTION_LENGTH,
	service: (facts) => facts.services > 0,
	place: (facts) => facts.locations > 0 || facts.remoteServices > 0,
	contact: (facts) => facts.contactWays > 0
};

export type DraftChecklist = {
	items: Array<{ requirement: DraftRequirement; done: boolean }>;
	missing: DraftRequirement[];
	/** Nothing missing: the draft may go to the office. */
	complete: boolean;
};

/** Every requirement in a fixed order, each done or not, and what is still missing. */
export function draftChecklist(facts: DraftFacts): DraftChecklist {
	const items = DRAFT_REQUIREMENTS.map((requirement) => ({
		requirement,
		done: met[requirement](facts)
	}));
	const missing = items.filter((item) => !item.done).map((item) => item.requirement);
	return { items, missing, complete: missing.length === 0 };
}
