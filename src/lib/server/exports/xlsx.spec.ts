import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readableTable } from './readable.ts';
import { sampleEntry, sampleLocation } from './sample-entries.ts';
import { berlinWallClock, readableXlsx } from './xlsx.ts';

async function workbookOf(locale: 'de' | 'ar') {
	const entries = [
		sampleEntry(),
		sampleEntry({ name: 'Zweite', locations: [sampleLocation(), sampleLocation({ id: 'b' })] })
	];
	const bytes = await readableXlsx(
		readableTable(entries, { origin: 'https://x.example', locale }),
		{
			locale,
			selection: [['Suchbegriff', 'Arbeit']],
			downloadedAt: new Date('2026-07-01T08:30:00Z'),
			source: 'https://x.example/verzeichnis?q=Arbeit',
			licence: 'Datenlizenz Deutschland'
		}
	);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer);
	return workbook;
}

describe('readableXlsx', () => {
	it('writes a frozen, bold header row with filters over every column and row', async () => {
		const sheet = (await workbookOf('de')).getWorksheet('Verzeichnis')!;
		expect(sheet.getRow(1).getCell(1).value).toBe('Name');
		expect(sheet.getRow(1).font?.bold).toBe(true);
		expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(sheet.autoFilter).toMatch(/^A1:V4$/);
		expect(sheet.rowCount).toBe(4);
	});

	it('stores numbers as number cells with decimals shown', async () => {
		const sheet = (await workbookOf('de')).getWorksheet('Verzeichnis')!;
		const header = sheet.getRow(1).values as unknown[];
		const latitude = sheet.getRow(2).getCell(header.indexOf('Breitengrad'));
		expect(latitude.type).toBe(ExcelJS.ValueType.Number);
		expect(latitude.value).toBe(51.3155);
		expect(latitude.numFmt).toBe('0.00000');
		expect(sheet.getRow(2).getCell(header.indexOf('Kostenlos')).value).toBe('ja');
	});

	it('writes the search, the row count, a real date and the source on a second sheet', async () => {
		const sheet = (await workbookOf('de')).getWorksheet('Auswahl')!;
		expect(sheet.getRow(2).values).toEqual([undefined, 'Suchbegriff', 'Arbeit']);
		expect(sheet.getRow(3).getCell(2).value).toBe(3);
		const date = sheet.getRow(4).getCell(2);
		expect(date.type).toBe(ExcelJS.ValueType.Date);
		// 08:30 UTC on 1 July is 10:30 in Kassel (summer time), as the cell shows it.
		expect((date.value as Date).toISOString()).toBe('2026-07-01T10:30:00.000Z');
		expect(sheet.getRow(5).getCell(2).value).toMatchObject({
			hyperlink: 'https://x.example/verzeichnis?q=Arbeit'
		});
	});

	it('lays sheets out right to left in Arabic', async () => {
		const workbook = await workbookOf('ar');
		expect(workbook.worksheets.map((sheet) => sheet.views[0]?.rightToLeft)).toEqual([true, true]);
	});
});

describe('berlinWallClock', () => {
	it('keeps Kassel’s clock in winter and summer time', () => {
		expect(berlinWallClock(new Date('2026-01-15T23:30:00Z')).toISOString()).toBe(
			'2026-01-16T00:30:00.000Z'
		);
		expect(berlinWallClock(new Date('2026-03-29T01:30:00Z')).toISOString()).toBe(
			'2026-03-29T03:30:00.000Z'
		);
	});
});
