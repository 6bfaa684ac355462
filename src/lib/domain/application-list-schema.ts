import { z } from 'zod';
import {
	APPLICATION_SORTS,
	RESPONSIBLE_FILTERS,
	type ApplicationListQuery
} from './application-list.ts';
import { APPLICATION_STATUSES } from './grant-status.ts';

/**
 * Reading the office's application list from its URL. Each parameter is read on its own: an
 * invalid one (an edited or outdated link) is dropped and the rest still applies.
 */
const fields = {
	status: z.enum(APPLICATION_STATUSES),
	year: z.coerce.number().int().min(2000).max(2100),
	funder: z.uuid(),
	programme: z.uuid(),
	organisation: z.uuid(),
	responsible: z.enum(RESPONSIBLE_FILTERS),
	q: z.string().trim().min(1).max(200),
	sort: z.enum(APPLICATION_SORTS),
	dir: z.enum(['asc', 'desc']),
	after: z.string().regex(/^[A-Za-z0-9_-]{1,400}$/)
} as const;

export function parseApplicationListQuery(params: URLSearchParams): ApplicationListQuery {
	const query: ApplicationListQuery = { sort: 'updated', dir: 'desc' };
	for (const [key, schema] of Object.entries(fields)) {
		const raw = params.get(key);
		if (raw === null || raw.trim() === '') continue;
		const parsed = schema.safeParse(raw);
		if (parsed.success) Object.assign(query, { [key]: parsed.data });
	}
	return query;
}
