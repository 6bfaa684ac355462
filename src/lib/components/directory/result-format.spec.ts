import { describe, expect, it } from 'vitest';
import type { PublicLocation } from '$lib/domain/directory';
import { formatDistance, placeLine } from './result-format.ts';

const place = (fields: Partial<PublicLocation>): PublicLocation => ({
	id: 'x',
	visibility: 'exact',
	name: null,
	address_1: null,
	address_2: null,
	postal_code: null,
	city: null,
	district: null,
	latitude: null,
	longitude: null,
	wheelchair_accessible: null,
	accessible_toilet: null,
	hearing_loop: null,
	transportation: null,
	distance_m: null,
	open_now: false,
	...fields
});

describe('formatDistance', () => {
	it('rounds short distances to 50 m and longer ones to tenths of a kilometre', () => {
		const nbsp = /\s/g;
		expect(formatDistance('de', 12).replace(nbsp, ' ')).toBe('50 m');
		expect(formatDistance('de', 874).replace(nbsp, ' ')).toBe('850 m');
		expect(formatDistance('de', 2449).replace(nbsp, ' ')).toBe('2,4 km');
		expect(formatDistance('en', 2449).replace(nbsp, ' ')).toBe('2.4 km');
		expect(formatDistance('de', 23_600).replace(nbsp, ' ')).toBe('24 km');
	});

	it('writes in the interface language', () => {
		expect(formatDistance('ar', 2449)).not.toBe(formatDistance('de', 2449));
	});
});

describe('placeLine', () => {
	it('shows what a place’s visibility leaves: the full address of an exact one', () => {
		const line = placeLine(
			place({ name: 'Büro', address_1: 'Königsplatz 1', postal_code: '34117', city: 'Kassel' })
		);
		expect(line).toBe('Büro, Königsplatz 1, 34117 Kassel');
	});

	it('a district and town when the street is withheld', () => {
		const line = placeLine(
			place({
				visibility: 'approximate',
				district: 'Südstadt',
				postal_code: '34121',
				city: 'Kassel'
			})
		);
		expect(line).toBe('Südstadt, 34121 Kassel');
	});

	it('only the town for a place on request', () => {
		expect(placeLine(place({ visibility: 'on_request', city: 'Kassel' }))).toBe('Kassel');
	});
});
