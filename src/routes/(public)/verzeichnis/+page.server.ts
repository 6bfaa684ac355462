import { PAGE_SIZE } from '$lib/domain/directory-query';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { loadContentTexts } from '$lib/server/content-language';
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
	// Descriptions in the visitor's language where the organisation provided one (one query).
	const texts = await loadContentTexts(
		locals.supabase,
		locals.locale,
		results.entries.map((entry) => entry.organisation_id)
	);
	const entries = results.entries.map((entry) => ({
		...entry,
		descriptionText: texts.pick(
			{ organisationId: entry.organisation_id },
			'description',
			entry.description
		)
	}));
	return {
		query,
		errors,
		results: { entries, total: results.total },
		near,
		pageSize: PAGE_SIZE,
		vocabularies
	};
}) satisfies PageServerLoad;
