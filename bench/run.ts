/**
 * `npm run bench`: the figures the foundation promises, measured on this machine, loopback only.
 *   - cold start: a new data folder to a ready gateway (initdb, bootstrap, migrations, seed, PostgREST)
 *   - warm start: the same folder again
 *   - home page latency under load against the production build (p50/p95)
 *   - sign-in latency (password grant through the gateway, bcrypt cost 10), one after another
 *   - the directory on 10,000 synthetic organisations (bench/directory.ts): the search RPC through
 *     the API and directly in SQL, the map's points RPC, the directory page under load
 *   - the office's report queries on 50,000 applications (bench/grant-reports.ts; --no-reports skips)
 *   - clearing (bench/revisions.ts): the review queue with 1,000 pending revisions, a section save
 *   - with --applications: the office's application table and board on 50,000 applications
 *     (bench/applications.ts)
 *   - the map in Chromium (bench/map.ts): all points drawn as clusters, a pan and a zoom, next to
 *     bare Leaflet pages with the same points; the directory page's JavaScript, gzip
 *   - the iCal feed of an organisation with 500 obligations (bench/calendar-feed.ts)
 * `--reports-only` (or BENCH_REPORTS_ONLY=1): only the last two, on a stack of their own
 * (bench/reports-alone.ts). `--page-only` (or BENCH_PAGE_ONLY=1): only the directory page's
 * weight, latency, Node CPU and RSS, on a stack of its own (bench/page-only.ts).
 * `--search-only` (or BENCH_SEARCH_ONLY=1): only the directory search (bench/search-only.ts;
 * with --large also at 50,000 organisations).
 * Prints a table (with the goals of issue #4 beside their figures), the machine's load average
 * (other work on the machine skews the figures), and writes .reports/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from '@supabase/supabase-js';
import { PROJECT_ROOT, startStack } from '../stack/stack.ts';
import pg from 'pg';
import {
	generateDirectory,
	measureDirectoryPage,
	measurePointsRpc,
	measureSearchRpc,
	measureSearchSql,
	PAGE_GOAL_P95_MS,
	PAGE_MIX,
	PAGE_UNCACHED_GOAL_P95_MS,
	SEARCH_GOAL_LARGE_P95_MS,
	SEARCH_GOAL_P95_MS
} from './directory.ts';
import { measurePageWeight } from './page-weight.ts';
import { startStackProcess } from './stack-process.ts';
import { installReferenceSearch } from './reference-search.ts';
import { explainSearchMix } from './explain-search.ts';
import { startAppServer } from '../tests/support/app-server.ts';
import { load, percentile } from './load.ts';
import { benchMap } from './map.ts';
import { benchReports } from './grant-reports.ts';
import { FEED_OBLIGATIONS, measureCalendarFeed } from './calendar-feed.ts';
import { benchRevisions } from './revisions.ts';
import {
	APPLICATIONS,
	generateApplications,
	measureApplicationPages,
	staffCookie
} from './applications.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 40);
const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 10_000);
/** `npm run bench -- --large` (or BENCH_LARGE=1): the growth table goes on to 50,000. */
const LARGE = process.argv.includes('--large') || process.env.BENCH_LARGE === '1';
/** The report queries on 50,000 applications (bench/grant-reports.ts); `--no-reports` skips them. */
const REPORTS = !process.argv.includes('--no-reports') && process.env.BENCH_REPORTS !== '0';
const LARGE_ORGANISATIONS = 50_000;
/** `--applications` (or BENCH_APPLICATIONS=1, or --large): the office's pages on 50,000 applications. */
const WITH_APPLICATIONS =
	LARGE || process.argv.includes('--applications') || process.env.BENCH_APPLICATIONS === '1';
const OFFICE_CONNECTIONS = Number(process.env.BENCH_OFFICE_CONNECTIONS ?? 5);
const SMALL_ORGANISATIONS = 1_000;
/** Goals of issue #13 beside their figures. */
const HTML_GOAL_KB = 40;
const FIRST_LOAD_GOAL_KB = 80;
const MAP_DATA_GOAL_KB = 100;
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 25);
const DIRECTORY_CONNECTIONS = Number(process.env.BENCH_DIRECTORY_CONNECTIONS ?? 20);
const figures: Record<string, number | string> = {};
const quiet = () => {};

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
	const started = performance.now();
	const result = await work();
	return [result, performance.now() - started];
}

/** The resident set size of a process (MB), from /proc on Linux; null elsewhere. */
function rssMb(pid: number | undefined): number | null {
	if (pid === undefined) return null;
	try {
		const line = readFileSync(`/proc/${pid}/status`, 'utf8')
			.split('\n')
			.find((entry) => entry.startsWith('VmRSS:'));
		return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
	} catch {
		return null;
	}
}

