import { describe, expect, it } from 'vitest';
import { isLocale, negotiateLocale } from './locales.ts';

describe('isLocale', () => {
	it('knows the five languages of the site and nothing else', () => {
		expect(['de', 'en', 'tr', 'ar', 'uk'].every(isLocale)).toBe(true);
		expect([undefined, null, '', 'fr', 'AR', 'de-DE', 1].some(isLocale)).toBe(false);
	});
});

describe('negotiateLocale', () => {
	it('takes an explicit choice first, skipping ones the site does not speak', () => {
		expect(negotiateLocale(['fr', 'uk'], 'ar')).toBe('uk');
		expect(negotiateLocale([null, undefined], 'tr')).toBe('tr');
	});

	it('follows Accept-Language by weight and base language, then German', () => {
		expect(negotiateLocale([], 'fr-FR, en-GB;q=0.5, ar;q=0.8')).toBe('ar');
		expect(negotiateLocale([], 'fr, es;q=0.9, en;q=0')).toBe('de');
		expect(negotiateLocale([], null)).toBe('de');
	});
});
