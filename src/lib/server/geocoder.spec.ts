import { describe, expect, it } from 'vitest';
import {
	KASSEL_VIEWBOX,
	createRequestSpacing,
	geocoderConfig,
	normaliseQuery,
	placeFromSearchResponse,
	searchUrl
} from './geocoder.ts';

describe('normaliseQuery', () => {
	it('treats spacing and case as the same question', () => {
		expect(normaliseQuery('  34117   Kassel ')).toBe('34117 kassel');
		expect(normaliseQuery('Königsplatz\t1')).toBe('königsplatz 1');
		expect(normaliseQuery('KÖNIGSPLATZ 1')).toBe(normaliseQuery('königsplatz 1'));
	});
});

describe('geocoderConfig', () => {
	it('uses the public Nominatim, one request a second, biased to Kassel, by default', () => {
		const config = geocoderConfig({});
		expect(config.url).toBe('https://nominatim.openstreetmap.org');
		expect(config.minIntervalMs).toBe(1_000);
		expect(config.viewbox).toBe(KASSEL_VIEWBOX);
		expect(config.bounded).toBe(false);
		expect(config.countryCodes).toBe('de');
		expect(config.userAgent).toBe('Buendnisatlas/0.1');
	});

	it('names the site in the User-Agent, as the usage policy asks', () => {
		expect(geocoderConfig({ ORIGIN: 'https://atlas.example.org' }).userAgent).toBe(
			'Buendnisatlas/0.1 (+https://atlas.example.org)'
		);
		expect(geocoderConfig({ GEOCODER_USER_AGENT: 'Atlas (team@example.org)' }).userAgent).toBe(
			'Atlas (team@example.org)'
		);
	});

	it('does not space out requests to an own instance unless told to', () => {
		const own = geocoderConfig({ GEOCODER_URL: 'http://127.0.0.1:8080/' });
		expect(own.url).toBe('http://127.0.0.1:8080');
		expect(own.minIntervalMs).toBe(0);
		expect(
			geocoderConfig({ GEOCODER_URL: 'http://127.0.0.1:8080', GEOCODER_MIN_INTERVAL_MS: '250' })
				.minIntervalMs
		).toBe(250);
	});

	it('takes another area, a strict bound, or none', () => {
		const strict = geocoderConfig({ GEOCODER_VIEWBOX: '8.5,50.2,8.8,50.0', GEOCODER_BOUNDED: '1' });
		expect(strict.viewbox).toBe('8.5,50.2,8.8,50.0');
		expect(strict.bounded).toBe(true);
		expect(geocoderConfig({ GEOCODER_VIEWBOX: '' }).viewbox).toBeUndefined();
	});

	it('refuses a configuration that would silently do the wrong thing', () => {
		expect(() => geocoderConfig({ GEOCODER_URL: 'nominatim' })).toThrow(/GEOCODER_URL/);
		expect(() => geocoderConfig({ GEOCODER_VIEWBOX: 'Kassel' })).toThrow(/GEOCODER_VIEWBOX/);
		expect(() => geocoderConfig({ GEOCODER_BOUNDED: 'yes' })).toThrow();
	});
});

describe('searchUrl', () => {
	it('asks /search for one jsonv2 place in Germany, near Kassel, in the visitor’s language', () => {
		const url = searchUrl(geocoderConfig({ GEOCODER_URL: 'http://geo.test/base' }), '34117', 'tr');
		expect(url.origin + url.pathname).toBe('http://geo.test/base/search');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			q: '34117',
			format: 'jsonv2',
			limit: '1',
			addressdetails: '0',
			countrycodes: 'de',
			viewbox: KASSEL_VIEWBOX,
			bounded: '0',
			'accept-language': 'tr'
		});
	});

	it('leaves out the area when none is configured', () => {
		const url = searchUrl(geocoderConfig({ GEOCODER_VIEWBOX: '' }), 'kassel', 'de');
		expect(url.searchParams.has('viewbox')).toBe(false);
		expect(url.searchParams.has('bounded')).toBe(false);
	});
});

describe('placeFromSearchResponse', () => {
	it('reads the first place, turning Nominatim’s string coordinates into numbers', () => {
		const body = [
			{
				place_id: 1234,
				licence: 'Data © OpenStreetMap contributors, ODbL 1.0. https://osm.org/copyright',
				osm_type: 'relation',
				osm_id: 5678,
				lat: '51.3155',
				lon: '9.4960',
				category: 'boundary',
				type: 'postal_code',
				place_rank: 21,
				importance: 0.12,
				addresstype: 'postcode',
				name: '34117',
				display_name: '34117, Mitte, Kassel, Hessen, Deutschland',
				boundingbox: ['51.30', '51.33', '9.48', '9.51']
			}
		];
		expect(placeFromSearchResponse(body)).toEqual({
			ok: true,
			place: {
				latitude: 51.3155,
				longitude: 9.496,
				label: '34117, Mitte, Kassel, Hessen, Deutschland'
			}
		});
	});

	it('says "not found" for an empty list', () => {
		expect(placeFromSearchResponse([])).toEqual({ ok: false, reason: 'not_found' });
	});

	it('says "unavailable" for anything that is not a jsonv2 place list', () => {
		for (const body of [
			{ error: 'Nothing to search for' },
			[{ lat: 51.3, lon: 9.5, display_name: 'numbers, not strings' }],
			[{ lat: '', lon: '9.5', display_name: 'empty' }],
			[{ lat: 'north', lon: '9.5', display_name: 'not a number' }],
			[{ lat: '95', lon: '9.5', display_name: 'beyond the pole' }],
			[{ lat: '51.3', lon: '9.5' }],
			null
		]) {
			expect(placeFromSearchResponse(body)).toEqual({ ok: false, reason: 'unavailable' });
		}
	});
});

describe('createRequestSpacing', () => {
	it('hands out one slot per interval and says how long to wait for it', () => {
		const reserve = createRequestSpacing(1_000);
		expect(reserve(10_000, 3_000)).toBe(0);
		expect(reserve(10_000, 3_000)).toBe(1_000);
		expect(reserve(10_500, 3_000)).toBe(1_500);
		// Once the interval has passed, the next request goes at once.
		expect(reserve(20_000, 3_000)).toBe(0);
	});

	it('turns a caller away rather than queue it longer than it would wait', () => {
		const reserve = createRequestSpacing(1_000);
		for (const wait of [0, 1_000, 2_000, 3_000]) expect(reserve(0, 3_000)).toBe(wait);
		expect(reserve(0, 3_000)).toBeNull();
		// A turned-away caller took no slot.
		expect(reserve(1_000, 3_000)).toBe(3_000);
	});

	it('never waits without an interval', () => {
		const reserve = createRequestSpacing(0);
		expect(reserve(5, 0)).toBe(0);
		expect(reserve(5, 0)).toBe(0);
	});
});
