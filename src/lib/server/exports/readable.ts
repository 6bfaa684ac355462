import type { DirectoryQuery } from '$lib/domain/directory-query';
import { formatList } from '$lib/i18n/catalogue';
import { intlLanguageName } from '$lib/i18n/language-names';
import type { Locale } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n/messages/de';
import type { DirectoryEntry } from '$lib/server/directory';
import { translate } from '$lib/server/i18n';
import { CSV_SEPARATOR } from './csv.ts';
import { organisationPageUrl } from './links.ts';
import { locationFields, servicesSummary } from './summary.ts';

/**
 * The directory as a table people read (the machine-readable CSV and JSON stay as they are):
 * headers and labels in the reader's language, "ja"/"nein" instead of true/false, lists joined
 * with the language's comma, numbers as numbers. The same table becomes a CSV for German Excel
 * and an XLSX (xlsx.ts) with the search written beside it.
 */
export type ReadableCell = string | number | null;

export type ReadableColumn = {
	header: MessageKey;
	/** A number column: written as a number cell, with this many decimals shown. */
	decimals?: number;
	/** Wider columns for long lists. */
	width: number;
};

export type ReadableTable = {
	columns: Array<ReadableColumn & { title: string }>;
	rows: ReadableCell[][];
};

const COLUMNS: ReadableColumn[] = [
	{ header: 'table.column.name', width: 40 },
	{ header: 'table.column.kind', width: 22 },
	{ header: 'table.column.services', width: 40 },
	{ header: 'table.column.grounds', width: 40 },
	{ header: 'table.column.counselling', width: 36 },
	{ header: 'table.column.languages', width: 30 },
	{ header: 'table.column.access', width: 24 },
	{ header: 'table.column.free', width: 12 },
	{ header: 'table.column.anonymous', width: 14 },
	{ header: 'table.column.place', width: 28 },
	{ header: 'table.column.address', width: 30 },
	{ header: 'table.column.postalCode', width: 10 },
	{ header: 'table.column.city', width: 14 },
	{ header: 'table.column.district', width: 18 },
	{ header: 'table.column.wheelchair', width: 14 },
	{ header: 'table.column.distance', width: 12, decimals: 1 },
	{ header: 'table.column.website', width: 34 },
	{ header: 'table.column.email', width: 34 },
	{ header: 'table.column.phone', width: 24 },
	{ header: 'table.column.profile', width: 50 },
	{ header: 'table.column.latitude', width: 12, decimals: 5 },
	{ header: 'table.column.longitude', width: 12, decimals: 5 }
];

/** A vocabulary code in words: its message where the catalogue has one, else the code. */
function label(locale: Locale, prefix: string, code: string): string {
	const key = `${prefix}.${code}` as MessageKey;
	const text = translate(locale, key);
	return text === key ? code : text;
}

function list(locale: Locale, items: string[]): string | null {
	return items.length === 0 ? null : formatList(items, locale, 'unit');
}

function yesNo(locale: Locale, value: boolean | null): string {
	if (value === null) return translate(locale, 'table.unknown');
	return translate(locale, value ? 'table.yes' : 'table.no');
}

/** One row per organisation and public place, as the machine-readable CSV has them. */
export function readableTable(
	entries: DirectoryEntry[],
	{ origin, locale }: { origin: string; locale: Locale }
): ReadableTable {
	const collator = new Intl.Collator(locale);
	const rows: ReadableCell[][] = [];
	for (const entry of entries) {
		const services = servicesSummary(entry.services);
		const languages = services.languages
			.map((code) => intlLanguageName(code, locale))
			.sort(collator.compare);
		const locations = entry.locations.length > 0 ? entry.locations : [null];
		for (const location of locations) {
			const place = locationFields(location);
			rows.push([
				entry.name,
				label(locale, 'organisation.kind', entry.kind),
				list(locale, services.services),
				list(
					locale,
					services.discrimination_grounds.map((c) => label(locale, 'organisation.ground', c))
				),
				list(
					locale,
					services.counselling_types.map((c) => label(locale, 'organisation.counselling', c))
				),
				list(locale, languages),
				list(
					locale,
					services.access_modes.map((c) => label(locale, 'organisation.access', c))
				),
				yesNo(locale, services.free_of_charge),
				yesNo(locale, services.anonymous_possible),
				place.location_name,
				[place.address_1, place.address_2].filter(Boolean).join(', ') || null,
				place.postal_code,
				place.city,
				place.district,
				location ? yesNo(locale, place.wheelchair_accessible) : null,
				entry.distance_m === null ? null : Math.round(entry.distance_m / 100) / 10,
				entry.website,
				entry.email,
				entry.phone,
				organisationPageUrl(origin, entry.slug),
				location?.latitude ?? null,
				location?.longitude ?? null
			]);
		}
	}
	const columns = COLUMNS.map((column) => ({ ...column, title: translate(locale, column.header) }));
	return { columns, rows };
}

