/**
 * The geocoder against a local server speaking Nominatim's /search API (jsonv2): what it asks,
 * what it makes of the answers, that it never throws when the service fails, and that its cache
 * spares the service repeated questions.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGeocoder, geocoderConfig, type GeocoderConfig } from '$lib/server/geocoder';
import { startNominatimServer, type NominatimServer } from '../../support/nominatim-server.ts';

let nominatim: NominatimServer;
let config: GeocoderConfig;

beforeAll(async () => {
	nominatim = await startNominatimServer({ slowMs: 10_000 });
	config = geocoderConfig({
		GEOCODER_URL: nominatim.url,
		ORIGIN: 'https://atlas.example.org'
	});
});
afterEach(() => nominatim.fail(null));
afterAll(() => nominatim.stop());

describe('geocode: answers', () => {
	it('resolves a Kassel postcode to its point, labelled in the visitor’s language', async () => {
		const geocode = createGeocoder(config);
		const result = await geocode('34117', { locale: 'de' });
		expect(result).toEqual({
			ok: true,
			place: {
				latitude: 51.3155,
				longitude: 9.496,
				label: '34117, Mitte, Kassel, Hessen, Deutschland'
			}
		});
	});

	it('asks as the usage policy wants: identified, one jsonv2 result, in Germany, near Kassel', async () => {
		await createGeocoder(config)('Königsplatz 1, Kassel', { locale: 'ar' });
		const request = nominatim.lastRequest();
		expect(request?.userAgent).toBe('Buendnisatlas/0.1 (+https://atlas.example.org)');
		expect(request?.url.pathname).toBe('/search');
		expect(Object.fromEntries(request!.url.searchParams)).toMatchObject({
			q: 'königsplatz 1, kassel',
			format: 'jsonv2',
			limit: '1',
			addressdetails: '0',
			countrycodes: 'de',
			bounded: '0',
			'accept-language': 'ar'
		});
		expect(request?.url.searchParams.get('viewbox')?.split(',')).toHaveLength(4);
	});

	it('finds a street address and a district, not just postcodes', async () => {
		const geocode = createGeocoder(config);
		const street = await geocode('Wilhelmshöher Allee 73', { locale: 'de' });
		const district = await geocode('Wesertor', { locale: 'de' });
		expect(street.ok && street.place.label).toMatch(/^Wilhelmshöher Allee, /);
		expect(district.ok && district.place.label).toMatch(/^Wesertor, Kassel/);
	});

	it('says "not found" for a place the geocoder does not know', async () => {
		const result = await createGeocoder(config)('Atlantis 99999', { locale: 'de' });
		expect(result).toEqual({ ok: false, reason: 'not_found' });
	});

	it('asks nothing for an empty text', async () => {
		const before = nominatim.requests();
		expect(await createGeocoder(config)('   ', { locale: 'de' })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(nominatim.requests()).toBe(before);
	});
});

describe('geocode: cache', () => {
	it('answers the same question again from the cache, however it is spaced or capitalised', async () => {
		const geocode = createGeocoder(config);
		const first = await geocode('34127 Kassel', { locale: 'de' });
		const asked = nominatim.requests();
		const second = await geocode('  34127   KASSEL ', { locale: 'de' });
		expect(second).toEqual(first);
		expect(nominatim.requests()).toBe(asked);
	});

	it('keeps one entry per language, since the label is in the visitor’s language', async () => {
		const geocode = createGeocoder(config);
		await geocode('34119', { locale: 'de' });
		const asked = nominatim.requests();
		const english = await geocode('34119', { locale: 'en' });
		expect(nominatim.requests()).toBe(asked + 1);
		expect(english.ok && english.place.label).toBe(
			'34119, Vorderer Westen, Kassel, Hesse, Germany'
		);
		await geocode('34119', { locale: 'en' });
		expect(nominatim.requests()).toBe(asked + 1);
	});

	it('remembers "not found" too', async () => {
		const geocode = createGeocoder(config);
		await geocode('Gibtsnichtweg 1', { locale: 'de' });
		const asked = nominatim.requests();
		expect(await geocode('gibtsnichtweg 1', { locale: 'de' })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(nominatim.requests()).toBe(asked);
	});

	it('shares one request between visitors asking the same at the same moment', async () => {
		const geocode = createGeocoder(config);
		const before = nominatim.requests();
		const answers = await Promise.all([
			geocode('34130', { locale: 'tr' }),
			geocode('34130', { locale: 'tr' }),
			geocode('34130 ', { locale: 'tr' })
		]);
		expect(nominatim.requests()).toBe(before + 1);
		expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
	});
});

describe('geocode: a failing service', () => {
	it('answers "unavailable" on a server error, and does not keep that answer', async () => {
		const geocode = createGeocoder(config);
		nominatim.fail('error');
		expect(await geocode('34121', { locale: 'de' })).toEqual({ ok: false, reason: 'unavailable' });
		nominatim.fail(null);
		const before = nominatim.requests();
		const retried = await geocode('34121', { locale: 'de' });
		expect(retried.ok).toBe(true);
		expect(nominatim.requests()).toBe(before + 1);
	});

	it('answers "unavailable" when the answer is not a jsonv2 place list', async () => {
		nominatim.fail('garbage');
		expect(await createGeocoder(config)('34123', { locale: 'de' })).toEqual({
			ok: false,
			reason: 'unavailable'
		});
	});

	it('answers "unavailable" when the service does not answer in time', async () => {
		nominatim.fail('slow');
		const impatient = createGeocoder({ ...config, timeoutMs: 300 });
		expect(await impatient('34125', { locale: 'de' })).toEqual({
			ok: false,
			reason: 'unavailable'
		});
	});

	it('answers "unavailable" when nothing listens at the configured address', async () => {
		const gone = await startNominatimServer();
		await gone.stop();
		const geocode = createGeocoder(geocoderConfig({ GEOCODER_URL: gone.url }));
		expect(await geocode('34128', { locale: 'de' })).toEqual({
			ok: false,
			reason: 'unavailable'
		});
	});
});
