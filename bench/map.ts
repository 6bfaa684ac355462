/**
 * The directory map's figures, in Chromium against the production build:
 *   (a) our /verzeichnis with ~20,000 synthetic points (10,000 organisations from
 *       scripts/generate-directory.ts): map init until every point is painted as clusters, and
 *       pans and zooms until the clusters are redrawn and painted;
 *   (b) the same points on bare pages (Leaflet with supercluster drawn the plain way, and Leaflet
 *       with leaflet.markercluster), sized like our map, measured the same way;
 *   (c) the JavaScript /verzeichnis ships before the map is wanted and with the map chunk (gzip).
 * `benchMap` is what `bench/run.ts` calls; `node bench/map.ts` runs it alone on its own stack.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { decodeMapData } from '../src/lib/domain/map-data.ts';
import { freePort } from '../stack/ports.ts';
import { PROJECT_ROOT, startStack } from '../stack/stack.ts';
import { chromiumLaunchOptions } from '../tests/e2e/support/browser.ts';
import { percentile } from './load.ts';
import { serveBarePage, type BareLibrary } from './map/bare-page.ts';

export type MapBenchOptions = {
	/** The production build, serving /verzeichnis. */
	appUrl: string;
	/**
	 * Where to add synthetic organisations for this bench alone (removed afterwards). Leave it out
	 * when the app's database already holds the data set (as in `bench/run.ts`).
	 */
	dbUrl?: string;
	organisations?: number;
	runs?: number;
	log?: (line: string) => void;
};

type Figures = Record<string, number | string>;
type Motion = { pan: number[]; zoom: number[] };

const VIEWPORT = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const TILES = '**/tile.openstreetmap.org/**';

/** In the page: after the next paint (a task queued behind the frame that paints). */
const AFTER_PAINT = `() => new Promise((done) => requestAnimationFrame(() => {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => done();
	channel.port2.postMessage(null);
}))`;

function generate(dbUrl: string, organisations: number, remove = false) {
	const args = [join(PROJECT_ROOT, 'scripts', 'generate-directory.ts'), '--db-url', dbUrl];
	args.push(
		'--run',
		'mapbench',
		...(remove ? ['--remove'] : ['--organisations', String(organisations)])
	);
	const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`generate-directory failed: ${result.stderr}`);
}

/**
 * Pans and zooms as a person would, without animation, each timed from the call until the
 * clusters are redrawn (the map's moveend, synchronous here) and painted. Six pans at the whole
 * data set's view, six at city level over Kassel, then in from zoom 11 to 14 and back.
 */
async function measureMotion(page: Page): Promise<Motion> {
	return page.evaluate(`(async () => {
		const afterPaint = ${AFTER_PAINT};
		const map = window.benchMap;
		const timed = async (act) => {
			const started = performance.now();
			act();
			await afterPaint();
			return performance.now() - started;
		};
		const pans = [[250, 150], [-250, -150], [250, -150], [-250, 150], [300, 0], [-300, 0]];
		const pan = [];
		for (const offset of pans) pan.push(await timed(() => map.panBy(offset, { animate: false })));
		map.setView([51.3127, 9.4797], 11, { animate: false });
		await afterPaint();
		for (const offset of pans) pan.push(await timed(() => map.panBy(offset, { animate: false })));
		const zoom = [];
		for (const level of [12, 13, 14, 13, 12, 11]) {
			zoom.push(await timed(() => map.setZoom(level, { animate: false })));
		}
		return { pan, zoom };
	})()`);
}

/** Our page: marks and events of the map component, the map object from its ready event. */
async function measureDirectory(browser: Browser, appUrl: string) {
	// The bench reads its figures with string expressions, which the site's content security
	// policy (no eval) would refuse; bypassing it changes nothing that is measured.
	const context = await browser.newContext({
		viewport: VIEWPORT,
		locale: 'de-DE',
		bypassCSP: true
	});
	const page = await context.newPage();
	await page.route(TILES, (route) => route.abort());
	await page.addInitScript(`
		const afterPaint = ${AFTER_PAINT};
		document.addEventListener('directorymapready', (event) => (window.benchMap = event.detail));
		document.addEventListener('directorymapdrawn', (event) => {
			afterPaint().then(() => {
				const now = performance.now();
				const mark = (name) => performance.getEntriesByName(name)[0].startTime;
				window.benchResult = {
					points: event.detail.points,
					places: event.detail.places,
					fromInit: now - mark('directory-map:init'),
					fromData: now - mark('directory-map:loaded'),
					indexing: mark('directory-map:indexed') - mark('directory-map:loaded'),
					fromNavigation: now
				};
			});
		});
	`);
	await page.goto(`${appUrl}/verzeichnis`);
	await page.waitForFunction('window.benchResult', undefined, { timeout: 120_000 });
	const drawn = (await page.evaluate('window.benchResult')) as {
		points: number;
		places: number;
		fromInit: number;
		fromData: number;
		indexing: number;
		fromNavigation: number;
	};
	const size = await page.locator('.leaflet-container').boundingBox();
	const motion = await measureMotion(page);
	await context.close();
	return { ...drawn, motion, size: { width: size!.width, height: size!.height } };
}

