import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';

/**
 * The readable table for people who are not developers: from the open-data page, with the
 * directory's filters, as an Excel workbook (a header row with filters, number cells, the search
 * on a second sheet) and as a CSV for German Excel, in the page's language. A confidential
 * address appears in neither.
 */
test('the open-data page offers the selection as a readable Excel workbook', async ({ page }) => {
	await page.goto('/offene-daten?free=1&kind=counselling_service');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Lesbare Tabelle für Excel (XLSX)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('buendnisatlas-verzeichnis-tabelle.xlsx');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await readFile((await download.path())!)).buffer);

	const sheet = workbook.getWorksheet('Verzeichnis')!;
	const header = sheet.getRow(1).values as unknown[];
	expect(header).toEqual(expect.arrayContaining(['Name', 'Art', 'Kostenlos', 'Breitengrad']));
	expect(sheet.autoFilter).toMatch(/^A1:V\d+$/);
	expect(sheet.rowCount).toBeGreaterThan(2);
	const column = (title: string) => header.indexOf(title);
	const rows = sheet.getRows(2, sheet.rowCount - 1)!;
	expect(new Set(rows.map((row) => row.getCell(column('Art')).value))).toEqual(
		new Set(['Beratungsstelle'])
	);
	expect(new Set(rows.map((row) => row.getCell(column('Kostenlos')).value))).toEqual(
		new Set(['ja'])
	);
	const located = rows.find((row) => row.getCell(column('Breitengrad')).value !== null)!;
	expect(located.getCell(column('Breitengrad')).type).toBe(ExcelJS.ValueType.Number);
	const everything = rows.flatMap((row) => (row.values as unknown[]).map(String)).join('\n');
	expect(everything).not.toContain('Geheimweg');

	const selection = workbook.getWorksheet('Auswahl')!;
	const said = selection.getRows(1, selection.rowCount)!.map((row) => row.values);
	expect(said).toContainEqual([undefined, 'Art der Organisation', 'Beratungsstelle']);
	expect(said).toContainEqual([undefined, 'Kostenlos', 'ja']);
});

test('the readable CSV speaks the page’s language and opens in German Excel', async ({ page }) => {
	await page.goto('/offene-daten?lang=en&free=1');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Readable table as a CSV file' }).click()
	]);
	const text = await readFile((await download.path())!, 'utf8');
	expect(text.startsWith('\uFEFFName;Type;Services;')).toBe(true);
	expect(text).toContain(';yes;');
	expect(text).not.toMatch(/;true;|;false;/);
	expect(text).not.toContain("'+49");
	expect(text).not.toContain('Geheimweg');
});
