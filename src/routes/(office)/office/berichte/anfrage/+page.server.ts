import { defaultYears } from '$lib/domain/grant-reports';
import { parseReportQuery } from '$lib/domain/grant-report-query-schema';
import { requireStaff } from '$lib/server/guards';
import {
	inquiryFigures,
	inquiryTable,
	ownFundsTable,
	ReportError,
	sourceRows,
	sourcesTable
} from '$lib/server/grant-reports';
import type { PageServerLoad } from './$types';

/** The head figures, money and posts per year and source, and the own fund, for one period. */
export const load = (async (event) => {
	await requireStaff(event);
	const { supabase, locale } = event.locals;
	const { filters, errors } = parseReportQuery(event.url.searchParams, defaultYears(new Date()));
	// An inquiry covers a period; the other filters of the report page do not apply here.
	const period = { from: filters.from, to: filters.to, by: 'year' as const };
	try {
		const [figures, sources, ownFunds] = await Promise.all([
			inquiryFigures(supabase, period),
			sourceRows(supabase, period),
			ownFundsTable(supabase, period, locale)
		]);
		return {
			filters: period,
			errors,
			asOf: new Date().toISOString(),
			tables: {
				inquiry: inquiryTable(figures, locale),
				sources: sourcesTable(sources, locale),
				ownFunds
			},
			unavailable: false as const
		};
	} catch (failure) {
		if (!(failure instanceof ReportError)) throw failure;
		return { filters: period, errors, unavailable: true as const };
	}
}) satisfies PageServerLoad;
