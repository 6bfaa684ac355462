import { PAGE_SIZE } from '$lib/domain/directory-query';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { loadContentTexts } from '$lib/server/content-language';
import { loadVocabularies, searchDirectory, type DirectoryPage } from '$lib/server/directory';
import { zeroResultHelp } from '$lib/server/directory-relax';
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
	// Descriptions in the visitor's language where the organisation provided one (one query);
	// for an empty answer instead, what each filter costs.
	const [texts, help] = await Promise.all([
		loadContentTexts(
			locals.supabase,
			locals.locale,
			results.entries.map((entry) => entry.organisation_id)
		),
		results.total === 0 && !near.error
			? zeroResultHelp(locals.supabase, query, near.position)
			: null
	]);
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
		help,
		pageSize: PAGE_SIZE,
		vocabularies
	};
}) satisfies PageServerLoad;
