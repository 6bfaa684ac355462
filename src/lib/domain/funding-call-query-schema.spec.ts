import { describe, expect, it } from 'vitest';
import { parseFundingCallQuery } from './funding-call-query-schema.ts';
import { fundingCallQueryString } from './funding-calls.ts';

const parse = (query: string) => parseFundingCallQuery(new URLSearchParams(query));

describe('the filters of the public list of funding calls', () => {
	it('reads topic, applicant type, amount in euros and a last date', () => {
		expect(
			parse('topic=democracy&applicant=migrant_organisation&amount=5000&before=2027-01-31')
		).toEqual({
			query: {
				topic: 'democracy',
				applicant: 'migrant_organisation',
				amount: 5000,
				before: '2027-01-31'
			},
			errors: {}
		});
	});

	it('treats empty fields as "any"', () => {
		expect(parse('topic=&applicant=&amount=&before=')).toEqual({ query: {}, errors: {} });
	});

	it('drops an invalid field with a message for it and keeps the others', () => {
		expect(parse('topic=democracy&applicant=king&amount=12,50&before=2027-02-30')).toEqual({
			query: { topic: 'democracy' },
			errors: {
				applicant: 'calls.error.filter',
				amount: 'calls.error.amount',
				before: 'calls.error.date'
			}
		});
	});

	it('writes the same filters back as a link', () => {
		const query = { topic: 'culture', amount: 300, before: '2026-12-31' };
		expect(fundingCallQueryString(query)).toBe('?topic=culture&amount=300&before=2026-12-31');
		expect(parse(fundingCallQueryString(query).slice(1)).query).toEqual(query);
		expect(fundingCallQueryString({})).toBe('');
	});
});
