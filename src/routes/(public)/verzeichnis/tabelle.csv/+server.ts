import { exportedDirectory, exportResponse } from '$lib/server/exports/response';
import { readableCsv, readableTable } from '$lib/server/exports/readable';
import type { RequestHandler } from './$types';

/** The directory's search results as a table to read, in the visitor's language, for Excel. */
export const GET: RequestHandler = async (event) => {
	const result = await exportedDirectory(event);
	if ('response' in result) return result.response;
	const { locale } = event.locals;
	const table = readableTable(result.entries, { origin: event.url.origin, locale });
	return exportResponse(
		readableCsv(table, locale),
		{
			contentType: 'text/csv; charset=utf-8; header=present',
			filename: 'buendnisatlas-verzeichnis-tabelle.csv'
		},
		// In the visitor's language (and dated): no ETag, as the language is not in the URL.
		{ 'cache-control': 'no-store' }
	);
};
