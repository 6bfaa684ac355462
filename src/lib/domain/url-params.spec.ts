import { describe, expect, it } from 'vitest';
import { urlChoice, urlId, urlWords } from './url-params';

const params = (query: string) => new URLSearchParams(query);
const NOTICES = ['added', 'removed'] as const;

describe('urlChoice', () => {
	it('returns a known value', () => {
		expect(urlChoice(params('done=added'), 'done', NOTICES)).toBe('added');
	});

	it('returns null for a missing, unknown or empty value', () => {
		expect(urlChoice(params(''), 'done', NOTICES)).toBeNull();
		expect(urlChoice(params('done=deleted'), 'done', NOTICES)).toBeNull();
		expect(urlChoice(params('done='), 'done', NOTICES)).toBeNull();
	});

	it('never returns a property name of plain objects', () => {
		for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
			expect(urlChoice(params(`done=${name}`), 'done', NOTICES)).toBeNull();
		}
	});
});

describe('urlId', () => {
	it('returns an id in lower case', () => {
		const id = '0B4C3A6E-1D2F-4A5B-8C9D-0E1F2A3B4C5D';
		expect(urlId(params(`moved=${id}`), 'moved')).toBe(id.toLowerCase());
	});

	it('returns null for anything that is not an id', () => {
		expect(urlId(params(''), 'moved')).toBeNull();
		expect(urlId(params('moved=neu'), 'moved')).toBeNull();
		expect(urlId(params("moved=1' or '1'='1"), 'moved')).toBeNull();
	});
});

describe('urlWords', () => {
	it('trims and shortens the words', () => {
		expect(urlWords(params('q=%20%20Verein%20'), 'q')).toBe('Verein');
		expect(urlWords(params(`q=${'a'.repeat(300)}`), 'q')).toHaveLength(200);
		expect(urlWords(params(`q=${'a'.repeat(30)}`), 'q', 10)).toHaveLength(10);
	});

	it('is empty when missing', () => {
		expect(urlWords(params(''), 'q')).toBe('');
	});
});
