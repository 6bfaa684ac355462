import type { DirectoryEntry } from '$lib/server/directory';
import type { OpenDataLicence } from '$lib/server/open-data-licence';
import { organisationPageUrl } from './links.ts';
import { locationFields, organisationFields } from './summary.ts';

type Properties = ReturnType<typeof organisationFields> &
	ReturnType<typeof locationFields> & { services: DirectoryEntry['services'] };

export type DirectoryFeatureCollection = {
	type: 'FeatureCollection';
	features: Array<{
		type: 'Feature';
		id: string;
		geometry: { type: 'Point'; coordinates: [number, number] };
		properties: Properties;
	}>;
	/**
	 * Foreign members (RFC 7946 §6.1): places without a public point (locations "on request"
	 * and organisations that work online or by phone only) with the same properties as a
	 * feature, so that a reader counting organisations misses none; and the licence.
	 */
	unlocated: Properties[];
	license: { id: string; name: string; url: string; attribution: string };
	generated_at: string;
};

/**
 * The directory as GeoJSON: one Feature per public location that has a public point (already
 * degraded by its visibility), coordinates in RFC 7946 order: longitude, latitude.
 */
export function toGeoJson(
	entries: DirectoryEntry[],
	options: { origin: string; licence: OpenDataLicence; generatedAt: Date }
): DirectoryFeatureCollection {
	const features: DirectoryFeatureCollection['features'] = [];
	const unlocated: Properties[] = [];
	for (const entry of entries) {
		const organisation = organisationFields(entry, organisationPageUrl(options.origin, entry.slug));
		const services = entry.services;
		if (entry.locations.length === 0) {
			unlocated.push({ ...organisation, ...locationFields(null), services });
		}
		for (const location of entry.locations) {
			const properties = { ...organisation, ...locationFields(location), services };
			if (location.latitude === null || location.longitude === null) {
				unlocated.push(properties);
				continue;
			}
			features.push({
				type: 'Feature',
				id: location.id,
				geometry: { type: 'Point', coordinates: [location.longitude, location.latitude] },
				properties
			});
		}
	}
	return {
		type: 'FeatureCollection',
		features,
		unlocated,
		license: { ...options.licence },
		generated_at: options.generatedAt.toISOString()
	};
}
