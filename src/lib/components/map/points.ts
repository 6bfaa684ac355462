import type { Feature, Point } from 'geojson';
import type { DirectoryPoints } from '$lib/domain/map-data';

export type { DirectoryPoints, MapOrganisation, MapPoint } from '$lib/domain/map-data';

/**
 * A place as supercluster indexes it: the points that share one spot (a building, or the district
 * an address is degraded to) become one place, `organisations` indexing
 * `DirectoryPoints.organisations`. Places that share a spot could never be told apart by zooming.
 */
export type PlaceFeature = Feature<Point, { organisations: number[] }>;

export type Position = { latitude: number; longitude: number };
/** South-west and north-east corners, as Leaflet takes bounds. */
export type Bounds = [[south: number, west: number], [north: number, east: number]];

const isCoordinate = (value: unknown, limit: number): value is number =>
	typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** GeoJSON places for supercluster (longitude first); points that cannot be drawn are left out. */
export function placeFeatures({ organisations, points }: DirectoryPoints): PlaceFeature[] {
	const places = new Map<string, PlaceFeature>();
	for (const [id, [latitude, longitude, organisation]] of points.entries()) {
		if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) continue;
		if (!Number.isInteger(organisation) || organisations[organisation] === undefined) continue;
		const key = `${latitude},${longitude}`;
		const place = places.get(key);
		if (!place) {
			places.set(key, {
				type: 'Feature',
				// The first point's place in the answer: a stable key for its marker between redraws.
				id,
				geometry: { type: 'Point', coordinates: [longitude, latitude] },
				properties: { organisations: [organisation] }
			});
		} else if (!place.properties.organisations.includes(organisation)) {
			place.properties.organisations.push(organisation);
		}
	}
	return [...places.values()];
}

/** The smallest bounds around the features and the searched place, or null when there is none. */
export function featureBounds(features: PlaceFeature[], position: Position | null): Bounds | null {
	let south = Infinity;
	let west = Infinity;
	let north = -Infinity;
	let east = -Infinity;
	const include = (latitude: number, longitude: number) => {
		south = Math.min(south, latitude);
		north = Math.max(north, latitude);
		west = Math.min(west, longitude);
		east = Math.max(east, longitude);
	};
	for (const { geometry } of features) include(geometry.coordinates[1]!, geometry.coordinates[0]!);
	if (position) include(position.latitude, position.longitude);
	return south === Infinity
		? null
		: [
				[south, west],
				[north, east]
			];
}

/** Cluster sizes get three looks, so that a glance tells a handful from a thousand. */
export function clusterSize(count: number): 'small' | 'medium' | 'large' {
	if (count < 10) return 'small';
	if (count < 100) return 'medium';
	return 'large';
}

const formats = new Map<string, Intl.NumberFormat>();

/** The number shown on a cluster: exact up to 999, then rounded ("1.3K" in English). */
export function clusterCount(count: number, locale: string): string {
	const notation = count >= 1000 ? 'compact' : 'standard';
	const key = `${locale} ${notation}`;
	let format = formats.get(key);
	// Made once per locale: a new formatter per marker would cost more than the marker.
	if (!format) {
		format = new Intl.NumberFormat(locale, { notation, maximumFractionDigits: 1 });
		formats.set(key, format);
	}
	return format.format(count);
}

/** The organisation indices of a group of places, each once, in the order they first appear. */
export function organisationsOf(features: PlaceFeature[]): number[] {
	return [...new Set(features.flatMap((feature) => feature.properties.organisations))];
}
