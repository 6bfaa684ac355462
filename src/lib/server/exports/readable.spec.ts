import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY } from '$lib/domain/directory-query';
import { describeQuery, readableCsv, readableTable } from './readable.ts';
import { sampleEntry, sampleLocation, sampleService } from './sample-entries.ts';

const origin = 'https://buendnisatlas.example.org';

describe('readableTable', () => {
	it('writes headers, labels and yes/no in the reader’s language, numbers as numbers', () => {
		const table = readableTable([sampleEntry({ distance_m: 1234 })], { origin, locale: 'de' });
		expect(table.columns.map((column) => column.title).slice(0, 9)).toEqual([
			'Name',
			'Art',
			'Angebote',
			'Diskriminierungsmerkmale',
			'Art der Beratung',
			'Sprachen',
			'Erreichbar',
			'Kostenlos',
			'Anonym möglich'
		]);
		const [row] = table.rows;
		const cell = (title: string) =>
			row![table.columns.findIndex((column) => column.title === title)];
		expect(cell('Art')).toBe('Beratungsstelle');
		expect(cell('Diskriminierungsmerkmale')).toBe('Rassismus / ethnische Herkunft');
		expect(cell('Sprachen')).toBe('Deutsch, Türkisch');
		expect(cell('Erreichbar')).toBe('Vor Ort, Telefon');
		expect(cell('Kostenlos')).toBe('ja');
		expect(cell('Rollstuhlgerecht')).toBe('ja');
		expect(cell('Entfernung (km)')).toBe(1.2);
		expect(cell('Breitengrad')).toBe(51.3155);
		expect(cell('Seite im Bündnisatlas')).toBe(`${origin}/organisationen/adibe`);
	});

	it('speaks the reader’s language, and says when a place did not state something', () => {
		const table = readableTable(
			[
				sampleEntry({
					services: [sampleService({ free_of_charge: false })],
					locations: [sampleLocation({ wheelchair_accessible: null })]
				})
			],
			{ origin, locale: 'en' }
		);
		const [row] = table.rows;
		const cell = (title: string) =>
			row![table.columns.findIndex((column) => column.title === title)];
		expect(cell('Type')).toBe('Counselling service');
		expect(cell('Free of charge')).toBe('no');
		expect(cell('Wheelchair accessible')).toBe('not stated');
		expect(cell('Languages')).toBe('German, Turkish');
	});

	it('gives an organisation without a public place one row with empty place columns', () => {
		const table = readableTable([sampleEntry({ locations: [], distance_m: null })], {
			origin,
			locale: 'de'
		});
		expect(table.rows).toHaveLength(1);
		const at = (title: string) => table.columns.findIndex((column) => column.title === title);
		expect(table.rows[0]![at('Ort')]).toBeNull();
		expect(table.rows[0]![at('Rollstuhlgerecht')]).toBeNull();
		expect(table.rows[0]![at('Entfernung (km)')]).toBeNull();
	});
});

describe('readableCsv', () => {
	it('opens in German Excel: BOM, semicolons, decimal commas, CRLF', () => {
		const csv = readableCsv(readableTable([sampleEntry()], { origin, locale: 'de' }), 'de');
		expect(csv.startsWith('\uFEFFName;Art;Angebote;')).toBe(true);
		expect(csv).toContain(';51,3155;9,4905\r\n');
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('writes Latin digits in Arabic, so a spreadsheet still reads numbers', () => {
		const csv = readableCsv(readableTable([sampleEntry()], { origin, locale: 'ar' }), 'ar');
		expect(csv).toMatch(/;51[.,٫]3155;9[.,٫]4905\r\n/);
		expect(csv).not.toMatch(/[٠-٩]/);
	});

	it('shows a phone number without an apostrophe, yet no cell runs as a formula', () => {
		const entry = sampleEntry({
			phone: '+49 561 0001234 (Beispielnummer)',
			name: '=HYPERLINK("http://evil")'
		});
		const csv = readableCsv(readableTable([entry], { origin, locale: 'de' }), 'de');
		expect(csv).toContain(';\u200e+49 561 0001234 (Beispielnummer);');
		expect(csv).not.toContain("'+49");
		expect(csv).toContain(`\r\n"'=HYPERLINK(""http://evil"")";`);
	});
});

describe('describeQuery', () => {
	it('writes the search in words', () => {
		expect(
			describeQuery(
				{
					...EMPTY_QUERY,
					q: 'Arbeit',
					kind: ['counselling_service'],
					language: ['ar'],
					free: true
				},
				'de'
			)
		).toEqual([
			['Suchbegriff', 'Arbeit'],
			['Art der Organisation', 'Beratungsstelle'],
			['Sprache der Beratung', 'Arabisch'],
			['Kostenlos', 'ja']
		]);
	});

	it('says so when there is no search', () => {
		expect(describeQuery(EMPTY_QUERY, 'en')).toEqual([['Selection', 'All published entries']]);
	});
});
