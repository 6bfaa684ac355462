import { z } from 'zod';
import { ORGANISATION_KINDS } from './enums.ts';
import {
	CONFIRMATION_FILTERS,
	ORGANISATION_SORTS,
	REVISION_FILTERS,
	type OrganisationDeskQuery
} from './office-organisations.ts';
import { PUBLICATION_STATUSES } from './organisation-status.ts';

/**
 * Reads the organisations table's filters from its URL (server only). The values come from the
 * page's own choices; anything else (an old bookmark, a hand-edited link) is dropped, not refused.
 */
const drop = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const deskQuerySchema = z.object({
	q: drop(
		z
			.string()
			.trim()
			.max(200)
			.transform((value) => value || undefined)
	),
	kind: drop(z.enum(ORGANISATION_KINDS)),
	status: drop(z.enum(PUBLICATION_STATUSES)),
	network: drop(z.uuid()),
	confirmed: drop(z.enum(CONFIRMATION_FILTERS)),
	revisions: drop(z.enum(REVISION_FILTERS)),
	sort: z.enum(ORGANISATION_SORTS).catch('name'),
	order: z.enum(['asc', 'desc']).catch('asc'),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});

export function parseDeskQuery(params: URLSearchParams): OrganisationDeskQuery {
	const input = Object.fromEntries(
		['q', 'kind', 'status', 'network', 'confirmed', 'revisions', 'sort', 'order', 'page'].map(
			(key) => [key, params.get(key) ?? undefined]
		)
	);
	const { order, ...query } = deskQuerySchema.parse(input);
	return { ...query, descending: order === 'desc' };
}
