/**
 * The office's reports: each table comes from one report function of the database (migration
 * 20261201070000), called with the staff member's own client, and is turned into a localized
 * report table that the page, the charts and the CSV/XLSX exports all use, so every place shows
 * the same figures.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { BarItem, LinePoint } from '$lib/domain/report-charts';
import {
	formatCell,
	successRate,
	type ReportCell,
	type ReportColumn,
	type ReportFilters,
	type ReportGrouping,
	type ReportTable,
	type ReportTableId
} from '$lib/domain/grant-reports';
import { catalogueFor } from '$lib/i18n/catalogues';
import type { Locale } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n/messages/de';
import { translate } from './i18n.ts';

type Client = SupabaseClient<Database>;
type Functions = Database['public']['Functions'];
type ApplicationRow = Functions['report_applications']['Returns'][number];

/** A report function refused or failed: the page says so instead of showing wrong figures. */
export class ReportError extends Error {}

function unwrap<T>(result: { data: T | null; error: { message: string } | null }): T {
	if (result.error || result.data === null) throw new ReportError(result.error?.message);
	return result.data;
}

function filterArgs(filters: ReportFilters) {
	return {
		from_year: filters.from,
		to_year: filters.to,
		funder: filters.funder,
		level: filters.level,
		programme: filters.programme,
		topic: filters.topic,
		kind: filters.kind,
		role: filters.role
	};
}

/** The text for a key built at run time, or `fallback` when the catalogue has none. */
function maybeTranslate(locale: Locale, key: string, fallback: string): string {
	return Object.hasOwn(catalogueFor(locale), key) ? translate(locale, key as MessageKey) : fallback;
}

const GROUP_LABEL_PREFIX: Partial<Record<ReportGrouping, string>> = {
	level: 'reports.level.',
	kind: 'organisation.kind.',
	role: 'grants.officeRole.',
	topic: 'calls.topic.'
};

function groupLabel(locale: Locale, by: ReportGrouping, row: ApplicationRow): string {
	if (row.key === null) return translate(locale, 'reports.none');
	if (row.label) return row.label;
	const prefix = GROUP_LABEL_PREFIX[by];
	return prefix ? maybeTranslate(locale, `${prefix}${row.key}`, row.key) : row.key;
}

const column = (locale: Locale, key: string, kind: ReportColumn['kind']): ReportColumn => ({
	key,
	label: translate(locale, `reports.column.${key}` as MessageKey),
	kind
});

function applicationCells(row: ApplicationRow): ReportCell[] {
	return [
		row.applications,
		row.decided,
		row.successful,
		successRate(row.successful, row.decided),
		row.requested_cents,
		row.granted_cents,
		row.paid_cents,
		row.own_contribution_cents,
		row.with_office_cents
	];
}

/** Applications grouped as the filters say, with the total over all of them. */
export async function applicationsTable(
	supabase: Client,
	filters: ReportFilters,
	locale: Locale
): Promise<ReportTable> {
	const [groups, total] = await Promise.all([
		supabase.rpc('report_applications', { group_by: filters.by, ...filterArgs(filters) }),
		supabase.rpc('report_applications', { group_by: 'total', ...filterArgs(filters) })
	]);
	const totalRow = unwrap(total)[0];
	return {
		id: 'applications',
		title: translate(locale, 'reports.table.applications'),
		columns: [
			column(locale, `group.${filters.by}`, filters.by === 'year' ? 'year' : 'text'),
			column(locale, 'applications', 'count'),
			column(locale, 'decided', 'count'),
			column(locale, 'successful', 'count'),
			column(locale, 'successRate', 'ratio'),
			column(locale, 'requested', 'cents'),
			column(locale, 'granted', 'cents'),
			column(locale, 'paid', 'cents'),
			column(locale, 'ownContribution', 'cents'),
			column(locale, 'withOffice', 'cents')
		],
		rows: unwrap(groups).map((row) => [
			filters.by === 'year' && row.key !== null
				? Number(row.key)
				: groupLabel(locale, filters.by, row),
			...applicationCells(row)
		]),
		// By topic an application counts under each of its topics: the total counts it once.
		total: totalRow ? [translate(locale, 'reports.total'), ...applicationCells(totalRow)] : null
	};
}

export async function pipelineTable(
	supabase: Client,
	filters: ReportFilters,
	locale: Locale
): Promise<ReportTable> {
	const rows = unwrap(await supabase.rpc('report_pipeline', filterArgs(filters)));
	return {
		id: 'pipeline',
		title: translate(locale, 'reports.table.pipeline'),
		columns: [column(locale, 'stage', 'text'), column(locale, 'applications', 'count')],
		rows: rows.map((row) => [
			translate(locale, `reports.stage.${row.stage}` as MessageKey),
			row.applications
		]),
		total: null
	};
}

