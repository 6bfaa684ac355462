import { defaultYears } from '$lib/domain/grant-reports';
import { parseReportQuery } from '$lib/domain/grant-report-query-schema';
import { requireStaff } from '$lib/server/guards';
import {
	applicationsTable,
	describeFilters,
	filterOptions,
	ownFundsTable,
	pipelineTable,
	ReportError,
	reportCharts,
	sourceRows,
	sourcesTable
} from '$lib/server/grant-reports';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireStaff(event);
	const { supabase, locale } = event.locals;
	const { filters, errors } = parseReportQuery(event.url.searchParams, defaultYears(new Date()));
	try {
		const [options, applications, byYear, pipeline, ownFunds, sources] = await Promise.all([
			filterOptions(supabase, locale),
			applicationsTable(supabase, filters, locale),
			applicationsTable(supabase, { ...filters, by: 'year' }, locale),
			pipelineTable(supabase, filters, locale),
			ownFundsTable(supabase, filters, locale),
			sourceRows(supabase, filters)
		]);
		const sourcesView = sourcesTable(sources, locale);
		return {
			filters,
			errors,
			options,
			applied: describeFilters(filters, options, locale),
			tables: { applications, byYear, pipeline, ownFunds, sources: sourcesView },
			charts: reportCharts(sources, byYear, pipeline, locale),
			unavailable: false as const
		};
	} catch (failure) {
		if (!(failure instanceof ReportError)) throw failure;
		return { filters, errors, unavailable: true as const };
	}
}) satisfies PageServerLoad;
