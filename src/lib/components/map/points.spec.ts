import { describe, expect, it } from 'vitest';
import {
	clusterCount,
	clusterSize,
	featureBounds,
	organisationsOf,
	placeFeatures,
	type DirectoryPoints
} from './points.ts';

const data: DirectoryPoints = {
	organisations: [
		['adibe', 'AdiBe – Antidiskriminierungsberatung', 'counselling_service'],
		['auslaenderbeirat', 'Ausländerbeirat der Stadt Kassel', 'public_body']
	],
	points: [
		[51.3127, 9.4797, 0],
		[51.32, 9.5, 1],
		[51.29, 9.45, 0]
	]
};

describe('placeFeatures', () => {
	it('turns triples into GeoJSON points, longitude first, keyed by their place in the answer', () => {
		expect(placeFeatures(data)).toEqual([
			{
				type: 'Feature',
				id: 0,
				geometry: { type: 'Point', coordinates: [9.4797, 51.3127] },
				properties: { organisations: [0] }
			},
			{
				type: 'Feature',
				id: 1,
				geometry: { type: 'Point', coordinates: [9.5, 51.32] },
				properties: { organisations: [1] }
			},
			{
				type: 'Feature',
				id: 2,
				geometry: { type: 'Point', coordinates: [9.45, 51.29] },
				properties: { organisations: [0] }
			}
		]);
	});

	it('makes one place of the points that share a spot, each organisation once', () => {
		const district: DirectoryPoints = {
			organisations: data.organisations,
			points: [
				[51.3, 9.5, 1],
				[51.31, 9.48, 0],
				[51.3, 9.5, 0],
				[51.3, 9.5, 1]
			]
		};
		expect(placeFeatures(district).map(({ id, properties }) => [id, properties])).toEqual([
			[0, { organisations: [1, 0] }],
			[1, { organisations: [0] }]
		]);
	});

	it('leaves out points it cannot place or name, keeping the others’ keys', () => {
		const broken: DirectoryPoints = {
			organisations: data.organisations,
			points: [
				[91, 9.5, 0],
				[51.3, Number.NaN, 0],
				[51.3, 9.5, 2],
				[51.3, 9.5, 0.5],
				[51.31, 9.48, 1]
			]
		};
		expect(placeFeatures(broken).map((feature) => feature.id)).toEqual([4]);
	});
});

describe('featureBounds', () => {
	it('spans every point', () => {
		expect(featureBounds(placeFeatures(data), null)).toEqual([
			[51.29, 9.45],
			[51.32, 9.5]
		]);
	});

	it('takes in the place searched for, so that it stays on the map', () => {
		expect(featureBounds(placeFeatures(data), { latitude: 51.4, longitude: 9.3 })).toEqual([
			[51.29, 9.3],
			[51.4, 9.5]
		]);
	});

	it('is the searched place alone when no result has a point, and null without either', () => {
		const place = { latitude: 51.3, longitude: 9.4 };
		expect(featureBounds([], place)).toEqual([
			[51.3, 9.4],
			[51.3, 9.4]
		]);
		expect(featureBounds([], null)).toBeNull();
	});
});

describe('clusters', () => {
	it('come in three sizes', () => {
		expect([2, 9, 10, 99, 100, 20_000].map(clusterSize)).toEqual([
			'small',
			'small',
			'medium',
			'medium',
			'large',
			'large'
		]);
	});

	it('show exact counts below a thousand and short ones above, in the page’s language', () => {
		expect(clusterCount(999, 'de')).toBe('999');
		expect(clusterCount(1250, 'de')).toBe('1250');
		expect(clusterCount(12_500, 'de')).toBe('12.500');
		expect(clusterCount(1250, 'en')).toBe('1.3K');
		expect(clusterCount(20_000, 'en')).toBe('20K');
	});

	it('list each organisation of their places once, in order', () => {
		expect(organisationsOf(placeFeatures(data))).toEqual([0, 1]);
		const shared = placeFeatures({
			organisations: data.organisations,
			points: [
				[51.3, 9.5, 1],
				[51.3, 9.5, 0],
				[51.2, 9.4, 1]
			]
		});
		expect(organisationsOf(shared)).toEqual([1, 0]);
	});
});
