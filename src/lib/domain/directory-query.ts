import { Constants } from '$lib/database.types';
import { ORGANISATION_KINDS } from './enums.ts';

/**
 * The directory's search as the page, the map data, the exports and the embed widget share it, so
 * that a link means the same search everywhere. Names are short and stable because people share
 * these links. `lang` is the interface language and is not part of a search.
 *
 * This module has no zod on purpose: components import it, and the browser should not download a
 * validation library to build links. Reading a URL into a query is `directory-query-schema.ts`,
 * which only server code imports.
 */

export { ORGANISATION_KINDS };
export const ACCESS_MODES = Constants.public.Enums.access_mode;
export const RADIUS_KM = [1, 2, 5, 10, 25, 50] as const;
export const DEFAULT_RADIUS_KM = 10;
export const PAGE_SIZE = 20;
/** Beyond this a list is no use to a person; the exports serve bulk readers. */
export const MAX_PAGE = 500;

/** A valid search (the schema's output; `directory-query-schema.ts` checks that they agree). */
export type DirectoryQuery = {
	q: string | undefined;
	kind: Array<(typeof ORGANISATION_KINDS)[number]>;
	ground: string[];
	counselling: string[];
	/** Life areas: where the discrimination happened (work, housing, school…). */
	area: string[];
	language: string[];
	access: Array<(typeof ACCESS_MODES)[number]>;
	anonymous: boolean;
	free: boolean;
	wheelchair: boolean;
	open: boolean;
	network?: string | undefined;
	/** A place typed in (postcode or address), resolved by the geocoder. */
	near: string | undefined;
	/** From the browser's geolocation (only after the person asked) or a geocoded place. */
	lat?: number | undefined;
	lng?: number | undefined;
	/** Kilometres, one of RADIUS_KM. */
	radius?: number | undefined;
	page?: number | undefined;
	/** Search the words as written: the search does not read vocabulary terms out of `q`. */
	literal: boolean;
};

/** The URL parameters of a search, in the order links spell them. */
export const QUERY_KEYS = [
	'q',
	'kind',
	'ground',
	'counselling',
	'area',
	'language',
	'access',
	'anonymous',
	'free',
	'wheelchair',
	'open',
	'network',
	'near',
	'lat',
	'lng',
	'radius',
	'page',
	'literal'
] as const satisfies ReadonlyArray<keyof DirectoryQuery>;

/** No criteria: the whole directory. */
export const EMPTY_QUERY: DirectoryQuery = {
	q: undefined,
	kind: [],
	ground: [],
	counselling: [],
	area: [],
	language: [],
	access: [],
	anonymous: false,
	free: false,
	wheelchair: false,
	open: false,
	network: undefined,
	near: undefined,
	lat: undefined,
	lng: undefined,
	radius: undefined,
	page: undefined,
	literal: false
};

/** The URL parameters of a query (inverse of `parseDirectoryQuery`), without defaults. */
export function directoryQueryParams(
	query: DirectoryQuery,
	changes: Partial<DirectoryQuery> = {}
): URLSearchParams {
	const merged = { ...query, ...changes };
	const params = new URLSearchParams();
	for (const key of QUERY_KEYS) {
		const value = merged[key];
		if (value === undefined || value === false) continue;
		if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
		else if (value === true) params.set(key, '1');
		else if (!(key === 'page' && value === 1)) params.set(key, String(value));
	}
	return params;
}

/** Whether anything narrows the search (to show "clear filters" and a result heading). */
export function hasCriteria(query: DirectoryQuery): boolean {
	return directoryQueryParams(query, { page: undefined }).size > 0;
}
