import { json } from '@sveltejs/kit';
import { encodeMapData, MAP_DATA_TYPE } from '$lib/domain/map-data';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { openDataValidators } from '$lib/server/data-version';
import { compressedAnswer, keptAnswer } from '$lib/server/kept-answers';
import { translate } from '$lib/server/i18n';
import { directoryPointsNear } from '$lib/server/directory-points';
import { resolveNear } from '$lib/server/near';
import type { RequestHandler } from './$types';

/**
 * The map's data for the directory's URL parameters: every match and its degraded public points
 * in one answer (the list pages, the map does not), packed ($lib/domain/map-data). Published data
 * only, the same for every visitor; caches ask again each time and get a 304 while the data is
 * unchanged, so that a place made confidential leaves the map at once.
 */
export const GET = (async ({ url, locals, request }) => {
	const { query, errors } = parseDirectoryQuery(url.searchParams);
	if (Object.keys(errors).length > 0) {
		const messages = Object.fromEntries(
			Object.entries(errors).map(([field, key]) => [field, translate(locals.locale, key!)])
		);
		return json({ errors: messages }, { status: 400 });
	}
	const validators = await openDataValidators(locals.supabase, request, query);
	if (validators.fresh) {
		// A 304 repeats what a 200 would say about caching, Vary included (RFC 9110, 15.4.5).
		const headers = { ...validators.headers, vary: 'accept-encoding' };
		return new Response(null, { status: 304, headers });
	}
	// The same data version and search give the same answer ("open now" has no ETag: not kept).
	const etag = validators.headers.etag;
	const key = etag ? `${etag} ${locals.locale} ${url.search}` : null;
	let body = key ? keptAnswer(key) : null;
	if (!body) {
		// Where "near" points to is the page's decision (coordinates, or the geocoded place): the
		// map asks the same function, so that map and list always centre on the same point.
		const near = await resolveNear(query, locals.locale);
		// A place that could not be found must not widen the map to the whole city (as in the list).
		body = encodeMapData(await directoryPointsNear(locals.supabase, query, near));
	}
	return compressedAnswer(request, body, MAP_DATA_TYPE, validators.headers, key);
}) satisfies RequestHandler;