async function measureBare(
	browser: Browser,
	url: string
): Promise<{ drawn: number; points: number; motion: Motion }> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	await page.route(TILES, (route) => route.abort());
	await page.goto(url);
	await page.waitForFunction('window.benchDrawn', undefined, { timeout: 120_000 });
	const drawn = (await page.evaluate('window.benchDrawn')) as number;
	const points = (await page.evaluate('window.benchPoints')) as number;
	const motion = await measureMotion(page);
	await context.close();
	return { drawn, points, motion };
}

/** A response's bytes on the wire for one Accept-Encoding, and its body decoded. */
function onTheWire(url: string, encoding: string): Promise<{ wire: number; body: Buffer }> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { 'accept-encoding': encoding } }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				const wire = Buffer.concat(chunks);
				const coding = response.headers['content-encoding'];
				const body =
					coding === 'br'
						? brotliDecompressSync(wire)
						: coding === 'gzip'
							? gunzipSync(wire)
							: wire;
				resolve({ wire: wire.length, body });
			});
		}).on('error', reject);
	});
}

/** The bytes of a response as served with gzip accepted (gzipped here if the server did not). */
async function gzipBytes(url: string): Promise<number> {
	const { wire, body } = await onTheWire(url, 'gzip');
	return wire < body.length ? wire : gzipSync(body).length;
}

/** The scripts /verzeichnis loads on a phone before "Show map", and those the map adds. */
async function measureShipped(browser: Browser, appUrl: string) {
	const context = await browser.newContext({ viewport: PHONE, locale: 'de-DE' });
	const page = await context.newPage();
	await page.route(TILES, (route) => route.abort());
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.endsWith('.js')) scripts.push(request.url());
	});
	await page.goto(`${appUrl}/verzeichnis?q=Beratung`);
	await page.waitForLoadState('networkidle');
	const before = [...new Set(scripts)];
	await page.getByRole('button', { name: 'Karte anzeigen' }).click();
	await page.locator('.leaflet-container').waitFor();
	await page.waitForLoadState('networkidle');
	const added = [...new Set(scripts)].filter((url) => !before.includes(url));
	await context.close();
	const sum = async (urls: string[]) =>
		(await Promise.all(urls.map(gzipBytes))).reduce((total, bytes) => total + bytes, 0);
	return { before: await sum(before), map: await sum(added), files: before.length };
}

/**
 * The points answer itself: server time, and its size raw and on the wire. The server keeps an
 * answer per data version and search and compresses it thoroughly in the background: the first
 * answer is compressed quickly, the next ones are the kept ones.
 */
