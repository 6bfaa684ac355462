import { describe, expect, it } from 'vitest';
import { directionsUrl } from './directions';

describe('directionsUrl', () => {
	it('routes to the public point of an exact or approximate location', () => {
		expect(directionsUrl({ visibility: 'exact', latitude: 51.3168, longitude: 9.4975 })).toBe(
			'https://www.openstreetmap.org/directions?to=51.3168%2C9.4975'
		);
		expect(
			directionsUrl({ visibility: 'approximate', latitude: 51.3125, longitude: 9.48375 })
		).toBe('https://www.openstreetmap.org/directions?to=51.3125%2C9.48375');
	});

	it('gives no link for a district centroid, a place on request or a missing point', () => {
		expect(
			directionsUrl({ visibility: 'district_only', latitude: 51.3, longitude: 9.5 })
		).toBeNull();
		expect(directionsUrl({ visibility: 'on_request', latitude: null, longitude: null })).toBeNull();
		expect(directionsUrl({ visibility: 'exact', latitude: null, longitude: null })).toBeNull();
	});
});
