import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from './locales.ts';
import { ar } from './messages/ar.ts';
import { de, type MessageKey, type Messages } from './messages/de.ts';
import { en } from './messages/en.ts';
import { tr } from './messages/tr.ts';
import { uk } from './messages/uk.ts';

// Every language the site offers is complete: a text falling back to German mid-page would
// leave a reader who does not read German stranded exactly where it matters.
const catalogues: Record<Locale, Partial<Messages>> = { de, en, tr, ar, uk };
const germanKeys = Object.keys(de) as MessageKey[];

const placeholders = (text: string) =>
	[...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe.each(LOCALES)('translations: %s', (locale) => {
	const catalogue = catalogues[locale];

	it('has every text German has', () => {
		expect(germanKeys.filter((key) => catalogue[key] === undefined)).toEqual([]);
	});

	it('has no text German lacks', () => {
		expect(Object.keys(catalogue).filter((key) => !(key in de))).toEqual([]);
	});

	it('leaves no text empty', () => {
		expect(germanKeys.filter((key) => catalogue[key]?.trim() === '')).toEqual([]);
	});

	it('keeps the German placeholders, no more and no fewer', () => {
		const mismatched = germanKeys.filter((key) => {
			const text = catalogue[key];
			return text !== undefined && placeholders(text).join() !== placeholders(de[key]).join();
		});
		expect(mismatched).toEqual([]);
	});

	it('keeps the product name', () => {
		expect(catalogue['site.name']).toBe('Bündnisatlas Kassel');
	});
});

describe('translations: the placeholder check', () => {
	it('finds each named placeholder once per occurrence', () => {
		expect(placeholders('{count} von {total}, {count}')).toEqual(['count', 'count', 'total']);
		expect(placeholders('no placeholder')).toEqual([]);
	});
});
