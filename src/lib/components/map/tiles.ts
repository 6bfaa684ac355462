import type * as Leaflet from 'leaflet';
import { env } from '$env/dynamic/public';

/**
 * The tiles every map of the site draws: the city's own tile server when configured
 * (PUBLIC_MAP_TILE_URL, PUBLIC_MAP_TILE_ATTRIBUTION), OpenStreetMap's otherwise.
 */
export const KASSEL: Leaflet.LatLngTuple = [51.3127, 9.4797];
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const MAX_ZOOM = 19;

/** The tile layer; `osmContributors` is the translated credit OpenStreetMap's licence asks for. */
export function tileLayer(
	L: typeof Leaflet,
	osmContributors: string,
	onerror: () => void
): Leaflet.TileLayer {
	const url = env.PUBLIC_MAP_TILE_URL || OSM_TILES;
	// A tile server of one's own names its own sources; OpenStreetMap's licence asks for this line.
	const attribution =
		env.PUBLIC_MAP_TILE_ATTRIBUTION ||
		(url === OSM_TILES
			? `© <a href="https://www.openstreetmap.org/copyright">${osmContributors}</a>`
			: '');
	const tiles = L.tileLayer(url, { maxZoom: MAX_ZOOM, attribution });
	tiles.once('tileerror', onerror);
	return tiles;
}
