import type { DirectoryQuery } from './directory-query.ts';

/**
 * The criteria of a search as a person set them, each one something they can take back: the
 * word, the place, and each filter group (all values of a group together, since a group's
 * values widen each other).
 */
export const FILTER_GROUPS = [
	'q',
	'near',
	'language',
	'anonymous',
	'free',
	'open',
	'ground',
	'counselling',
	'area',
	'access',
	'wheelchair',
	'kind',
	'network'
] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

/** The groups that narrow `query`, in the order the form shows them. */
export function activeFilters(query: DirectoryQuery): FilterGroup[] {
	return FILTER_GROUPS.filter((group) => {
		if (group === 'near') return query.near !== undefined || query.lat !== undefined;
		const value = query[group];
		return Array.isArray(value) ? value.length > 0 : Boolean(value);
	});
}

/** `query` without one group (and without a page: the answer starts over). */
export function withoutFilter(query: DirectoryQuery, group: FilterGroup): DirectoryQuery {
	const rest: DirectoryQuery = { ...query, page: undefined };
	switch (group) {
		case 'near':
			return { ...rest, near: undefined, lat: undefined, lng: undefined, radius: undefined };
		case 'q':
		case 'network':
			return { ...rest, [group]: undefined };
		case 'anonymous':
		case 'free':
		case 'open':
		case 'wheelchair':
			return { ...rest, [group]: false };
		default:
			return { ...rest, [group]: [] };
	}
}
