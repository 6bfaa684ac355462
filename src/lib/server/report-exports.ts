/**
 * A report table as a file German Excel opens correctly:
 *   - CSV: UTF-8 with a byte order mark, columns separated by semicolons, numbers with a decimal
 *     comma and no thousands separator (what German Excel reads as a number), money in euros,
 *     rates in percent; the title and the filters on the lines before the header row.
 *   - XLSX (exceljs): the header row first on the sheet "Bericht" (frozen), money, rates, FTE and
 *     years as number cells with German-style formats, and a second sheet "Filter" with the title,
 *     the moment of export (a date cell) and each filter applied.
 * Text cells that a spreadsheet could run as a formula are defused as in the directory's CSV.
 */
import ExcelJS from 'exceljs';
import type { ColumnKind, ReportCell, ReportTable } from '$lib/domain/grant-reports';
import { centsToDecimal } from '$lib/domain/money';
import { CSV_SEPARATOR, csvCell } from './exports/csv.ts';

export type ExportContext = {
	/** Each applied filter as [name, value], in the reader's language. */
	filters: Array<[string, string]>;
	/** Labels for the lines and the sheet that describe the export. */
	labels: { filters: string; exportedAt: string; euro: string; percent: string };
	exportedAt: Date;
};

const BOM = '\uFEFF';
const CRLF = '\r\n';

const decimalComma = (text: string) => text.replace('.', ',');

/** A number cell in German notation: 1234,56 (no grouping, so Excel reads it as a number). */
function csvNumber(value: number, kind: ColumnKind): string {
	switch (kind) {
		case 'cents':
			return decimalComma(centsToDecimal(value));
		case 'ratio':
			return decimalComma((value * 100).toFixed(2));
		case 'fte':
			return decimalComma(value.toFixed(3));
		default:
			return String(value);
	}
}

function csvValue(value: ReportCell, kind: ColumnKind): string {
	if (value === null) return '';
	return typeof value === 'number' ? csvNumber(value, kind) : csvCell(value);
}

function headerLabel(label: string, kind: ColumnKind, context: ExportContext): string {
	if (kind === 'cents') return `${label} (${context.labels.euro})`;
	if (kind === 'ratio') return `${label} (${context.labels.percent})`;
	return label;
}

export function reportCsv(table: ReportTable, context: ExportContext): string {
	const line = (cells: string[]) => cells.join(CSV_SEPARATOR);
	const rows = table.total ? [...table.rows, table.total] : table.rows;
	const lines = [
		csvCell(table.title),
		line([csvCell(context.labels.exportedAt), csvCell(context.exportedAt.toISOString())]),
		...context.filters.map(([name, value]) => line([csvCell(name), csvCell(value)])),
		'',
		line(table.columns.map((c) => csvCell(headerLabel(c.label, c.kind, context)))),
		...rows.map((row) => line(row.map((value, i) => csvValue(value, table.columns[i]!.kind))))
	];
	return BOM + lines.join(CRLF) + CRLF;
}

/** Excel number formats; Excel shows them with the reader's separators (1.234,56 € in German). */
export const XLSX_FORMATS: Record<ColumnKind, string | undefined> = {
	text: undefined,
	count: '#,##0',
	cents: '#,##0.00 "€"',
	ratio: '0.0%',
	fte: '0.000',
	year: '0'
};
export const XLSX_DATE_FORMAT = 'dd.mm.yyyy hh:mm';

function xlsxValue(value: ReportCell, kind: ColumnKind): string | number | null {
	if (value === null || typeof value === 'string') return value;
	// Cents become euros only here, at the file's edge: one division, shown to two decimals.
	return kind === 'cents' ? Number(centsToDecimal(value)) : value;
}

/**
 * Excel dates have no time zone: the cell holds the wall-clock time in Berlin, as the office
 * reads it, so the moment is written as Berlin's date and time.
 */
export function berlinWallClock(moment: Date): Date {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Europe/Berlin',
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		})
			.formatToParts(moment)
			.map((part) => [part.type, Number(part.value)])
	);
	return new Date(
		Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!)
	);
}

export async function reportXlsx(table: ReportTable, context: ExportContext): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.created = context.exportedAt;
	const sheet = workbook.addWorksheet('Bericht', { views: [{ state: 'frozen', ySplit: 1 }] });
	sheet.columns = table.columns.map((c) => ({
		header: c.label,
		key: c.key,
		width: c.kind === 'text' ? 40 : 16,
		style: XLSX_FORMATS[c.kind] ? { numFmt: XLSX_FORMATS[c.kind] } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	const rows = table.total ? [...table.rows, table.total] : table.rows;
	for (const row of rows) {
		sheet.addRow(row.map((value, i) => xlsxValue(value, table.columns[i]!.kind)));
	}
	if (table.total) sheet.lastRow!.font = { bold: true };

	const about = workbook.addWorksheet('Filter');
	about.columns = [{ width: 32 }, { width: 60 }];
	about.addRow([table.title]).font = { bold: true };
	const exported = about.addRow([context.labels.exportedAt, berlinWallClock(context.exportedAt)]);
	exported.getCell(2).numFmt = XLSX_DATE_FORMAT;
	for (const [name, value] of context.filters) about.addRow([name, value]);
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
