import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';
import { sampleEntry, sampleLocation } from './sample-entries.ts';

describe('csvCell', () => {
	it('quotes separators, quotes and line breaks as RFC 4180 says', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\t=1+1')).toBe("'\t=1+1");
		expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
		expect(csvCell('=1')).toBe("'=1");
		expect(csvCell("+cmd|' /C calc'!A0")).toBe("'+cmd|' /C calc'!A0");
		expect(csvCell('-2+3+cmd|x!A0')).toBe("'-2+3+cmd|x!A0");
		expect(csvCell('+A1')).toBe("'+A1");
		expect(csvCell('-SUM(1)')).toBe("'-SUM(1)");
		expect(csvCell('+49 561 1;x')).toBe(`"'+49 561 1;x"`);
	});

	it('leaves phone numbers and numbers with a leading sign as they are', () => {
		expect(csvCell('+49 561 000000')).toBe('+49 561 000000');
		expect(csvCell('+49 (0)561 123-45')).toBe('+49 (0)561 123-45');
		expect(csvCell('+1 202/555.0100')).toBe('+1 202/555.0100');
		expect(csvCell('-1')).toBe('-1');
		expect(csvCell('-0.5')).toBe('-0.5');
	});

	it('writes numbers, booleans, lists and nothing as plain values', () => {
		expect(csvCell(-0.5)).toBe('-0.5');
		expect(csvCell(true)).toBe('true');
		expect(csvCell(null)).toBe('');
		expect(csvCell(['de', 'tr'])).toBe('de | tr');
	});
});

describe('toCsv', () => {
	const origin = 'https://atlas.example.org';

	it('starts with a byte order mark and a header row, lines end in CRLF', () => {
		const csv = toCsv([sampleEntry()], { origin });
		expect(csv.startsWith('\uFEFForganisation_id;organisation_slug;')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(3);
	});

	it('writes one row per organisation and location, and one for an online-only one', () => {
		const second = sampleLocation({ id: '00000000-0000-4000-8000-00000000000c', city: 'Baunatal' });
		const csv = toCsv(
			[
				sampleEntry({ locations: [sampleLocation(), second] }),
				sampleEntry({ slug: 'online', locations: [] })
			],
			{ origin }
		);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		const header = lines[0]!.split(';');
		const rows = lines.slice(1).map((line) => line.split(';'));
		expect(rows).toHaveLength(3);
		const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
		expect(column('organisation_slug')).toEqual(['adibe', 'adibe', 'online']);
		expect(column('city')).toEqual(['Kassel', 'Baunatal', '']);
		expect(column('latitude')).toEqual(['51.3155', '51.3155', '']);
		expect(column('languages')).toEqual(['de | tr', 'de | tr', 'de | tr']);
		expect(column('organisation_phone')).toEqual([
			'+49 561 000000',
			'+49 561 000000',
			'+49 561 000000'
		]);
	});
});
