import { decodeMapData, MAP_DATA_TYPE, type DirectoryPoints } from '$lib/domain/map-data';

let latest: { url: string; points: Promise<DirectoryPoints>; controller: AbortController } | null =
	null;

/**
 * The map data at `url`, fetched once however many ask. The lazy wrapper asks as it starts
 * loading the map's chunk, so that the database answers while Leaflet downloads; the map asks
 * again when it starts and joins that request. Only the latest search is kept: a newer one
 * cancels an older one still on its way.
 */
export function requestPoints(url: string): Promise<DirectoryPoints> {
	if (latest?.url === url) return latest.points;
	latest?.controller.abort();
	const controller = new AbortController();
	const points = fetch(url, { signal: controller.signal, headers: { accept: MAP_DATA_TYPE } })
		.then(async (response) => {
			if (!response.ok) throw new Error(`map data answered ${response.status}`);
			// Packed on the server (a tenth of the JSON); decoding checks the shape as it goes.
			return decodeMapData(new Uint8Array(await response.arrayBuffer()));
		})
		.catch((error: unknown) => {
			// A failed request is not kept: the next ask tries again.
			if (latest?.points === points) latest = null;
			throw error;
		});
	latest = { url, points, controller };
	return points;
}