/** The search behind a download, in words: what a reader needs to know what the table holds. */
export function describeQuery(query: DirectoryQuery, locale: Locale): Array<[string, string]> {
	const words = (items: string[]) => list(locale, items) ?? '';
	const lines: Array<[MessageKey, string]> = [];
	if (query.q) lines.push(['openData.filters.q', query.q]);
	if (query.kind.length)
		lines.push([
			'openData.filters.kind',
			words(query.kind.map((c) => label(locale, 'organisation.kind', c)))
		]);
	if (query.ground.length)
		lines.push([
			'openData.filters.ground',
			words(query.ground.map((c) => label(locale, 'organisation.ground', c)))
		]);
	if (query.counselling.length)
		lines.push([
			'openData.filters.counselling',
			words(query.counselling.map((c) => label(locale, 'organisation.counselling', c)))
		]);
	if (query.language.length)
		lines.push([
			'openData.filters.language',
			words(query.language.map((c) => intlLanguageName(c, locale)))
		]);
	if (query.access.length)
		lines.push([
			'directory.access.legend',
			words(query.access.map((c) => label(locale, 'organisation.access', c)))
		]);
	if (query.network) lines.push(['openData.filters.network', query.network]);
	if (query.near) lines.push(['directory.near.label', query.near]);
	if (query.radius !== undefined && (query.near || query.lat !== undefined))
		lines.push([
			'directory.radius.label',
			translate(locale, 'directory.radius.option', { km: query.radius })
		]);
	const yes = translate(locale, 'table.yes');
	if (query.free) lines.push(['directory.free.label', yes]);
	if (query.anonymous) lines.push(['directory.anonymous.label', yes]);
	if (query.wheelchair) lines.push(['directory.wheelchair.label', yes]);
	if (query.open) lines.push(['directory.open.label', yes]);
	if (lines.length === 0)
		return [
			[translate(locale, 'table.selection.setting'), translate(locale, 'table.selection.all')]
		];
	return lines.map(([key, value]) => [translate(locale, key), value]);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
// Latin digits whatever the language: a spreadsheet reads "٥١٫٣" as text.
function numberFormat(locale: Locale): Intl.NumberFormat {
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			useGrouping: false,
			maximumFractionDigits: 6,
			numberingSystem: 'latn'
		});
		numberFormats.set(locale, format);
	}
	return format;
}

// Digits, spaces and phone punctuation after a sign: a number to a person, a formula to Excel.
const PHONE_LIKE = /^\+[0-9]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell for German Excel: numbers with the reader's decimal comma, text that could run as a
 * formula defused. A phone number gets an invisible left-to-right mark in front (it also keeps
 * the number's direction in right-to-left text); anything else that looks like a formula gets
 * the apostrophe spreadsheets agree on.
 */
function readableCsvCell(value: ReadableCell, locale: Locale): string {
	if (value === null) return '';
	if (typeof value === 'number') return numberFormat(locale).format(value);
	let text = value;
	if (PHONE_LIKE.test(text)) text = `\u200e${text}`;
	else if (FORMULA_START.test(text)) text = `'${text}`;
	return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as CSV: semicolons, CRLF and a byte order mark, as German Excel opens it by double-click. */
export function readableCsv(table: ReadableTable, locale: Locale): string {
	const lines = [
		table.columns.map((column) => readableCsvCell(column.title, locale)).join(CSV_SEPARATOR),
		...table.rows.map((row) => row.map((cell) => readableCsvCell(cell, locale)).join(CSV_SEPARATOR))
	];
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