export async function ownFundsTable(
	supabase: Client,
	filters: ReportFilters,
	locale: Locale
): Promise<ReportTable> {
	const rows = unwrap(
		await supabase.rpc('report_own_funds', { from_year: filters.from, to_year: filters.to })
	);
	const sum = (pick: (row: (typeof rows)[number]) => number) =>
		rows.reduce((total, row) => total + pick(row), 0);
	return {
		id: 'ownFunds',
		title: translate(locale, 'reports.table.ownFunds'),
		columns: [
			column(locale, 'year', 'year'),
			column(locale, 'fund', 'text'),
			column(locale, 'budget', 'cents'),
			column(locale, 'committed', 'cents'),
			column(locale, 'paid', 'cents'),
			column(locale, 'remaining', 'cents'),
			column(locale, 'budgetUse', 'ratio'),
			column(locale, 'grants', 'count')
		],
		rows: rows.map((row) => [
			row.year,
			row.name,
			row.budget_cents,
			row.committed_cents,
			row.paid_cents,
			row.remaining_cents,
			row.budget_cents > 0 ? row.committed_cents / row.budget_cents : null,
			row.grants
		]),
		total: rows.length
			? [
					translate(locale, 'reports.total'),
					null,
					sum((row) => row.budget_cents),
					sum((row) => row.committed_cents),
					sum((row) => row.paid_cents),
					sum((row) => row.remaining_cents),
					sum((row) => row.budget_cents) > 0
						? sum((row) => row.committed_cents) / sum((row) => row.budget_cents)
						: null,
					sum((row) => row.grants)
				]
			: null
	};
}

export type SourceRow = Functions['report_sources']['Returns'][number];

export async function sourceRows(supabase: Client, filters: ReportFilters): Promise<SourceRow[]> {
	return unwrap(
		await supabase.rpc('report_sources', { from_year: filters.from, to_year: filters.to })
	);
}

/** Money and posts per year and funding source. FTE from numeric text to a number here, once. */
export function sourcesTable(rows: SourceRow[], locale: Locale): ReportTable {
	const label = (row: SourceRow) => row.source_label ?? translate(locale, 'reports.none');
	const level = (row: SourceRow) =>
		row.funder_level ? translate(locale, `reports.level.${row.funder_level}` as MessageKey) : null;
	return {
		id: 'sources',
		title: translate(locale, 'reports.table.sources'),
		columns: [
			column(locale, 'year', 'year'),
			column(locale, 'source', 'text'),
			column(locale, 'group.level', 'text'),
			column(locale, 'granted', 'cents'),
			column(locale, 'paid', 'cents'),
			column(locale, 'grants', 'count'),
			column(locale, 'posts', 'count'),
			column(locale, 'fte', 'fte')
		],
		rows: rows.map((row) => [
			row.year,
			label(row),
			level(row),
			row.granted_cents,
			row.paid_cents,
			row.grants,
			row.posts,
			Number(row.fte)
		]),
		total: null
	};
}

export type InquiryFigures = Functions['report_inquiry']['Returns'][number];

export async function inquiryFigures(
	supabase: Client,
	filters: ReportFilters
): Promise<InquiryFigures> {
	const [row] = unwrap(
		await supabase.rpc('report_inquiry', { from_year: filters.from, to_year: filters.to })
	);
	if (!row) throw new ReportError('no inquiry figures');
	return row;
}

export function inquiryTable(figures: InquiryFigures, locale: Locale): ReportTable {
	const line = (key: string, value: number, kind: 'count' | 'cents'): ReportCell[] => [
		translate(locale, `reports.inquiry.${key}` as MessageKey),
		kind === 'count' ? value : null,
		kind === 'cents' ? value : null
	];
	const lines = [
		line('organisationsSupported', figures.organisations_supported, 'count'),
		line('grantsWon', figures.grants_won, 'count'),
		line('granted', figures.granted_cents, 'cents'),
		line('paid', figures.paid_cents, 'cents'),
		line('withOffice', figures.with_office_cents, 'cents'),
		line('counsellingServices', figures.counselling_services, 'count'),
		line('networkOrganisations', figures.network_organisations, 'count')
	];
	return {
		id: 'inquiry',
		title: translate(locale, 'reports.table.inquiry'),
		// Counts and money in columns of their own, so each stays a number cell of one format.
		columns: [
			column(locale, 'figure', 'text'),
			column(locale, 'number', 'count'),
			column(locale, 'amount', 'cents')
		],
		rows: lines,
		total: null
	};
}

