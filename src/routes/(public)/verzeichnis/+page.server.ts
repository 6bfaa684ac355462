import { parseDirectoryQuery, PAGE_SIZE } from '$lib/domain/directory-query';
import { loadVocabularies, searchDirectory, type DirectoryPage } from '$lib/server/directory';
import { resolveNear } from '$lib/server/near';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const { query, errors } = parseDirectoryQuery(url.searchParams);
	const [vocabularies, near] = await Promise.all([
		loadVocabularies(locals.supabase),
		resolveNear(query, locals.locale)
	]);
	if (near.error) errors.near ??= near.error;
	// A place that could not be found must not silently widen the search to the whole city.
	const results: DirectoryPage = near.error
		? { entries: [], total: 0 }
		: await searchDirectory(locals.supabase, query, near.position);
	return {
		query,
		errors,
		results,
		near,
		pageSize: PAGE_SIZE,
		vocabularies
	};
}) satisfies PageServerLoad;
