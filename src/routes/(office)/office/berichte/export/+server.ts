import { error } from '@sveltejs/kit';
import { defaultYears } from '$lib/domain/grant-reports';
import { parseExportRequest, parseReportQuery } from '$lib/domain/grant-report-query-schema';
import { requireStaff } from '$lib/server/guards';
import {
	describeFilters,
	filterOptions,
	ReportError,
	reportTable
} from '$lib/server/grant-reports';
import { translate } from '$lib/server/i18n';
import { reportCsv, reportXlsx, type ExportContext } from '$lib/server/report-exports';
import type { RequestHandler } from './$types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One report table as CSV or XLSX, for the filters in the URL (the same as the page's). */
export const GET: RequestHandler = async (event) => {
	await requireStaff(event);
	const { supabase, locale } = event.locals;
	const wanted = parseExportRequest(event.url.searchParams);
	if (!wanted) error(400, { message: translate(locale, 'reports.error.export') });
	const { filters, errors } = parseReportQuery(event.url.searchParams, defaultYears(new Date()));
	const [first] = Object.values(errors);
	// A file must say exactly what it holds: a filter that would be dropped is refused instead.
	if (first) error(400, { message: translate(locale, first) });
	try {
		const [table, options] = await Promise.all([
			reportTable(supabase, wanted.table, filters, locale),
			filterOptions(supabase, locale)
		]);
		const context: ExportContext = {
			filters: describeFilters(filters, options, locale),
			labels: {
				filters: translate(locale, 'reports.filters.heading'),
				exportedAt: translate(locale, 'reports.export.exportedAt'),
				euro: translate(locale, 'reports.export.euro'),
				percent: translate(locale, 'reports.export.percent')
			},
			exportedAt: new Date()
		};
		const name = `bericht-${wanted.table}-${filters.from}-${filters.to}.${wanted.format}`;
		const headers = {
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'private, no-store'
		};
		if (wanted.format === 'csv') {
			return new Response(reportCsv(table, context), {
				headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }
			});
		}
		return new Response(new Uint8Array(await reportXlsx(table, context)), {
			headers: { ...headers, 'content-type': XLSX_TYPE }
		});
	} catch (failure) {
		if (failure instanceof ReportError)
			error(503, { message: translate(locale, 'reports.unavailable') });
		throw failure;
	}
};
