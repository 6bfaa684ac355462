import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decodeMapData,
	encodeMapData,
	type DirectoryPoints,
	type MapOrganisation
} from './map-data';

const kassel: DirectoryPoints = {
	organisations: [
		[
			'adibe-antidiskriminierungsberatung',
			'AdiBe – Antidiskriminierungsberatung',
			'counselling_service'
		],
		['auslaenderbeirat-der-stadt-kassel', 'Ausländerbeirat der Stadt Kassel', 'public_body'],
		['auslaenderbeirat-2', 'Ausländerbeirat der Stadt Kassel', 'public_body'],
		['ohne-ort', 'Ohne Ort 😀', 'network']
	],
	points: [
		[51.31876, 9.50123, 0],
		[51.3125, 9.49875, 0],
		[51.29, 9.45, 1],
		[51.29, 9.45, 2]
	]
};

describe('map data on the wire', () => {
	it('gives back exactly the organisations and points it packed', () => {
		expect(decodeMapData(encodeMapData(kassel))).toEqual(kassel);
		const empty = { organisations: [], points: [] };
		expect(decodeMapData(encodeMapData(empty))).toEqual(empty);
	});

	it('keeps any names, slugs and five-decimal coordinates, west and south of zero too', () => {
		const organisation = fc.tuple(
			fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }),
			fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
			fc.constantFrom<MapOrganisation[2]>('network', 'initiative', 'public_body')
		);
		const degrees = (limit: number) =>
			fc.integer({ min: -limit * 1e5, max: limit * 1e5 }).map((units) => units / 1e5);
		const data = fc.array(organisation, { minLength: 1, maxLength: 20 }).chain((organisations) =>
			fc.record({
				organisations: fc.constant(organisations),
				points: fc
					.array(fc.tuple(degrees(90), degrees(180), fc.nat({ max: organisations.length - 1 })), {
						maxLength: 40
					})
					// The database sends points grouped by organisation, in the list's order.
					.map((points) => points.sort((a, b) => a[2] - b[2]))
			})
		);
		fc.assert(
			fc.property(data, (value) => {
				expect(decodeMapData(encodeMapData(value))).toEqual(value);
			})
		);
	});

	it('is a fraction of the same data as JSON', () => {
		const organisations = Array.from({ length: 1000 }, (_, i): MapOrganisation => [
			`verein-${i}`,
			`Verein Vielfalt Nordstadt ${i}`,
			'initiative'
		]);
		const points = organisations.map((_, i): [number, number, number] => [
			51.2 + ((i * 7919) % 20000) / 1e5,
			9.3 + ((i * 104729) % 30000) / 1e5,
			i
		]);
		const packed = encodeMapData({ organisations, points });
		expect(packed.length).toBeLessThan(JSON.stringify({ organisations, points }).length / 3);
	});

	it('refuses what is not map data', () => {
		const text = (value: string) => new TextEncoder().encode(value);
		expect(() => decodeMapData(text('<!doctype html>'))).toThrow();
		expect(() => decodeMapData(text('{}'))).toThrow();
		expect(() => decodeMapData(text('{"errors":{"lat":"Ungültiger Ort"}}'))).toThrow();
		const packed = encodeMapData(kassel);
		expect(() => decodeMapData(packed.subarray(0, packed.length - 1))).toThrow();
	});
});
