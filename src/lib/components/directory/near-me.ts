import type { MessageKey } from '$lib/i18n';

/**
 * Three decimals: about 110 m north–south and 70 m east–west in Kassel. Enough to sort
 * counselling services by distance, too coarse to point at a person's front door, and what ends
 * up in the URL, the browser history and any server log.
 */
export const COORDINATE_DECIMALS = 3;

/** The browser may answer from a position up to five minutes old; it need not power up GPS. */
export const GEOLOCATION_OPTIONS: PositionOptions = {
	enableHighAccuracy: false,
	timeout: 15_000,
	maximumAge: 5 * 60_000
};

export function roundCoordinate(value: number): string {
	// Number() drops trailing zeros and turns "-0.000" into "0".
	return String(Number(value.toFixed(COORDINATE_DECIMALS)));
}

/** The form values for a position: `lat` and `lng`, rounded. */
export function locationFields(coords: { latitude: number; longitude: number }): {
	lat: string;
	lng: string;
} {
	return { lat: roundCoordinate(coords.latitude), lng: roundCoordinate(coords.longitude) };
}

export type LocationProblem = 'denied' | 'unavailable' | 'timeout';

/** GeolocationPositionError codes: 1 permission denied, 2 position unavailable, 3 timeout. */
export function locationProblem(code: number): LocationProblem {
	if (code === 1) return 'denied';
	if (code === 3) return 'timeout';
	return 'unavailable';
}

export const LOCATION_PROBLEM_MESSAGES: Record<LocationProblem, MessageKey> = {
	denied: 'near.denied',
	unavailable: 'near.unavailable',
	timeout: 'near.timeout'
};
