import ExcelJS from 'exceljs';
import type { Locale } from '$lib/i18n/locales';
import { translate } from '$lib/server/i18n';
import type { ReadableTable } from './readable.ts';

const BERLIN_PARTS = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Berlin',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/**
 * Excel's date cells have no time zone: a cell shows the stored clock time. The instant is
 * stored as the clock in Kassel showed it, summer or winter time.
 */
export function berlinWallClock(instant: Date): Date {
	const part = Object.fromEntries(
		BERLIN_PARTS.formatToParts(instant).map(({ type, value }) => [type, Number(value)])
	);
	return new Date(Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!));
}

/**
 * The readable table as an Excel workbook: the first sheet has a bold, frozen header row with
 * filters (AutoFilter) over every column, numbers as number cells; the second sheet says which
 * search produced it, when it was downloaded (a date cell), where from and under which licence.
 */
export async function readableXlsx(
	table: ReadableTable,
	about: {
		locale: Locale;
		selection: Array<[string, string]>;
		downloadedAt: Date;
		source: string;
		licence: string;
	}
): Promise<Uint8Array<ArrayBuffer>> {
	const { locale } = about;
	const rtl = locale === 'ar';
	const workbook = new ExcelJS.Workbook();
	workbook.creator = translate(locale, 'site.name');
	workbook.created = about.downloadedAt;

	const sheet = workbook.addWorksheet(translate(locale, 'table.sheet.directory'), {
		views: [{ state: 'frozen', ySplit: 1, rightToLeft: rtl }]
	});
	sheet.columns = table.columns.map((column, index) => ({
		header: column.title,
		key: String(index),
		width: column.width,
		style: column.decimals === undefined ? {} : { numFmt: `0.${'0'.repeat(column.decimals)}` }
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.addRows(table.rows);
	sheet.autoFilter = {
		from: { row: 1, column: 1 },
		to: { row: 1 + table.rows.length, column: table.columns.length }
	};

	const selection = workbook.addWorksheet(translate(locale, 'table.sheet.selection'), {
		views: [{ rightToLeft: rtl }]
	});
	selection.columns = [
		{ header: translate(locale, 'table.selection.setting'), width: 32 },
		{ header: translate(locale, 'table.selection.value'), width: 60 }
	];
	selection.getRow(1).font = { bold: true };
	selection.addRows(about.selection);
	selection.addRow([translate(locale, 'table.selection.count'), table.rows.length]);
	const downloaded = selection.addRow([
		translate(locale, 'table.selection.downloaded'),
		berlinWallClock(about.downloadedAt)
	]);
	downloaded.getCell(2).numFmt = 'dd.mm.yyyy hh:mm';
	selection.addRow([
		translate(locale, 'table.selection.source'),
		{ text: about.source, hyperlink: about.source }
	]);
	selection.addRow([translate(locale, 'table.selection.licence'), about.licence]);

	return new Uint8Array(await workbook.xlsx.writeBuffer());
}
