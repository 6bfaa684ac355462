import { describe, expect, it } from 'vitest';
import { formatList, lookup } from './catalogue.ts';
import type { Catalogue } from './catalogue.ts';

const catalogue = (text: string) => ({ 'home.count': text }) as Partial<Catalogue>;
const ARABIC =
	'{count, plural, zero {لا شيء} one {واحدة} two {اثنتان} few {# قليلة} many {# كثيرة} other {# أخرى}}';

describe('lookup: plural forms', () => {
	it('chooses each of Arabic’s six forms by Intl.PluralRules', () => {
		const forms = [0, 1, 2, 5, 11, 100].map((count) =>
			lookup(catalogue(ARABIC), 'home.count', { count }, 'ar')
		);
		expect(forms).toEqual(['لا شيء', 'واحدة', 'اثنتان', '5 قليلة', '11 كثيرة', '100 أخرى']);
	});

	it('prefers an exact =n branch, falls back to other, and fills placeholders inside', () => {
		const text =
			'{count, plural, =0 {none near {place}} one {# result} other {# results}} in {km} km';
		const say = (count: number) =>
			lookup(catalogue(text), 'home.count', { count, place: 'Kassel', km: 5 }, 'en');
		expect([say(0), say(1), say(7)]).toEqual([
			'none near Kassel in 5 km',
			'1 result in 5 km',
			'7 results in 5 km'
		]);
		expect(
			lookup(catalogue('{count, plural, other {# Treffer}}'), 'home.count', { count: 1 })
		).toBe('1 Treffer');
	});

	it('leaves a plural without its number as it is', () => {
		const text = '{count, plural, one {#} other {#}}';
		expect(lookup(catalogue(text), 'home.count', { other: 1 })).toBe(text);
	});
});

describe('formatList', () => {
	it('joins in the language’s own way', () => {
		expect(formatList(['Arabisch', 'Türkisch', 'Kurdisch'], 'de')).toBe(
			'Arabisch, Türkisch und Kurdisch'
		);
		expect(formatList(['a', 'b'], 'en')).toBe('a and b');
		expect(formatList(['أ', 'ب', 'ج'], 'ar', 'unit')).toBe('أ، وب، وج');
		expect(formatList(['a', 'b', 'c'], 'uk', 'unit')).not.toContain('،');
	});
});
