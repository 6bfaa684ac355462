import { exportedDirectory, exportResponse } from '$lib/server/exports/response';
import { toHsds } from '$lib/server/exports/hsds';
import { loadHsdsLinks } from '$lib/server/exports/hsds-links';
import { OPEN_DATA_LICENCE } from '$lib/server/open-data-licence';
import type { RequestHandler } from './$types';

/** The directory's search results as Open Referral HSDS 3.0 JSON, with the page's parameters. */
export const GET: RequestHandler = async (event) => {
	const [result, links] = await Promise.all([
		exportedDirectory(event),
		loadHsdsLinks(event.locals.supabase)
	]);
	if ('response' in result) return result.response;
	const directory = toHsds(result.entries, links, {
		origin: event.url.origin,
		licence: OPEN_DATA_LICENCE,
		generatedAt: new Date()
	});
	return exportResponse(
		JSON.stringify(directory),
		{
			contentType: 'application/json; charset=utf-8',
			filename: 'buendnisatlas-verzeichnis-hsds.json'
		},
		result.caching
	);
};
