/** The public, already degraded point of a location (from public_locations). */
export type PublicPoint = {
	visibility: 'exact' | 'approximate' | 'district_only' | 'on_request';
	latitude: number | null;
	longitude: number | null;
};

/**
 * A route planner link to a location, or null. Only for places people can walk to: the exact
 * point, or the approximate one (~500 m, enough to find the street). A district's centroid
 * would lead nowhere useful, and a place on request has no point at all.
 */
export function directionsUrl(location: PublicPoint): string | null {
	if (location.visibility !== 'exact' && location.visibility !== 'approximate') return null;
	if (location.latitude === null || location.longitude === null) return null;
	return `https://www.openstreetmap.org/directions?to=${location.latitude}%2C${location.longitude}`;
}
