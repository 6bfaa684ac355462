import { describe, expect, it } from 'vitest';
import { OPEN_DATA_LICENCE } from '$lib/server/open-data-licence';
import { toGeoJson } from './geojson.ts';
import { sampleEntry, sampleLocation } from './sample-entries.ts';

const options = {
	origin: 'https://atlas.example.org',
	licence: OPEN_DATA_LICENCE,
	generatedAt: new Date('2026-11-25T12:00:00Z')
};

describe('toGeoJson', () => {
	it('makes one point feature per location with a public point, longitude first', () => {
		const collection = toGeoJson([sampleEntry()], options);
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features).toHaveLength(1);
		const [feature] = collection.features;
		expect(feature!.geometry).toEqual({ type: 'Point', coordinates: [9.4905, 51.3155] });
		expect(feature!.id).toBe(sampleLocation().id);
		expect(feature!.properties).toMatchObject({
			organisation_slug: 'adibe',
			organisation_kind: 'counselling_service',
			location_visibility: 'exact',
			address_1: 'Königsstraße 1',
			profile_url: 'https://atlas.example.org/organisationen/adibe'
		});
		expect(feature!.properties.services[0]!.name).toBe('Antidiskriminierungsberatung');
	});

	it('lists places without a point and online-only organisations under "unlocated"', () => {
		const onRequest = sampleLocation({
			id: '00000000-0000-4000-8000-00000000000b',
			visibility: 'on_request',
			name: null,
			address_1: null,
			postal_code: null,
			district: null,
			latitude: null,
			longitude: null
		});
		const collection = toGeoJson(
			[
				sampleEntry({ locations: [sampleLocation(), onRequest] }),
				sampleEntry({ slug: 'online', locations: [] })
			],
			options
		);
		expect(collection.features).toHaveLength(1);
		expect(
			collection.unlocated.map((place) => [place.organisation_slug, place.location_id])
		).toEqual([
			['adibe', onRequest.id],
			['online', null]
		]);
	});

	it('states the licence and when it was made', () => {
		const collection = toGeoJson([], options);
		expect(collection.license.url).toBe(OPEN_DATA_LICENCE.url);
		expect(collection.generated_at).toBe('2026-11-25T12:00:00.000Z');
		expect(collection.features).toEqual([]);
	});
});