/** One table by its id, for the exports. */
export async function reportTable(
	supabase: Client,
	id: ReportTableId,
	filters: ReportFilters,
	locale: Locale
): Promise<ReportTable> {
	switch (id) {
		case 'applications':
			return applicationsTable(supabase, filters, locale);
		case 'pipeline':
			return pipelineTable(supabase, filters, locale);
		case 'ownFunds':
			return ownFundsTable(supabase, filters, locale);
		case 'sources':
			return sourcesTable(await sourceRows(supabase, filters), locale);
		case 'inquiry':
			return inquiryTable(await inquiryFigures(supabase, filters), locale);
	}
}

export type FilterOptions = {
	funders: Array<{ value: string; label: string }>;
	programmes: Array<{ value: string; label: string }>;
	topics: Array<{ value: string; label: string }>;
};

/** The choices of the filter form: funders, programmes and the topics of calls. */
export async function filterOptions(supabase: Client, locale: Locale): Promise<FilterOptions> {
	const [funders, programmes, topics] = await Promise.all([
		supabase.from('funders').select('id, name').order('name'),
		supabase.from('programmes').select('id, name').order('name'),
		supabase.from('taxonomy_terms').select('code').eq('vocabulary', 'topics').order('position')
	]);
	return {
		funders: unwrap(funders).map((row) => ({ value: row.id, label: row.name })),
		programmes: unwrap(programmes).map((row) => ({ value: row.id, label: row.name })),
		topics: unwrap(topics).map((row) => ({
			value: row.code,
			label: maybeTranslate(locale, `calls.topic.${row.code}`, row.code)
		}))
	};
}

/** The filters as [name, value] pairs in the reader's language: for the page and each file. */
export function describeFilters(
	filters: ReportFilters,
	options: FilterOptions,
	locale: Locale
): Array<[string, string]> {
	const name = (key: string) => translate(locale, `reports.filter.${key}` as MessageKey);
	const pick = (list: Array<{ value: string; label: string }>, value: string) =>
		list.find((option) => option.value === value)?.label ?? value;
	const described: Array<[string, string]> = [
		[name('from'), String(filters.from)],
		[name('to'), String(filters.to)],
		[name('by'), translate(locale, `reports.column.group.${filters.by}` as MessageKey)]
	];
	if (filters.funder) described.push([name('funder'), pick(options.funders, filters.funder)]);
	if (filters.level)
		described.push([name('level'), translate(locale, `reports.level.${filters.level}`)]);
	if (filters.programme)
		described.push([name('programme'), pick(options.programmes, filters.programme)]);
	if (filters.topic) described.push([name('topic'), pick(options.topics, filters.topic)]);
	if (filters.kind)
		described.push([name('kind'), translate(locale, `organisation.kind.${filters.kind}`)]);
	if (filters.role)
		described.push([name('role'), translate(locale, `grants.officeRole.${filters.role}`)]);
	return described;
}

export type ReportCharts = {
	money: BarItem[];
	success: LinePoint[];
	funnel: BarItem[];
};

/**
 * What the charts draw, from the same tables the page shows beside them: money granted per year
 * and funder level (the sources table), the success rate per year (the applications by year),
 * and the funnel (the pipeline table).
 */
export function reportCharts(
	sources: SourceRow[],
	byYear: ReportTable,
	pipeline: ReportTable,
	locale: Locale
): ReportCharts {
	const money = new Map<string, BarItem>();
	for (const row of sources) {
		if (row.granted_cents === 0) continue;
		const level = row.funder_level
			? translate(locale, `reports.level.${row.funder_level}` as MessageKey)
			: translate(locale, 'reports.none');
		const label = `${row.year} · ${level}`;
		const item = money.get(label) ?? { label, value: 0, text: '' };
		item.value += row.granted_cents;
		money.set(label, item);
	}
	const rateColumn = byYear.columns.findIndex((c) => c.key === 'successRate');
	return {
		money: [...money.values()].map((item) => ({
			...item,
			text: formatCell(item.value, 'cents', locale)
		})),
		success: byYear.rows.map((row) => {
			const rate = row[rateColumn];
			const value = typeof rate === 'number' ? rate : null;
			return { label: String(row[0]), value, text: formatCell(value, 'ratio', locale) };
		}),
		funnel: pipeline.rows.map(([stage, count]) => ({
			label: String(stage),
			value: Number(count),
			text: formatCell(count ?? null, 'count', locale)
		}))
	};
}
