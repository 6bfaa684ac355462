import { json } from '@sveltejs/kit';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { translate } from '$lib/server/i18n';
import { directoryPointsNear } from '$lib/server/directory-points';
import { resolveNear } from '$lib/server/near';
import type { RequestHandler } from './$types';
import { compressedJson } from './compressed-json';

/**
 * The map's data for the directory's URL parameters: every match and its degraded public points
 * in one answer (the list pages, the map does not). Published data only, the same for every
 * visitor, so shared caches may keep it for a minute.
 */
export const GET = (async ({ url, locals, request }) => {
	const { query, errors } = parseDirectoryQuery(url.searchParams);
	if (Object.keys(errors).length > 0) {
		const messages = Object.fromEntries(
			Object.entries(errors).map(([field, key]) => [field, translate(locals.locale, key!)])
		);
		return json({ errors: messages }, { status: 400 });
	}
	// Where "near" points to is the page's decision (coordinates, or the geocoded place): the map
	// asks the same function, so that map and list always centre on the same point.
	const near = await resolveNear(query, locals.locale);
	const points = await directoryPointsNear(locals.supabase, query, near);
	return compressedJson(request, points, { 'cache-control': 'public, max-age=60' });
}) satisfies RequestHandler;
