import { describe, expect, it } from 'vitest';
import { directoryQuerySchema, parseDirectoryQuery } from './directory-query-schema.ts';
import { EMPTY_QUERY, QUERY_KEYS, directoryQueryParams, hasCriteria } from './directory-query.ts';

const parse = (search: string) => parseDirectoryQuery(new URLSearchParams(search));

describe('parseDirectoryQuery', () => {
	it('reads every filter, repeated parameters as lists', () => {
		const { query, errors } = parse(
			'q=+Beratung+&kind=initiative&kind=counselling_service&ground=racism&counselling=legal' +
				'&area=work&area=housing' +
				'&language=ar&access=phone&anonymous=1&free=on&wheelchair=true&open=1&network=komm-a-kassel' +
				'&near=34127&radius=5&page=2&literal=1'
		);
		expect(errors).toEqual({});
		expect(query).toEqual({
			q: 'Beratung',
			kind: ['initiative', 'counselling_service'],
			ground: ['racism'],
			counselling: ['legal'],
			area: ['work', 'housing'],
			language: ['ar'],
			access: ['phone'],
			anonymous: true,
			free: true,
			wheelchair: true,
			open: true,
			network: 'komm-a-kassel',
			near: '34127',
			lat: undefined,
			lng: undefined,
			radius: 5,
			page: 2,
			literal: true
		});
	});

	it('reads no criteria as the empty query that links and components start from', () => {
		expect(directoryQuerySchema.parse({})).toEqual(EMPTY_QUERY);
		expect(Object.keys(directoryQuerySchema.shape)).toEqual([...QUERY_KEYS]);
	});

	it('starts empty and ignores parameters it does not know (such as lang)', () => {
		expect(parse('lang=ar&utm_source=x')).toEqual({ query: EMPTY_QUERY, errors: {} });
		expect(hasCriteria(EMPTY_QUERY)).toBe(false);
	});

	it('drops a bad value with a message for its field and keeps the rest', () => {
		const { query, errors } = parse('kind=raumschiff&free=1&radius=7&page=0&q=Beratung');
		expect(errors).toEqual({
			kind: 'directory.error.filter',
			radius: 'directory.error.radius',
			page: 'directory.error.page'
		});
		expect(query.kind).toEqual([]);
		expect(query.free).toBe(true);
		expect(query.q).toBe('Beratung');
		expect(query.radius).toBeUndefined();
	});

	it('refuses coordinates out of range or alone, and reads empty ones as not given', () => {
		expect(parse('lat=91&lng=9').errors).toEqual({ lat: 'directory.error.location' });
		expect(parse('lat=51.3').errors).toEqual({ lat: 'directory.error.location' });
		expect(parse('lat=abc&lng=9.4').query.lng).toBeUndefined();
		const empty = parse('lat=&lng=');
		expect(empty.errors).toEqual({});
		expect(empty.query.lat).toBeUndefined();
		const given = parse('lat=51.317&lng=9.497').query;
		expect([given.lat, given.lng]).toEqual([51.317, 9.497]);
	});

	it('refuses control characters and broken unicode in typed text with a message', () => {
		const { query, errors } = parse('q=bera%00tung&near=%1B34127&free=1');
		expect(errors).toEqual({ q: 'input.invalidCharacters', near: 'input.invalidCharacters' });
		expect(query.q).toBeUndefined();
		expect(query.near).toBeUndefined();
		expect(query.free).toBe(true);
		expect(parse('q=%00').errors.q).toBe('input.invalidCharacters');
		// URLSearchParams decodes a lone surrogate's bytes to U+FFFD; other callers may not.
		expect(directoryQuerySchema.safeParse({ q: 'a\ud800' }).error?.issues[0]?.message).toBe(
			'input.invalidCharacters'
		);
	});

	it('limits the lengths of typed text', () => {
		expect(parse(`q=${'a'.repeat(201)}`).errors.q).toBe('directory.error.queryTooLong');
		expect(parse(`near=${'a'.repeat(121)}`).errors.near).toBe('directory.error.nearTooLong');
	});
});

describe('directoryQueryParams', () => {
	it('writes back what it read, without defaults', () => {
		const search =
			'q=Beratung&kind=initiative&kind=network&language=ar&anonymous=1&near=34127&radius=5&page=3';
		const { query } = parse(search);
		expect(directoryQueryParams(query).toString()).toBe(search);
		expect(directoryQueryParams(query, { page: 1 }).has('page')).toBe(false);
		expect(directoryQueryParams(query, { anonymous: false }).has('anonymous')).toBe(false);
	});
});
