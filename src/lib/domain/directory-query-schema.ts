import { z } from 'zod';
import type { FormErrors } from './form-errors.ts';
import { isPlainText, NOT_PLAIN_TEXT } from './plain-text.ts';
import {
	ACCESS_MODES,
	EMPTY_QUERY,
	MAX_PAGE,
	ORGANISATION_KINDS,
	QUERY_KEYS,
	RADIUS_KM,
	type DirectoryQuery
} from './directory-query.ts';

/**
 * Reading the directory's URL parameters: one schema that the page, the map data, the exports and
 * the embed widget share. Only server code imports this module (zod stays out of the browser);
 * what components need (constants, the query type, links) is in `directory-query.ts`.
 */

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
			.refine((value) => isPlainText(value), { error: NOT_PLAIN_TEXT })
			.trim()
			.max(200, { error: 'directory.error.queryTooLong' })
			.optional()
			.transform((value) => value || undefined),
		kind: list(z.enum(ORGANISATION_KINDS, { error: 'directory.error.filter' })),
		ground: list(code),
		counselling: list(code),
		area: list(code),
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
		near: z
			.string()
			.refine((value) => isPlainText(value), { error: NOT_PLAIN_TEXT })
			.trim()
			.max(120, { error: 'directory.error.nearTooLong' })
			.optional()
			.transform((value) => value || undefined),
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
			.optional(),
		literal: checkbox
	})
	.refine((query) => (query.lat === undefined) === (query.lng === undefined), {
		error: 'directory.error.location',
		path: ['lat']
	});

// The schema reads exactly the query components work with, parameter for parameter: a mismatch
// fails type checking here rather than a link silently losing a filter.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type SchemaReadsTheQuery = Holds<
	Same<z.output<typeof directoryQuerySchema>, DirectoryQuery>
>;
export type SchemaReadsEveryParameter = Holds<
	Same<keyof typeof directoryQuerySchema.shape, (typeof QUERY_KEYS)[number]>
>;

/**
 * Reads the directory parameters from a URL. Invalid parameters are dropped one by one, each with
 * a message for its field, so that one bad value never throws away the rest of a shared link.
 */
export function parseDirectoryQuery(params: URLSearchParams): {
	query: DirectoryQuery;
	errors: FormErrors;
} {
	const input: Record<string, string | string[]> = {};
	for (const key of QUERY_KEYS) {
		const values = params.getAll(key);
		if (values.length > 0) input[key] = values.length > 1 ? values : values[0]!;
	}
	const errors: FormErrors = {};
	for (let attempt = 0; attempt <= QUERY_KEYS.length; attempt++) {
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
