import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from './locales.ts';
import { ar } from './messages/ar.ts';
import { de, type Messages } from './messages/de.ts';
import { en } from './messages/en.ts';
import { tr } from './messages/tr.ts';
import { uk } from './messages/uk.ts';

// Every language the site offers is complete: a text falling back to German mid-page would
// leave a reader who does not read German stranded exactly where it matters. Each language is
// compared with German; German itself with English, the other complete catalogue, so that the
// checks can fail for German too (a key only English has, a placeholder German dropped).
const catalogues: Record<Locale, Partial<Messages>> = { de, en, tr, ar, uk };
const reference = (locale: Locale): Record<string, string> => (locale === 'de' ? en : de);

/** The names of a text's placeholders, `{name}` and `{name, plural, …}`, each once. */
const placeholders = (text: string) =>
	[...new Set([...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((match) => match[1]))].sort();

describe.each(LOCALES)('translations: %s', (locale) => {
	const catalogue: Record<string, string | undefined> = catalogues[locale];
	const compared = reference(locale);
	const keys = Object.keys(compared);

	it('has every text the reference has', () => {
		expect(keys.filter((key) => catalogue[key] === undefined)).toEqual([]);
	});

	it('has no text the reference lacks', () => {
		expect(Object.keys(catalogue).filter((key) => !(key in compared))).toEqual([]);
	});

	it('leaves no text empty', () => {
		expect(Object.keys(catalogue).filter((key) => catalogue[key]?.trim() === '')).toEqual([]);
	});

	it('keeps the reference’s placeholders, no more and no fewer', () => {
		const mismatched = keys.filter((key) => {
			const text = catalogue[key];
			return (
				text !== undefined && placeholders(text).join() !== placeholders(compared[key]!).join()
			);
		});
		expect(mismatched).toEqual([]);
	});

	it('writes every plural with an `other` form', () => {
		const plurals = Object.entries(catalogue).filter(([, text]) => text?.includes(', plural,'));
		expect(plurals.filter(([, text]) => !/\bother\s*\{/.test(text!))).toEqual([]);
	});

	it('keeps the product name', () => {
		expect(catalogue['site.name']).toBe('Bündnisatlas Kassel');
	});
});

describe('translations: the placeholder check', () => {
	it('finds each named placeholder, plain or plural', () => {
		expect(placeholders('{count} von {total}, {count}')).toEqual(['count', 'total']);
		expect(placeholders('{n, plural, one {# in {place}} other {#}}')).toEqual(['n', 'place']);
		expect(placeholders('no placeholder')).toEqual([]);
	});

	it('compares German with English, not with itself', () => {
		expect(reference('de')).toBe(en);
		expect(reference('ar')).toBe(de);
	});
});
