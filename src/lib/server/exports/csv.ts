import type { DirectoryEntry } from '$lib/server/directory';
import { organisationPageUrl } from './links.ts';
import { locationFields, organisationFields, servicesSummary } from './summary.ts';

/**
 * German Excel opens a CSV by double-click only if the columns are separated by semicolons (the
 * comma is the decimal separator there) and reads UTF-8 only with a byte order mark.
 * Numbers keep the decimal point, so that every other program reads them as numbers.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const LIST_SEPARATOR = ' | ';

type Cell = string | number | boolean | null | string[];

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
const FORMULA_START = /^[=@\t\r]/;
// A leading sign starts a formula too, but one made of digits, spaces and ( ) . / - alone can name
// no function and no cell: a phone number (+49 561 …) or a number (-0.5) stays as it is.
const SIGNED_START = /^[+-]/;
const NUMBER_LIKE = /^[+-][0-9 ()./-]*$/;

/** Whether a spreadsheet could run `text` as a formula (a function call, a link, a cell). */
function couldRun(text: string): boolean {
	return FORMULA_START.test(text) || (SIGNED_START.test(text) && !NUMBER_LIKE.test(text));
}

/** One cell as RFC 4180 text: quoted when needed, text that could run as a formula defused. */
export function csvCell(value: Cell): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	let text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
	if (couldRun(text)) text = `'${text}`;
	return /[";\r\n,]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const COLUMNS = [
	'organisation_id',
	'organisation_slug',
	'organisation_name',
	'organisation_short_name',
	'organisation_kind',
	'organisation_website',
	'organisation_email',
	'organisation_phone',
	'profile_url',
	'location_id',
	'location_visibility',
	'location_name',
	'address_1',
	'address_2',
	'postal_code',
	'city',
	'district',
	'latitude',
	'longitude',
	'wheelchair_accessible',
	'accessible_toilet',
	'hearing_loop',
	'transportation',
	'services',
	'discrimination_grounds',
	'counselling_types',
	'life_areas',
	'languages',
	'access_modes',
	'free_of_charge',
	'anonymous_possible'
] as const;

type Row = Record<(typeof COLUMNS)[number], Cell>;

/**
 * The directory as CSV: one row per organisation and public location (an organisation without
 * one, online or by phone only, gets one row with empty place columns). Lists (services,
 * languages, …) are joined with " | ". CRLF line ends and a byte order mark, as Excel expects.
 */
export function toCsv(entries: DirectoryEntry[], options: { origin: string }): string {
	const rows: Row[] = [];
	for (const entry of entries) {
		const organisation = organisationFields(entry, organisationPageUrl(options.origin, entry.slug));
		const services = servicesSummary(entry.services);
		const locations = entry.locations.length > 0 ? entry.locations : [null];
		for (const location of locations) {
			rows.push({
				...organisation,
				...locationFields(location),
				latitude: location?.latitude ?? null,
				longitude: location?.longitude ?? null,
				...services
			});
		}
	}
	const lines = [
		COLUMNS.join(CSV_SEPARATOR),
		...rows.map((row) => COLUMNS.map((column) => csvCell(row[column])).join(CSV_SEPARATOR))
	];
	return BOM + lines.join('\r\n') + '\r\n';
}
