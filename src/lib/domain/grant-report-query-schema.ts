import { z } from 'zod';
import type { MessageKey } from '$lib/i18n/messages/de';
import {
	FUNDER_LEVELS,
	OFFICE_ROLES,
	ORGANISATION_KINDS,
	REPORT_FILTER_KEYS,
	REPORT_GROUPINGS,
	REPORT_TABLES,
	type ReportFilters,
	type ReportTableId
} from './grant-reports.ts';

/**
 * Reading a report's filters from its URL. A bad value is dropped with a message naming its
 * filter (the rest of a shared link still applies), so a mistyped link shows a report and says
 * what was ignored instead of failing.
 */
const YEAR = z
	.string()
	.regex(/^\d{4}$/, { error: 'reports.error.year' })
	.transform(Number)
	.refine((year) => year >= 2000 && year <= 2100, { error: 'reports.error.year' });
const optional = <T extends z.ZodType>(value: T, error: MessageKey) =>
	z.union([z.literal('').transform(() => undefined), value], { error }).optional();

export const reportQuerySchema = z.object({
	from: optional(YEAR, 'reports.error.year'),
	to: optional(YEAR, 'reports.error.year'),
	by: optional(
		z.enum(REPORT_GROUPINGS, { error: 'reports.error.grouping' }),
		'reports.error.grouping'
	),
	funder: optional(z.uuid({ error: 'reports.error.filter' }), 'reports.error.filter'),
	level: optional(z.enum(FUNDER_LEVELS, { error: 'reports.error.filter' }), 'reports.error.filter'),
	programme: optional(z.uuid({ error: 'reports.error.filter' }), 'reports.error.filter'),
	topic: optional(
		z.string().regex(/^[a-z0-9_]{1,40}$/, { error: 'reports.error.filter' }),
		'reports.error.filter'
	),
	kind: optional(
		z.enum(ORGANISATION_KINDS, { error: 'reports.error.filter' }),
		'reports.error.filter'
	),
	role: optional(z.enum(OFFICE_ROLES, { error: 'reports.error.filter' }), 'reports.error.filter')
});

export type ReportQueryErrors = Partial<Record<(typeof REPORT_FILTER_KEYS)[number], MessageKey>>;

/** At most this many years in one report (a typo such as 2205 stays a message, not a long query). */
export const MAX_REPORT_YEARS = 30;

export function parseReportQuery(
	params: URLSearchParams,
	defaults: { from: number; to: number }
): { filters: ReportFilters; errors: ReportQueryErrors } {
	const input: Record<string, string> = {};
	for (const key of REPORT_FILTER_KEYS) {
		const value = params.get(key);
		if (value !== null) input[key] = value.trim();
	}
	const errors: ReportQueryErrors = {};
	let parsed: z.output<typeof reportQuerySchema> = {};
	for (let attempt = 0; attempt <= REPORT_FILTER_KEYS.length; attempt++) {
		const result = reportQuerySchema.safeParse(input);
		if (result.success) {
			parsed = result.data;
			break;
		}
		for (const issue of result.error.issues) {
			const field = String(issue.path[0]) as keyof ReportQueryErrors;
			errors[field] ??= issue.message as MessageKey;
			delete input[field];
		}
	}
	let from = parsed.from ?? defaults.from;
	let to = parsed.to ?? defaults.to;
	if (from > to || to - from >= MAX_REPORT_YEARS) {
		errors.to ??= from > to ? 'reports.error.order' : 'reports.error.span';
		({ from, to } = defaults);
	}
	const filters: ReportFilters = { by: parsed.by ?? 'year', from, to };
	for (const key of ['funder', 'level', 'programme', 'topic', 'kind', 'role'] as const) {
		if (parsed[key] !== undefined) Object.assign(filters, { [key]: parsed[key] });
	}
	return { filters, errors };
}

const exportSchema = z.object({
	table: z.enum(REPORT_TABLES),
	format: z.enum(['csv', 'xlsx'])
});

/** Which table an export asks for and in which format; null when either is unknown. */
export function parseExportRequest(
	params: URLSearchParams
): { table: ReportTableId; format: 'csv' | 'xlsx' } | null {
	const result = exportSchema.safeParse({
		table: params.get('table'),
		format: params.get('format')
	});
	return result.success ? result.data : null;
}