type Growth = {
	organisations: number;
	rpc: string;
	sql: string;
	reference: string;
	/** The machine's 1-minute load average when the size was measured (2 cores, shared). */
	load: string;
};
const growth: Growth[] = [];

/**
 * The search mix at the database's current size: through the API (p50/p95), in SQL, and the
 * old search (20261126000000, installed under a test-only name) in SQL on the same data.
 */
async function measureGrowth(
	stack: { url: string; anonKey: string; dbUrl: string },
	organisations: number
) {
	const rpc = await measureSearchRpc(stack.url, stack.anonKey, SEARCH_ROUNDS);
	const direct = await measureSearchSql(stack.dbUrl, SEARCH_ROUNDS);
	const reference = await measureSearchSql(
		stack.dbUrl,
		SEARCH_ROUNDS,
		'private.reference_search_directory'
	);
	const pair = (figures: { p50: number; p95: number }) => `${figures.p50} / ${figures.p95}`;
	growth.push({
		organisations,
		rpc: pair(rpc),
		sql: pair(direct),
		reference: pair(reference),
		load: loadavg()[0]!.toFixed(2)
	});
	return { rpc, direct, reference };
}

/** Creates a confirmed user, then signs in `count` times with supabase-js and times each one. */
async function measureSignIn(url: string, anonKey: string, serviceRoleKey: string, count: number) {
	const noSession = { auth: { persistSession: false, autoRefreshToken: false } };
	const email = `bench-${Date.now()}@example.org`;
	const password = 'bench-password-123';
	const admin = createClient(url, serviceRoleKey, noSession);
	const created = await admin.auth.admin.createUser({ email, password, email_confirm: true });
	if (created.error) throw created.error;
	const client = createClient(url, anonKey, noSession);
	const latencies: number[] = [];
	for (let i = 0; i < count; i++) {
		const started = performance.now();
		const { error } = await client.auth.signInWithPassword({ email, password });
		if (error) throw error;
		latencies.push(performance.now() - started);
	}
	latencies.sort((a, b) => a - b);
	return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

if (process.argv.includes('--reports-only') || process.env.BENCH_REPORTS_ONLY === '1') {
	const { benchReportsAlone } = await import('./reports-alone.ts');
	await benchReportsAlone();
	process.exit(0);
}

if (process.argv.includes('--page-only') || process.env.BENCH_PAGE_ONLY === '1') {
	const { benchPageOnly } = await import('./page-only.ts');
	await benchPageOnly();
	process.exit(0);
}

if (process.argv.includes('--search-only') || process.env.BENCH_SEARCH_ONLY === '1') {
	const { benchSearchOnly } = await import('./search-only.ts');
	await benchSearchOnly(LARGE);
	process.exit(0);
}

const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-bench-'));
try {
	const [cold, coldMs] = await timed(() => startStack({ dataDir, log: quiet }));
	await cold.stop();
	figures['stack cold start (ms)'] = Math.round(coldMs);

	// The bench signs in many times from one address: lift the auth rate limit for this stack only.
	const unlimited = { events: 1_000_000, perSeconds: 1, burst: 1_000_000 };
	const [stack, warmMs] = await timed(() =>
		startStack({ dataDir, log: quiet, auth: { rateLimits: { token: unlimited } } })
	);
	figures['stack warm start (ms)'] = Math.round(warmMs);
	const signIn = await measureSignIn(stack.url, stack.anonKey, stack.serviceRoleKey, SIGN_INS);
	figures[`sign-in p50 (ms, ${SIGN_INS} sign-ins)`] = Number(signIn.p50.toFixed(1));
	figures[`sign-in p95 (ms, ${SIGN_INS} sign-ins)`] = Number(signIn.p95.toFixed(1));

	// The old search beside the new one, from its own migration, for before/after in one run.
	const admin = new pg.Client({ connectionString: stack.dbUrl });
	await admin.connect();
	await installReferenceSearch(admin);
	await admin.end();

	// Growth: the search at 1,000, then 10,000 (everything else is measured there), then 50,000.
	await generateDirectory(stack.dbUrl, SMALL_ORGANISATIONS, 'growth');
	await measureGrowth(stack, SMALL_ORGANISATIONS);
	const [generated, generateMs] = await timed(() =>
		generateDirectory(stack.dbUrl, ORGANISATIONS - SMALL_ORGANISATIONS)
	);
	const organisations = generated.organisations + SMALL_ORGANISATIONS;
	const { locations, services } = generated;
	figures[`directory data: ${organisations} org. (+${locations} loc., ${services} services) (s)`] =
		Number((generateMs / 1000).toFixed(1));
	const { rpc, direct, reference } = await measureGrowth(stack, organisations);
	const calls = `${rpc.calls} calls`;
	figures[`search RPC p50 (ms, API, ${calls})`] = rpc.p50;
	figures[`search RPC p95 (ms, API, ${calls}; goal ≤ ${SEARCH_GOAL_P95_MS})`] = rpc.p95;
	figures['  load average (1 min) after the search runs'] = loadavg()[0]!.toFixed(2);
	figures[`search p50 (ms, SQL only, ${calls})`] = direct.p50;
	figures[`search p95 (ms, SQL only, ${calls})`] = direct.p95;
	figures[`search p50 / p95 before #13 (ms, SQL only, same data and run)`] =
		`${reference.p50} / ${reference.p95}`;
	// Latency on a busy machine mostly measures the queue for a core; CPU time does not.
	figures[`search CPU per call (ms, Postgres backend, mean; before #13)`] =
		`${direct.cpuPerCall ?? 'n/a'} (${reference.cpuPerCall ?? 'n/a'})`;
	for (const [label, p50] of Object.entries(rpc.byCall)) {
		figures[`  search p50: ${label} (ms, API / SQL / SQL before #13)`] =
			`${p50} / ${direct.byCall[label]} / ${reference.byCall[label]}`;
	}
	// The plans behind the figures (shared buffers do not depend on the machine's load).
	await mkdir(join(PROJECT_ROOT, '.reports'), { recursive: true });
	const explainFile = join(PROJECT_ROOT, '.reports', 'search-explain.txt');
	for (const call of await explainSearchMix(stack.superuserDbUrl, explainFile)) {
		figures[`  search plan: ${call.label} (shared buffers; whole-table scans)`] =
			`${call.buffers}; ${call.seqScans.join(', ') || 'none'}`;
	}
	figures['search plans (EXPLAIN ANALYZE, BUFFERS of every statement)'] = explainFile;
	const points = await measurePointsRpc(stack.url, stack.anonKey, 5);
	figures[`map points RPC p50 (ms, ${points.organisations} org., ${points.points} points)`] =
		points.p50;
	figures[`map points RPC p95 (ms, all and near Kassel)`] = points.p95;
	// Clearing (issue #10): the review queue with 1,000 pending revisions, a portal section save.
	Object.assign(figures, await benchRevisions(stack));

	// The app's pages against the stack in a process of its own, as `npm start` runs it: in this
	// process its gateway would queue behind the load generator (bench/stack-process.ts).
	await stack.stop();
	const served = await startStackProcess(dataDir);

	if (!existsSync(join(PROJECT_ROOT, 'build', 'index.js'))) {
		console.log('building the app first (vite build)…');
		spawnSync(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
			{ stdio: 'inherit' }
		);
	}
	// As deployed: searches kept for 30 s per server process (DIRECTORY_CACHE_SECONDS); and the
	// same build with the cache off, to show what the database and API cost per request.
	const app = await startAppServer(served, {
		build: false,
		env: { DIRECTORY_CACHE_SECONDS: '30' }
	});
	const uncached = await startAppServer(served, { build: false });
	try {
		const home = `${app.url}/`;
		await load(home, 2, 1); // warm-up: JIT, connection pools
		const result = await load(home, CONNECTIONS, SECONDS);
		figures[`home page p50 (ms, ${CONNECTIONS} connections)`] = Number(result.p50.toFixed(1));
		figures[`home page p95 (ms, ${CONNECTIONS} connections)`] = Number(result.p95.toFixed(1));
		figures['home page requests/s'] = Math.round(result.rps);
		figures['home page errors'] = result.errors;

		const feed = await measureCalendarFeed(served.superuserDbUrl, app.url);
		const feedLabel = `${FEED_OBLIGATIONS} obligations, ${feed.events} events, ${feed.kb} KB`;
		figures[`iCal feed of an organisation p50 (ms, ${feedLabel})`] = feed.p50;
		figures[`iCal feed of an organisation p95 (ms, ${feedLabel})`] = feed.p95;

		const weight = await measurePageWeight(`${app.url}/verzeichnis`);
		const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
		figures[`directory page HTML (KB raw; goal ≤ ${HTML_GOAL_KB})`] = kb(weight.htmlRaw);
		figures['directory page HTML on the wire (KB brotli / gzip; Vary)'] =
			`${kb(weight.htmlBrotli)} / ${kb(weight.htmlGzip)} (${weight.vary ?? 'no Vary'})`;
		figures[
			`first load on a phone before the map (KB on the wire, ${weight.files} files; goal ≤ ${FIRST_LOAD_GOAL_KB})`
		] = kb(weight.firstLoad);

		const directory = await measureDirectoryPage(home, DIRECTORY_CONNECTIONS, SECONDS);
		const at = `${DIRECTORY_CONNECTIONS} connections, ${PAGE_MIX.length} queries`;
		figures[`directory page p50 (ms, ${at})`] = Number(directory.p50.toFixed(1));
		figures[`directory page p95 (ms, ${at}; goal ≤ ${PAGE_GOAL_P95_MS})`] = Number(
			directory.p95.toFixed(1)
		);
		figures['directory page requests/s'] = Math.round(directory.rps);
		figures['  load average (1 min) after the cached run'] = loadavg()[0]!.toFixed(2);
		figures['directory page errors'] = directory.errors;
		figures['app server RSS after the cached run (MB)'] = rssMb(app.pid) ?? 'n/a';
		const fresh = await measureDirectoryPage(`${uncached.url}/`, DIRECTORY_CONNECTIONS, SECONDS);
		figures[`directory page p50 (ms, ${at}, search cache off)`] = Number(fresh.p50.toFixed(1));
		figures[
			`directory page p95 (ms, ${at}, search cache off; goal ≤ ${PAGE_UNCACHED_GOAL_P95_MS})`
		] = Number(fresh.p95.toFixed(1));
		figures['directory page requests/s (search cache off)'] = Math.round(fresh.rps);
		figures['  load average (1 min) after the uncached run'] = loadavg()[0]!.toFixed(2);
		figures['app server RSS after the uncached run (MB)'] = rssMb(uncached.pid) ?? 'n/a';

		// In Chromium: the map drawing every public point of the same data set as clusters, a pan
		// and a zoom, next to bare Leaflet pages; and the JavaScript the directory page ships.
		Object.assign(figures, await benchMap({ appUrl: home.replace(/\/$/, ''), log: quiet }));
		figures[`map data goal (KB compressed for 17,047 points)`] = `≤ ${MAP_DATA_GOAL_KB}`;

		if (WITH_APPLICATIONS) {
			const [made, madeMs] = await timed(() =>
				generateApplications(served.superuserDbUrl, APPLICATIONS)
			);
			figures[`application data: ${made} applications (s)`] = Number((madeMs / 1000).toFixed(1));
			const cookie = await staffCookie(served, uncached.url);
			const office = await measureApplicationPages(
				uncached.url,
				cookie,
				OFFICE_CONNECTIONS,
				SECONDS
			);
			const at = `${OFFICE_CONNECTIONS} connections`;
			figures[`application table p50 / p95 (ms, ${at}, ${office.tableMix} views)`] =
				`${office.table.p50.toFixed(1)} / ${office.table.p95.toFixed(1)}`;
			figures[`application board p50 / p95 (ms, ${at}, ${office.boardMix} views)`] =
				`${office.board.p50.toFixed(1)} / ${office.board.p95.toFixed(1)}`;
			figures['application table / board errors'] =
				`${office.table.errors} / ${office.board.errors}`;
		}

		if (LARGE) {
			await generateDirectory(served.dbUrl, LARGE_ORGANISATIONS - organisations, 'large');
			await measureGrowth(served, LARGE_ORGANISATIONS);
			const large = await measureDirectoryPage(`${uncached.url}/`, DIRECTORY_CONNECTIONS, SECONDS);
			figures[`directory page p50 / p95 at ${LARGE_ORGANISATIONS} (ms, ${at}, cache off)`] =
				`${large.p50.toFixed(1)} / ${large.p95.toFixed(1)}`;
		}
		// Last: the applications it adds must not weigh on the directory's figures above.
		if (REPORTS) Object.assign(figures, await benchReports(served.superuserDbUrl));
	} finally {
		await app.stop();
		await uncached.stop();
		await served.stop();
	}
} finally {
	await rm(dataDir, { recursive: true, force: true });
}

// Other work on the machine (2 cores, shared) slows every figure: say how busy it was.
figures['load average (1, 5, 15 min) at the end'] = loadavg()
	.map((value) => value.toFixed(2))
	.join(', ');
console.log('\nBündnisatlas benchmark (loopback, this machine)');
for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(72)} ${value}`);
console.log(
	`\nGrowth: search p50 / p95 (ms) over the mix, now and before #13 (goal p95 ≤ ${SEARCH_GOAL_P95_MS} at 10,000, ≤ ${SEARCH_GOAL_LARGE_P95_MS} at 50,000)${LARGE ? '' : '; 50,000 with --large'}`
);
console.log(
	`  ${'organisations'.padEnd(14)} ${'API'.padEnd(16)} ${'SQL'.padEnd(16)} ${'SQL before #13'.padEnd(16)} load (1 min)`
);
for (const row of growth) {
	console.log(
		`  ${String(row.organisations).padEnd(14)} ${row.rpc.padEnd(16)} ${row.sql.padEnd(16)} ${row.reference.padEnd(16)} ${row.load}`
	);
}
figures['growth'] = JSON.stringify(growth);
await mkdir(join(PROJECT_ROOT, '.reports'), { recursive: true });
await writeFile(join(PROJECT_ROOT, '.reports', 'bench.json'), JSON.stringify(figures, null, '\t'));
