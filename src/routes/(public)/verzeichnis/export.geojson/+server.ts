import { exportedDirectory, exportResponse } from '$lib/server/exports/response';
import { toGeoJson } from '$lib/server/exports/geojson';
import { OPEN_DATA_LICENCE } from '$lib/server/open-data-licence';
import type { RequestHandler } from './$types';

/** The directory's search results as GeoJSON (RFC 7946), with the same parameters as the page. */
export const GET: RequestHandler = async (event) => {
	const result = await exportedDirectory(event);
	if ('response' in result) return result.response;
	const collection = toGeoJson(result.entries, {
		origin: event.url.origin,
		licence: OPEN_DATA_LICENCE,
		generatedAt: new Date()
	});
	return exportResponse(
		JSON.stringify(collection),
		{
			contentType: 'application/geo+json; charset=utf-8',
			filename: 'buendnisatlas-verzeichnis.geojson'
		},
		result.caching
	);
};
