import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { exportedDirectory, exportResponse } from '$lib/server/exports/response';
import { describeQuery, readableTable } from '$lib/server/exports/readable';
import { readableXlsx } from '$lib/server/exports/xlsx';
import { OPEN_DATA_LICENCE } from '$lib/server/open-data-licence';
import type { RequestHandler } from './$types';

/**
 * The directory's search results as an Excel workbook in the visitor's language: the table with
 * filters in its header row, and the search that produced it on a second sheet.
 */
export const GET: RequestHandler = async (event) => {
	const result = await exportedDirectory(event);
	if ('response' in result) return result.response;
	const { locale } = event.locals;
	// Valid here: exportedDirectory answered 400 for anything it could not read.
	const { query } = parseDirectoryQuery(event.url.searchParams);
	const source = new URL(`/verzeichnis${event.url.search}`, event.url.origin).href;
	const workbook = await readableXlsx(
		readableTable(result.entries, { origin: event.url.origin, locale }),
		{
			locale,
			selection: describeQuery(query, locale),
			downloadedAt: new Date(),
			source,
			licence: `${OPEN_DATA_LICENCE.name} (${OPEN_DATA_LICENCE.url})`
		}
	);
	return exportResponse(
		workbook,
		{
			contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			filename: 'buendnisatlas-verzeichnis-tabelle.xlsx'
		},
		// In the visitor's language (and dated): no ETag, as the language is not in the URL.
		{ 'cache-control': 'no-store' }
	);
};
