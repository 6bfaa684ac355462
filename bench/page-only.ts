/**
 * `npm run bench -- --page-only`: the directory page alone (issue #13), on a stack of its own
 * with 10,000 synthetic organisations: its weight (HTML raw and on the wire, a phone's first
 * load before the map), its latency under load with the search and page caches on and off, the
 * Node CPU time per page (which the machine's load hardly skews, unlike latency), and the app
 * server's RSS. Every latency is printed with the load average at the time it was measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, startStack } from '../stack/stack.ts';
import { startAppServer } from '../tests/support/app-server.ts';
import {
	generateDirectory,
	measureDirectoryPage,
	PAGE_GOAL_P95_MS,
	PAGE_MIX,
	PAGE_UNCACHED_GOAL_P95_MS
} from './directory.ts';
import { measurePageWeight } from './page-weight.ts';
import { startStackProcess } from './stack-process.ts';

const ORGANISATIONS = Number(process.env.BENCH_ORGANISATIONS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_DIRECTORY_CONNECTIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const HTML_GOAL_KB = 40;
const FIRST_LOAD_GOAL_KB = 80;
/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const CLOCK_TICKS = 100;

/** CPU time (user + system, ms) and resident set (MB) of a process, from /proc on Linux. */
function usage(pid: number | undefined): { cpuMs: number; rssMb: number } | null {
	if (pid === undefined) return null;
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		const rss = readFileSync(`/proc/${pid}/status`, 'utf8')
			.split('\n')
			.find((line) => line.startsWith('VmRSS:'));
		return {
			cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS,
			rssMb: rss ? Math.round(Number(rss.split(/\s+/)[1]) / 1024) : NaN
		};
	} catch {
		return null;
	}
}

const load1 = () => loadavg()[0]!.toFixed(2);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * The page under load on one app server: latency, requests/s, Node CPU per page, RSS after;
 * and, when the stack runs in a process of its own, that process's CPU per page (its gateway
 * and auth service: the data version and searches the app asks for).
 */
async function pageUnderLoad(app: { url: string; pid: number | undefined }, stackPid?: number) {
	const before = usage(app.pid);
	const stackBefore = usage(stackPid);
	const generator = process.cpuUsage();
	const result = await measureDirectoryPage(`${app.url}/`, CONNECTIONS, SECONDS);
	const after = usage(app.pid);
	const stackAfter = usage(stackPid);
	const generatorMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(generator));
	// measureDirectoryPage warms up (one fetch per URL, then 2 connections for 1 s): the CPU
	// figure covers those requests too, which only lowers it slightly; the count is the timed run.
	const perPage = (from: typeof before, to: typeof after) =>
		from && to ? ((to.cpuMs - from.cpuMs) / (result.requests || 1)).toFixed(2) : 'n/a';
	return {
		result,
		cpuPerPage: perPage(before, after),
		stackCpuPerPage: perPage(stackBefore, stackAfter),
		generatorCpuPerPage: (generatorMs / (result.requests || 1)).toFixed(2),
		rss: after?.rssMb ?? 'n/a',
		load: load1()
	};
}

type Stack = Parameters<typeof startAppServer>[0] & { pid?: number };

/**
 * The page's figures on a running stack that holds the directory to measure (the build must
 * exist): weight, then latency, Node CPU per page and RSS with the caches on and off.
 */
export async function measurePage(stack: Stack): Promise<Record<string, string | number>> {
	const figures: Record<string, string | number> = {};
	const cached = await startAppServer(stack, {
		build: false,
		env: { DIRECTORY_CACHE_SECONDS: '30' }
	});
	const uncached = await startAppServer(stack, { build: false });
	try {
		const weight = await measurePageWeight(`${cached.url}/verzeichnis`);
		figures[`HTML (KB raw; goal ≤ ${HTML_GOAL_KB})`] = kb(weight.htmlRaw);
		figures['HTML on the wire (KB brotli / gzip; Vary)'] =
			`${kb(weight.htmlBrotli)} / ${kb(weight.htmlGzip)} (${weight.vary ?? 'no Vary'})`;
		figures[`first load before the map (KB, ${weight.files} files; goal ≤ ${FIRST_LOAD_GOAL_KB})`] =
			kb(weight.firstLoad);
		const at = `${CONNECTIONS} connections, ${PAGE_MIX.length} URLs`;
		for (const [label, app, goal] of [
			['caches on', cached, PAGE_GOAL_P95_MS],
			['caches off', uncached, PAGE_UNCACHED_GOAL_P95_MS]
		] as const) {
			const run = await pageUnderLoad(app, stack.pid);
			figures[`/verzeichnis p50 / p95 (ms, ${at}, ${label}; goal p95 ≤ ${goal}) [load]`] =
				`${run.result.p50.toFixed(1)} / ${run.result.p95.toFixed(1)} [${run.load}]`;
			figures[`/verzeichnis requests/s, errors (${label})`] =
				`${Math.round(run.result.rps)}, ${run.result.errors}`;
			figures[`Node CPU per page (ms, ${label})`] = run.cpuPerPage;
			figures[`load generator CPU per page (ms, ${label}; this process)`] = run.generatorCpuPerPage;
			if (stack.pid !== undefined)
				figures[`stack gateway CPU per page (ms, ${label})`] = run.stackCpuPerPage;
			figures[`app server RSS after the run (MB, ${label})`] = run.rss;
		}
	} finally {
		await cached.stop();
		await uncached.stop();
	}
	return figures;
}

export async function benchPageOnly(): Promise<void> {
	let figures: Record<string, string | number>;
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-bench-page-'));
	try {
		const filling = await startStack({ dataDir, log: () => {} });
		let organisations: number;
		try {
			organisations = (await generateDirectory(filling.dbUrl, ORGANISATIONS)).organisations;
		} finally {
			await filling.stop();
		}
		if (!existsSync(join(PROJECT_ROOT, 'build', 'index.js'))) {
			console.log('building the app first (vite build)…');
			spawnSync(
				process.execPath,
				[join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
				{ stdio: 'inherit' }
			);
		}
		// The pages are measured against the stack in a process of its own, as `npm start` runs.
		const stack = await startStackProcess(dataDir);
		try {
			figures = { organisations, ...(await measurePage(stack)) };
		} finally {
			await stack.stop();
		}
	} finally {
		await rm(dataDir, { recursive: true, force: true });
	}
	figures['load average (1, 5, 15 min) at the end'] = loadavg()
		.map((value) => value.toFixed(2))
		.join(', ');
	console.log('\n/verzeichnis benchmark (loopback, this machine)');
	for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(84)} ${value}`);
}
