import { z } from 'zod';
import { Constants } from '$lib/database.types';
import type { FormErrors } from './forms.ts';

/**
 * The directory's URL parameters: one schema that the page, the map data, the exports and the
 * embed widget share, so that a link means the same search everywhere. Names are short and stable
 * because people share these links. `lang` is the interface language and is not part of a search.
 */

export const ORGANISATION_KINDS = Constants.public.Enums.organisation_kind;
export const ACCESS_MODES = Constants.public.Enums.access_mode;
export const RADIUS_KM = [1, 2, 5, 10, 25, 50] as const;
export const DEFAULT_RADIUS_KM = 10;
export const PAGE_SIZE = 20;
/** Beyond this a list is no use to a person; the exports serve bulk readers. */
export const MAX_PAGE = 500;

// Repeated parameters (`?kind=a&kind=b`) arrive as arrays, single ones as strings.
const list = <T extends z.ZodType>(item: T) =>
	z
		.union([item, z.array(item)], { error: 'directory.error.filter' })
		.optional()
		.transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
		.transform((values) => [...new Set(values)] as z.output<T>[]);

const code = z.string().regex(/^[a-z0-9_]{1,40}$/, { error: 'directory.error.filter' });
const checkbox = z
	.literal(['1', 'on', 'true'], { error: 'directory.error.filter' })
	.optional()
	.transform((value) => value !== undefined);
// An empty value (`?lat=`) means "not given", not 0.
const coordinate = (min: number, max: number) =>
	z
		.union(
			[
				z.literal('').transform(() => undefined),
				z.coerce
					.number({ error: 'directory.error.location' })
					.min(min, { error: 'directory.error.location' })
					.max(max, { error: 'directory.error.location' })
			],
			{
				error: 'directory.error.location'
			}
		)
		.optional();

export const directoryQuerySchema = z
	.object({
		q: z
			.string()
			.trim()
			.max(200, { error: 'directory.error.queryTooLong' })
			.optional()
			.transform((value) => value || undefined),
		kind: list(z.enum(ORGANISATION_KINDS, { error: 'directory.error.filter' })),
		ground: list(code),
		counselling: list(code),
		language: list(z.string().regex(/^[a-z]{2}$/, { error: 'directory.error.filter' })),
		access: list(z.enum(ACCESS_MODES, { error: 'directory.error.filter' })),
		anonymous: checkbox,
		free: checkbox,
		wheelchair: checkbox,
		open: checkbox,
		network: z
			.string()
			.regex(/^[a-z0-9-]{1,80}$/, { error: 'directory.error.filter' })
			.optional()
			.or(z.literal('').transform(() => undefined)),
		// A place typed in (postcode or address), resolved by the geocoder.
		near: z
			.string()
			.trim()
			.max(120, { error: 'directory.error.nearTooLong' })
			.optional()
			.transform((value) => value || undefined),
		// Coordinates from the browser's geolocation (only after the person asked) or a geocoded place.
		lat: coordinate(-90, 90),
		lng: coordinate(-180, 180),
		radius: z.coerce
			.number({ error: 'directory.error.radius' })
			.refine((km) => (RADIUS_KM as readonly number[]).includes(km), {
				error: 'directory.error.radius'
			})
			.optional(),
		page: z.coerce
			.number({ error: 'directory.error.page' })
			.int({ error: 'directory.error.page' })
			.min(1, { error: 'directory.error.page' })
			.max(MAX_PAGE, { error: 'directory.error.page' })
			.optional()
	})
	.refine((query) => (query.lat === undefined) === (query.lng === undefined), {
		error: 'directory.error.location',
		path: ['lat']
	});

export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

export const EMPTY_QUERY: DirectoryQuery = directoryQuerySchema.parse({});

const KEYS = Object.keys(directoryQuerySchema.shape) as Array<keyof DirectoryQuery>;

/**
 * Reads the directory parameters from a URL. Invalid parameters are dropped one by one, each with
 * a message for its field, so that one bad value never throws away the rest of a shared link.
 */
export function parseDirectoryQuery(params: URLSearchParams): {
	query: DirectoryQuery;
	errors: FormErrors;
} {
	const input: Record<string, string | string[]> = {};
	for (const key of KEYS) {
		const values = params.getAll(key);
		if (values.length > 0) input[key] = values.length > 1 ? values : values[0]!;
	}
	const errors: FormErrors = {};
	for (let attempt = 0; attempt <= KEYS.length; attempt++) {
		const result = directoryQuerySchema.safeParse(input);
		if (result.success) return { query: result.data, errors };
		for (const issue of result.error.issues) {
			const field = String(issue.path[0] ?? 'q');
			errors[field] ??= issue.message as FormErrors[string];
			delete input[field];
			// lat and lng only make sense together.
			if (field === 'lat' || field === 'lng') delete input[field === 'lat' ? 'lng' : 'lat'];
		}
	}
	return { query: EMPTY_QUERY, errors };
}

/** The URL parameters of a query (inverse of `parseDirectoryQuery`), without defaults. */
export function directoryQueryParams(
	query: DirectoryQuery,
	changes: Partial<DirectoryQuery> = {}
): URLSearchParams {
	const merged = { ...query, ...changes };
	const params = new URLSearchParams();
	for (const key of KEYS) {
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
