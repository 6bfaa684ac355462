import type { Database } from '$lib/database.types';
import type { PublicationStatus } from './organisation-status.ts';

type OrganisationKind = Database['public']['Enums']['organisation_kind'];

/**
 * The office's organisations table: what it can be filtered and sorted by, and the rows it shows.
 * Zod-free so the page can offer the choices; the URL is read by office-organisations-schema.ts.
 */
export const CONFIRMATION_FILTERS = ['never', 'stale', 'recent'] as const;
export type ConfirmationFilter = (typeof CONFIRMATION_FILTERS)[number];

/** Revisions waiting in the review queue (submitted, not yet decided), or none. */
export const REVISION_FILTERS = ['pending', 'none'] as const;
export type RevisionFilter = (typeof REVISION_FILTERS)[number];

export const ORGANISATION_SORTS = ['name', 'kind', 'status', 'confirmed', 'updated'] as const;
export type OrganisationSort = (typeof ORGANISATION_SORTS)[number];

/** A year without "still correct": the entry counts as stale (issue #10, freshness). */
export const STALE_AFTER_MONTHS = 12;
export const DESK_PAGE_SIZE = 50;

export type OrganisationDeskQuery = {
	q?: string;
	kind?: OrganisationKind;
	status?: PublicationStatus;
	network?: string;
	confirmed?: ConfirmationFilter;
	revisions?: RevisionFilter;
	sort: OrganisationSort;
	descending: boolean;
	page: number;
};

export type DeskOrganisation = {
	id: string;
	name: string;
	slug: string;
	kind: OrganisationKind;
	status: PublicationStatus;
	lastConfirmedAt: string | null;
	updatedAt: string;
	isDemo: boolean;
	/** A revision of the entry waits in the review queue. */
	pendingRevision: boolean;
};

export type DeskNetwork = { id: string; name: string };

/** The date before which a confirmation is stale, as an ISO timestamp. */
export function staleBefore(now: Date): string {
	const limit = new Date(now);
	limit.setMonth(limit.getMonth() - STALE_AFTER_MONTHS);
	return limit.toISOString();
}

/** The query string of `query` with `change` applied; defaults are left out of the URL. */
export function deskSearch(
	query: OrganisationDeskQuery,
	change: Partial<OrganisationDeskQuery>
): string {
	const next = { ...query, ...change };
	const params = new URLSearchParams();
	for (const key of ['q', 'kind', 'status', 'network', 'confirmed', 'revisions'] as const) {
		const value = next[key];
		if (value) params.set(key, value);
	}
	if (next.sort !== 'name') params.set('sort', next.sort);
	if (next.descending) params.set('order', 'desc');
	if (next.page > 1) params.set('page', String(next.page));
	const search = params.toString();
	return search ? `?${search}` : '';
}
