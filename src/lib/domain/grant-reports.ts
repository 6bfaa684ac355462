/**
 * The office's reports as the pages, charts and exports show them: the filters a report URL
 * carries, and a report table: columns with a kind (how a cell is formatted and exported) and
 * rows of plain values. Money stays integer cents until it is shown or written to a file.
 */
import type { Database } from '$lib/database.types';
import { centsToDecimal } from './money.ts';

type Enums = Database['public']['Enums'];
export type FunderLevel = Enums['funder_level'];
export type OfficeRole = Enums['office_role'];
export type OrganisationKind = Enums['organisation_kind'];

export const REPORT_GROUPINGS = [
	'year',
	'funder',
	'level',
	'programme',
	'topic',
	'kind',
	'role'
] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

export const FUNDER_LEVELS = [
	'eu',
	'bund',
	'land',
	'kommune',
	'foundation',
	'lottery'
] as const satisfies readonly FunderLevel[];
export const OFFICE_ROLES = [
	'advised',
	'co_wrote',
	'partner',
	'none'
] as const satisfies readonly OfficeRole[];
export const ORGANISATION_KINDS = [
	'migrant_organisation',
	'counselling_service',
	'initiative',
	'public_body',
	'network'
] as const satisfies readonly OrganisationKind[];

/** The tables a report page offers (each exportable). */
export const REPORT_TABLES = [
	'applications',
	'sources',
	'ownFunds',
	'pipeline',
	'inquiry'
] as const;
export type ReportTableId = (typeof REPORT_TABLES)[number];

export type ReportFilters = {
	from: number;
	to: number;
	by: ReportGrouping;
	funder?: string;
	level?: FunderLevel;
	programme?: string;
	topic?: string;
	kind?: OrganisationKind;
	role?: OfficeRole;
};

/** The filter keys in the order a URL and an exported file list them. */
export const REPORT_FILTER_KEYS = [
	'from',
	'to',
	'by',
	'funder',
	'level',
	'programme',
	'topic',
	'kind',
	'role'
] as const satisfies readonly (keyof ReportFilters)[];

/** Reports cover the last three years unless the URL says otherwise. */
export function defaultYears(today: Date): { from: number; to: number } {
	const year = Number(
		new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(today)
	);
	return { from: year - 2, to: year };
}

/** The search part of a report URL for these filters (defaults left out when asked). */
export function reportSearch(filters: ReportFilters, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams();
	for (const key of REPORT_FILTER_KEYS) {
		const value = filters[key];
		if (value !== undefined) params.set(key, String(value));
	}
	for (const [key, value] of Object.entries(extra)) params.set(key, value);
	return `?${params}`;
}

/**
 * How a column's cells are shown and exported: text; a whole count; cents (shown as euros, a
 * number cell with a euro format in files); a ratio 0–1 (a percentage); full-time equivalents
 * (three decimals); a year (a whole number shown without grouping).
 */
export type ColumnKind = 'text' | 'count' | 'cents' | 'ratio' | 'fte' | 'year';
export type ReportColumn = { key: string; label: string; kind: ColumnKind };
export type ReportCell = string | number | null;

export type ReportTable = {
	id: ReportTableId;
	title: string;
	columns: ReportColumn[];
	rows: ReportCell[][];
	/** The sum row, where adding up makes sense. */
	total: ReportCell[] | null;
};

/** Successful over decided; null when nothing was decided (no rate, not 0 %). */
export function successRate(successful: number, decided: number): number | null {
	return decided > 0 ? successful / decided : null;
}

/** A cell as the reader sees it, in their language (money in euros, rates in percent). */
export function formatCell(value: ReportCell, kind: ColumnKind, locale: string): string {
	if (value === null) return '–';
	if (typeof value === 'string') return value;
	switch (kind) {
		case 'cents':
			return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(
				centsToDecimal(value) as Intl.StringNumericLiteral
			);
		case 'ratio':
			return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
				value
			);
		case 'fte':
			return new Intl.NumberFormat(locale, {
				minimumFractionDigits: 2,
				maximumFractionDigits: 3
			}).format(value);
		case 'year':
			return String(value);
		default:
			return new Intl.NumberFormat(locale).format(value);
	}
}
