import { pageCount, shownTotal } from '$lib/domain/directory';
import { PAGE_SIZE, directoryQueryParams, type DirectoryQuery } from '$lib/domain/directory-query';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { searchDirectoryNear } from '$lib/server/directory';
import { organisationPageUrl } from '$lib/server/exports/links';
import { resolveNear } from '$lib/server/near';
import type { PageServerLoad } from './$types';

/**
 * The widget partners embed: the directory's search with the filters and language preset in the
 * iframe's URL, read through the visitor's own client like the page (published data, degraded
 * places). Invalid presets are dropped, as on the page: a partner's stale link still shows a list.
 */
export const load = (async ({ url, locals }) => {
	const { query, errors } = parseDirectoryQuery(url.searchParams);
	const page = query.page ?? 1;
	const near = await resolveNear(query, locals.locale);
	const { entries, total } = await searchDirectoryNear(locals.supabase, query, near);
	const pages = pageCount(total, PAGE_SIZE);
	const link = (changes: Partial<DirectoryQuery>) => {
		const params = directoryQueryParams(query, changes);
		params.set('lang', locals.locale);
		return `?${params}`;
	};
	return {
		q: query.q ?? '',
		// The presets travel with every search: the field changes the words only.
		presets: [...directoryQueryParams(query, { q: undefined, page: undefined })],
		invalid: Object.keys(errors).length > 0,
		nearError: near.error ?? null,
		// "1000+" when the search ranked only that many of more (see RANK_LIMIT).
		total: shownTotal(total),
		page,
		pages,
		previous: page > 1 ? link({ page: page - 1 }) : null,
		next: page < pages ? link({ page: page + 1 }) : null,
		home: new URL('/', url.origin).href,
		organisations: entries.map((entry) => ({
			id: entry.organisation_id,
			name: entry.name,
			kind: entry.kind,
			url: organisationPageUrl(url.origin, entry.slug),
			services: entry.services.map(({ id, name, free_of_charge, anonymous_possible }) => ({
				id,
				name,
				free_of_charge,
				anonymous_possible
			})),
			places: entry.locations.map(
				({ id, visibility, name, address_1, postal_code, city, district }) => ({
					id,
					visibility,
					name,
					address_1,
					postal_code,
					city,
					district
				})
			)
		}))
	};
}) satisfies PageServerLoad;
