import type { Feature, Point } from 'geojson';

/**
 * The map data of a directory search as `karte.json` sends it (from
 * `public.search_directory_points`): organisations once, and their public points as compact
 * triples pointing into that list, so that 20,000 points stay a small, quick-to-parse answer.
 * Coordinates are already degraded by each location's visibility in the database.
 */
export type OrganisationKind =
	'migrant_organisation' | 'counselling_service' | 'initiative' | 'public_body' | 'network';
export type MapOrganisation = [slug: string, name: string, kind: OrganisationKind];
export type MapPoint = [latitude: number, longitude: number, organisation: number];
export type DirectoryPoints = { organisations: MapOrganisation[]; points: MapPoint[] };

/** A point as supercluster indexes it; `organisation` indexes `DirectoryPoints.organisations`. */
export type PointFeature = Feature<Point, { organisation: number }>;

export type Position = { latitude: number; longitude: number };
/** South-west and north-east corners, as Leaflet takes bounds. */
export type Bounds = [[south: number, west: number], [north: number, east: number]];

/**
 * Whether an answer has the shape of the map data (the map must not break on an error page or
 * a proxy's answer; it is our own server's answer otherwise, so the shape is all we check).
 */
export function isDirectoryPoints(value: unknown): value is DirectoryPoints {
	if (typeof value !== 'object' || value === null) return false;
	const { organisations, points } = value as Partial<DirectoryPoints>;
	return Array.isArray(organisations) && Array.isArray(points);
}

const isCoordinate = (value: unknown, limit: number): value is number =>
	typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** GeoJSON points for supercluster (longitude first); points that cannot be drawn are left out. */
export function pointFeatures({ organisations, points }: DirectoryPoints): PointFeature[] {
	const features: PointFeature[] = [];
	for (const [id, [latitude, longitude, organisation]] of points.entries()) {
		if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) continue;
		if (!Number.isInteger(organisation) || organisations[organisation] === undefined) continue;
		features.push({
			type: 'Feature',
			// The point's place in the answer: a stable key for its marker between redraws.
			id,
			geometry: { type: 'Point', coordinates: [longitude, latitude] },
			properties: { organisation }
		});
	}
	return features;
}

/** The smallest bounds around the features and the searched place, or null when there is none. */
export function featureBounds(features: PointFeature[], position: Position | null): Bounds | null {
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

/** The number shown on a cluster: exact up to 999, then rounded ("1,2k" in German). */
export function clusterCount(count: number, locale: string): string {
	return new Intl.NumberFormat(locale, {
		notation: count >= 1000 ? 'compact' : 'standard',
		maximumFractionDigits: 1
	}).format(count);
}

/** The organisation indices of a group of points, each once, in the order they first appear. */
export function organisationsOf(features: PointFeature[]): number[] {
	return [...new Set(features.map((feature) => feature.properties.organisation))];
}
