import { describe, expect, it } from 'vitest';
import { OPEN_DATA_LICENCE } from '$lib/server/open-data-licence';
import { toHsds, type HsdsTerm } from './hsds.ts';
import { sampleEntry, sampleLocation, sampleService } from './sample-entries.ts';

const options = {
	origin: 'https://atlas.example.org',
	licence: OPEN_DATA_LICENCE,
	generatedAt: new Date('2026-11-25T12:00:00Z')
};
const terms: HsdsTerm[] = [
	{
		id: '00000000-0000-4000-8000-0000000000d1',
		vocabulary: 'discrimination_grounds',
		code: 'racism',
		label_de: 'Rassismus / ethnische Herkunft',
		label_en: 'Racism / ethnic origin',
		description_de: null
	},
	{
		id: '00000000-0000-4000-8000-0000000000d2',
		vocabulary: 'discrimination_grounds',
		code: 'age',
		label_de: 'Lebensalter',
		label_en: 'Age',
		description_de: null
	}
];

describe('toHsds', () => {
	const service = sampleService();
	const location = sampleLocation();
	const directory = toHsds(
		[sampleEntry()],
		{
			serviceAtLocations: [
				{ service_id: service.id, location_id: location.id },
				// A link of something not exported (another organisation, a filtered-out service).
				{ service_id: 'other', location_id: location.id }
			],
			terms
		},
		options
	);

	it('has one member per HSDS table, with the licence', () => {
		expect(Object.keys(directory)).toEqual([
			'hsds_version',
			'license',
			'generated_at',
			'organizations',
			'services',
			'locations',
			'service_at_locations',
			'languages',
			'taxonomy_terms',
			'attributes'
		]);
		expect(directory.license.id).toBe('dl-de/by-2-0');
	});

	it('maps our columns to HSDS names', () => {
		expect(directory.organizations[0]).toMatchObject({
			name: 'AdiBe – Antidiskriminierungsberatung',
			alternate_name: 'AdiBe',
			website: 'https://adibe.example.org',
			phones: [{ number: '+49 561 000000' }],
			x_kind: 'counselling_service'
		});
		expect(directory.services[0]).toMatchObject({
			id: service.id,
			organization_id: sampleEntry().organisation_id,
			status: 'active'
		});
		expect(directory.locations[0]).toMatchObject({
			location_type: 'physical',
			latitude: 51.3155,
			longitude: 9.4905,
			x_visibility: 'exact',
			addresses: [{ address_1: 'Königsstraße 1', postal_code: '34117', city: 'Kassel' }]
		});
	});

	it('links only exported services and locations, and only the terms in use', () => {
		expect(directory.service_at_locations).toHaveLength(1);
		expect(directory.service_at_locations[0]).toMatchObject({
			service_id: service.id,
			location_id: location.id
		});
		expect(directory.taxonomy_terms.map((term) => term.code)).toEqual(['racism']);
		expect(directory.attributes).toEqual([
			expect.objectContaining({ link_id: service.id, taxonomy_term_id: terms[0]!.id })
		]);
		expect(directory.languages.map((language) => [language.code, language.name])).toEqual([
			['de', 'Deutsch'],
			['tr', 'Türkisch']
		]);
	});

	it('gives derived records the same id in every export', () => {
		const again = toHsds([sampleEntry()], { serviceAtLocations: [], terms }, options);
		expect(again.languages.map((language) => language.id)).toEqual(
			directory.languages.map((language) => language.id)
		);
		expect(directory.languages[0]!.id).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
	});
});
