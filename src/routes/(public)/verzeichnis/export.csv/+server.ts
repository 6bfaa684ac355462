import { exportedDirectory, exportResponse } from '$lib/server/exports/response';
import { toCsv } from '$lib/server/exports/csv';
import type { RequestHandler } from './$types';

/** The directory's search results as CSV for spreadsheets, with the same parameters as the page. */
export const GET: RequestHandler = async (event) => {
	const result = await exportedDirectory(event);
	if ('response' in result) return result.response;
	return exportResponse(
		toCsv(result.entries, { origin: event.url.origin }),
		{
			contentType: 'text/csv; charset=utf-8; header=present',
			filename: 'buendnisatlas-verzeichnis.csv'
		},
		result.caching
	);
};
