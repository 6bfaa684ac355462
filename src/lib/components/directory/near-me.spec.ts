import { describe, expect, it } from 'vitest';
import { locationFields, locationProblem, roundCoordinate } from './near-me.ts';

describe('roundCoordinate', () => {
	it('keeps three decimals, about a hundred metres', () => {
		expect(roundCoordinate(51.315_49)).toBe('51.315');
		expect(roundCoordinate(9.496_51)).toBe('9.497');
	});

	it('writes no trailing zeros and no negative zero', () => {
		expect(roundCoordinate(9.5)).toBe('9.5');
		expect(roundCoordinate(51)).toBe('51');
		expect(roundCoordinate(-0.000_1)).toBe('0');
		expect(roundCoordinate(-73.985_66)).toBe('-73.986');
	});
});

describe('locationFields', () => {
	it('gives the form’s lat and lng, rounded', () => {
		expect(locationFields({ latitude: 51.318_234, longitude: 9.489_876 })).toEqual({
			lat: '51.318',
			lng: '9.49'
		});
	});
});

describe('locationProblem', () => {
	it('names what went wrong from the browser’s error code', () => {
		expect(locationProblem(1)).toBe('denied');
		expect(locationProblem(2)).toBe('unavailable');
		expect(locationProblem(3)).toBe('timeout');
		// Anything else (a future code) is treated as "could not find you".
		expect(locationProblem(99)).toBe('unavailable');
	});
});
