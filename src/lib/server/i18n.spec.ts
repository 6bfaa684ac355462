import { describe, expect, it } from 'vitest';
import { lookup } from '$lib/i18n/catalogue';
import { LOCALES } from '$lib/i18n/locales';
import { ar } from '$lib/i18n/messages/ar';
import { de } from '$lib/i18n/messages/de';
import { catalogueFor, translate } from './i18n.ts';

describe('catalogueFor', () => {
	it.each(LOCALES)('%s: every key German has, and no other', (locale) => {
		expect(Object.keys(catalogueFor(locale)).sort()).toEqual(Object.keys(de).sort());
	});

	it('holds the one language asked for', () => {
		expect(catalogueFor('ar')['map.show']).toBe(ar['map.show']);
		expect(catalogueFor('de')['map.show']).toBe(de['map.show']);
	});
});

describe('translate and lookup', () => {
	it('fill named placeholders and leave unknown ones visible', () => {
		expect(translate('de', 'nav.signedInAs', { email: 'a@b.de' })).toBe('Angemeldet als a@b.de');
		expect(lookup(catalogueFor('de'), 'nav.signedInAs')).toBe('Angemeldet als {email}');
		expect(lookup(catalogueFor('de'), 'nav.signedInAs', { other: 1 })).toBe(
			'Angemeldet als {email}'
		);
	});

	it('choose the plural form the language needs', () => {
		expect(translate('de', 'home.count', { count: 1 })).toBe('1 veröffentlichte Organisation');
		expect(translate('de', 'home.count', { count: 3 })).toBe('3 veröffentlichte Organisationen');
		expect(translate('en', 'directory.results.count', { count: 1 })).toBe('1 result');
		expect(translate('en', 'directory.results.count', { count: 0 })).toBe('No results');
		expect(translate('ar', 'directory.results.count', { count: 2 })).toBe('نتيجتان');
		expect(translate('uk', 'directory.results.count', { count: 22 })).toBe(
			'Знайдено 22 результати'
		);
	});

	it('show the key itself when no catalogue came with the page', () => {
		expect(lookup(undefined, 'site.name')).toBe('site.name');
	});
});
