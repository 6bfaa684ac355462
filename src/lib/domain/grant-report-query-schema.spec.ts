import { describe, expect, it } from 'vitest';
import { parseExportRequest, parseReportQuery } from './grant-report-query-schema.ts';

const defaults = { from: 2024, to: 2026 };
const parse = (search: string) => parseReportQuery(new URLSearchParams(search), defaults);

describe('parseReportQuery', () => {
	it('reads every filter of a report URL', () => {
		const funder = '0b7f6f3e-2c1a-4c59-9a43-3f0c2b1d9e11';
		expect(
			parse(
				`from=2023&to=2025&by=topic&funder=${funder}&level=land&topic=democracy&kind=initiative&role=advised`
			)
		).toEqual({
			filters: {
				from: 2023,
				to: 2025,
				by: 'topic',
				funder,
				level: 'land',
				topic: 'democracy',
				kind: 'initiative',
				role: 'advised'
			},
			errors: {}
		});
	});

	it('falls back to the last three years by year, with no message, for an empty URL', () => {
		expect(parse('')).toEqual({ filters: { ...defaults, by: 'year' }, errors: {} });
		expect(parse('level=&funder=')).toEqual({ filters: { ...defaults, by: 'year' }, errors: {} });
	});

	it('drops each bad value with a message naming it and keeps the rest', () => {
		expect(
			parse('from=20x6&by=colour&level=moon&programme=42&to=2025&topic=Ä&kind=x&role=y&funder=1')
		).toEqual({
			filters: { from: 2024, to: 2025, by: 'year' },
			errors: {
				from: 'reports.error.year',
				by: 'reports.error.grouping',
				level: 'reports.error.filter',
				programme: 'reports.error.filter',
				topic: 'reports.error.filter',
				kind: 'reports.error.filter',
				role: 'reports.error.filter',
				funder: 'reports.error.filter'
			}
		});
	});

	it('refuses a period that runs backwards or spans too many years', () => {
		expect(parse('from=2026&to=2024')).toEqual({
			filters: { ...defaults, by: 'year' },
			errors: { to: 'reports.error.order' }
		});
		expect(parse('from=2000&to=2100').errors).toEqual({ to: 'reports.error.span' });
		expect(parse('from=1999').errors).toEqual({ from: 'reports.error.year' });
	});
});

describe('parseExportRequest', () => {
	it('knows the tables and the two formats only', () => {
		expect(parseExportRequest(new URLSearchParams('table=sources&format=xlsx'))).toEqual({
			table: 'sources',
			format: 'xlsx'
		});
		expect(parseExportRequest(new URLSearchParams('table=users&format=csv'))).toBeNull();
		expect(parseExportRequest(new URLSearchParams('table=sources&format=pdf'))).toBeNull();
	});
});