async function measurePointsAnswer(appUrl: string) {
	const url = `${appUrl}/verzeichnis/karte.json`;
	const first = await onTheWire(url, 'br');
	const times: number[] = [];
	for (let i = 0; i < 5; i++) {
		const started = performance.now();
		await onTheWire(url, 'gzip, deflate, br, zstd');
		times.push(performance.now() - started);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	times.sort((a, b) => a - b);
	const kept = await onTheWire(url, 'br');
	const gzip = await onTheWire(url, 'gzip');
	// The bare pages take the same points as plain JSON.
	const decoded = decodeMapData(new Uint8Array(kept.body));
	const body = JSON.stringify(decoded);
	return {
		body,
		points: decoded.points.length,
		median: percentile(times, 0.5),
		raw: kept.body.length,
		json: Buffer.byteLength(body),
		jsonGzip: gzipSync(body).length,
		brotliFirst: first.wire,
		brotli: kept.wire,
		gzip: gzip.wire
	};
}

const median = (values: number[]) =>
	percentile(
		[...values].sort((a, b) => a - b),
		0.5
	);
const max = (values: number[]) => Math.max(...values);
const ms = (value: number) => Math.round(value);

export async function benchMap(options: MapBenchOptions): Promise<Figures> {
	const { appUrl, dbUrl, organisations = 10_000, runs = 3, log = () => {} } = options;
	const figures: Figures = {};
	if (dbUrl) {
		log(`map: generating ${organisations} synthetic organisations…`);
		generate(dbUrl, organisations);
	}
	const browser = await chromium.launch(chromiumLaunchOptions());
	try {
		const answer = await measurePointsAnswer(appUrl);
		const bare = await serveBarePage(answer.body);
		try {
			const ours = [];
			const baselines: Record<BareLibrary, Awaited<ReturnType<typeof measureBare>>[]> = {
				supercluster: [],
				markercluster: []
			};
			for (let run = 0; run < runs; run++) {
				log(`map: run ${run + 1} of ${runs}`);
				const directory = await measureDirectory(browser, appUrl);
				ours.push(directory);
				const size = {
					width: Math.round(directory.size.width),
					height: Math.round(directory.size.height)
				};
				for (const library of ['supercluster', 'markercluster'] as const) {
					baselines[library].push(await measureBare(browser, bare.url({ library, ...size })));
				}
			}
			const [first] = ours;
			figures['map points drawn'] = first!.points;
			figures['map places (points sharing a spot merged)'] = first!.places;
			figures['map size (px)'] = `${first!.size.width}×${first!.size.height}`;
			figures['map: karte.json server (ms, median)'] = ms(answer.median);
			const kb = (bytes: number) => (bytes / 1024).toFixed(1);
			figures[`map: karte.json packed (KB raw; ${answer.points} points)`] = kb(answer.raw);
			figures['map: karte.json on the wire (KB brotli kept / brotli first answer / gzip)'] =
				`${kb(answer.brotli)} / ${kb(answer.brotliFirst)} / ${kb(answer.gzip)}`;
			figures['map: the same data as the JSON sent before #13 (KB raw / gzip)'] =
				`${kb(answer.json)} / ${kb(answer.jsonGzip)}`;
			figures['map ours: init → clusters painted (ms)'] = ms(median(ours.map((o) => o.fromInit)));
			figures['map ours: data in hand → painted (ms)'] = ms(median(ours.map((o) => o.fromData)));
			figures['map ours: of which merging places + indexing (ms)'] = ms(
				median(ours.map((o) => o.indexing))
			);
			figures['map ours: navigation → painted (ms)'] = ms(
				median(ours.map((o) => o.fromNavigation))
			);
			const motion = (list: { motion: Motion }[], kind: keyof Motion) =>
				list.flatMap((entry) => entry.motion[kind]);
			figures['map ours: pan (ms, median / max)'] =
				`${ms(median(motion(ours, 'pan')))} / ${ms(max(motion(ours, 'pan')))}`;
			figures['map ours: zoom (ms, median / max)'] =
				`${ms(median(motion(ours, 'zoom')))} / ${ms(max(motion(ours, 'zoom')))}`;
			for (const [library, list] of Object.entries(baselines)) {
				figures[`map bare ${library}: data in hand → painted (ms)`] = ms(
					median(list.map((entry) => entry.drawn))
				);
				figures[`map bare ${library}: pan (ms, median / max)`] =
					`${ms(median(motion(list, 'pan')))} / ${ms(max(motion(list, 'pan')))}`;
				figures[`map bare ${library}: zoom (ms, median / max)`] =
					`${ms(median(motion(list, 'zoom')))} / ${ms(max(motion(list, 'zoom')))}`;
			}
		} finally {
			await bare.close();
		}
		const shipped = await measureShipped(browser, appUrl);
		figures['JS before the map (KB gzip)'] = Number((shipped.before / 1024).toFixed(1));
		figures['JS of the map chunk (KB gzip)'] = Number((shipped.map / 1024).toFixed(1));
		figures['JS with the map (KB gzip)'] = Number(
			((shipped.before + shipped.map) / 1024).toFixed(1)
		);
	} finally {
		await browser.close();
		if (dbUrl) generate(dbUrl, organisations, true);
	}
	figures['load average (1 min) after the map bench'] = loadavg()[0]!.toFixed(2);
	return figures;
}

/** Alone: a stack of its own, the production build, and the figures printed. */
async function main() {
	if (!existsSync(join(PROJECT_ROOT, 'build', 'index.js'))) {
		throw new Error('build the app first: npx vite build');
	}
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-map-bench-'));
	const stack = await startStack({ dataDir, ephemeral: true, log: () => {} });
	const port = await freePort();
	const app = spawn(process.execPath, [join(PROJECT_ROOT, 'build', 'index.js')], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			PUBLIC_SUPABASE_URL: stack.url,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey,
			SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
			AUTH_FORWARDING_SECRET: stack.forwardingSecret
		},
		stdio: 'ignore'
	});
	try {
		const appUrl = `http://127.0.0.1:${port}`;
		while (
			!(await fetch(appUrl).then(
				(r) => r.ok,
				() => false
			))
		) {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		console.log(
			`load average before: ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
		const figures = await benchMap({
			appUrl,
			dbUrl: stack.superuserDbUrl,
			organisations: Number(process.env.BENCH_MAP_ORGANISATIONS ?? 10_000),
			runs: Number(process.env.BENCH_MAP_RUNS ?? 3),
			log: (line) => console.log(line)
		});
		console.log('\nDirectory map benchmark (Chromium, loopback, this machine)');
		for (const [name, value] of Object.entries(figures)) {
			console.log(`  ${name.padEnd(52)} ${value}`);
		}
	} finally {
		app.kill('SIGTERM');
		await stack.stop();
		await rm(dataDir, { recursive: true, force: true });
	}
}

if (import.meta.main) await main();
