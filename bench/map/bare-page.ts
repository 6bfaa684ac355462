/**
 * The baselines beside our directory map: a bare HTML page with Leaflet from node_modules and the
 * same points, clustered either with supercluster drawn the plain way (clear and redraw every
 * cluster on each move) or with leaflet.markercluster, the usual Leaflet plugin. No app, no
 * Svelte, no accessibility work: what the libraries cost by themselves.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { PROJECT_ROOT } from '../../stack/stack.ts';

export type BareLibrary = 'supercluster' | 'markercluster';

/** What the bare page script reads; the page is sized like our map so both draw as much. */
export type BareSetup = { library: BareLibrary; width: number; height: number };

// The page script: fetch the points, then time Leaflet and the clustering until the first paint.
const SCRIPT = String.raw`
const { library, width, height } = JSON.parse(document.body.dataset.setup);
const canvas = document.getElementById('map');
canvas.style.width = width + 'px';
canvas.style.height = height + 'px';
const afterPaint = () => new Promise((done) => requestAnimationFrame(() => {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => done();
	channel.port2.postMessage(null);
}));
const data = await (await fetch('/points.json')).json();
performance.mark('bare:init');
const map = L.map(canvas, { zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false, maxZoom: 19 })
	.setView([51.3127, 9.4797], 12);
L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { maxZoom: 19 }).addTo(map);
const latLngs = data.points.map(([lat, lng]) => [lat, lng]);
const bounds = L.latLngBounds(latLngs);
if (library === 'supercluster') {
	const { default: Supercluster } = await import('supercluster');
	const index = new Supercluster({ radius: 60, maxZoom: 16 }).load(data.points.map(([lat, lng, o], id) => ({
		type: 'Feature', id, properties: { o }, geometry: { type: 'Point', coordinates: [lng, lat] }
	})));
	const group = L.layerGroup().addTo(map);
	const render = () => {
		const b = map.getBounds();
		group.clearLayers();
		for (const f of index.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], map.getZoom())) {
			const [lng, lat] = f.geometry.coordinates;
			const count = f.properties.cluster ? f.properties.point_count : '';
			group.addLayer(L.marker([lat, lng], { icon: L.divIcon({ html: String(count), className: 'c', iconSize: [34, 34] }) }));
		}
	};
	map.on('moveend', render);
	map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false });
	render();
} else {
	const group = L.markerClusterGroup({ animate: false, chunkedLoading: false });
	group.addLayers(latLngs.map((latLng) => L.marker(latLng)));
	map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15, animate: false });
	map.addLayer(group);
}
performance.mark('bare:drawn');
await afterPaint();
window.benchMap = map;
window.benchDrawn = performance.now() - performance.getEntriesByName('bare:init')[0].startTime;
window.benchPoints = data.points.length;
`;

function page(setup: BareSetup): string {
	const markercluster =
		setup.library === 'markercluster'
			? `<link rel="stylesheet" href="/node_modules/leaflet.markercluster/dist/MarkerCluster.css">
<link rel="stylesheet" href="/node_modules/leaflet.markercluster/dist/MarkerCluster.Default.css">
<script src="/node_modules/leaflet.markercluster/dist/leaflet.markercluster.js"></script>`
			: '';
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare ${setup.library}</title>
<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">
<style>body{margin:0} .c{background:#0b5cad;color:#fff;border-radius:50%;display:flex;align-items:center;justify-content:center}</style>
<script type="importmap">{"imports":{"supercluster":"/node_modules/supercluster/index.js","kdbush":"/node_modules/kdbush/index.js"}}</script>
<script src="/node_modules/leaflet/dist/leaflet.js"></script>
${markercluster}
</head><body data-setup='${JSON.stringify(setup)}'><div id="map"></div>
<script type="module">${SCRIPT}</script></body></html>`;
}

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.png': 'image/png',
	'.json': 'application/json'
};
const PACKAGES = ['leaflet', 'leaflet.markercluster', 'supercluster', 'kdbush'];

/** A tiny loopback server for the bare page, its points, and the four packages it loads. */
export async function serveBarePage(
	points: string
): Promise<{ url: (setup: BareSetup) => string; close: () => Promise<void> }> {
	const answer = async (request: IncomingMessage, response: ServerResponse) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		if (url.pathname === '/') {
			const setup = JSON.parse(url.searchParams.get('setup') ?? '{}') as BareSetup;
			response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			response.end(page(setup));
			return;
		}
		if (url.pathname === '/points.json') {
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end(points);
			return;
		}
		const path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
		const [root, name] = path.split('/');
		const file = join(PROJECT_ROOT, path);
		const info = await stat(file).catch(() => null);
		if (root !== 'node_modules' || !PACKAGES.includes(name ?? '') || !info?.isFile()) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	};
	// A failed answer is the bench's failure to see, not an unhandled rejection.
	const server: Server = createServer((request, response) => {
		answer(request, response).catch(() => response.writeHead(500).end());
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: (setup) => `http://127.0.0.1:${port}/?setup=${encodeURIComponent(JSON.stringify(setup))}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
