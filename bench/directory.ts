/**
 * The directory's figures for `npm run bench` (issue #4), on 10,000 synthetic organisations with
 * 20,000 locations (scripts/generate-directory.ts):
 *   - the search RPC over a fixed mix of calls, one after another: through supabase-js, the
 *     gateway and PostgREST as the page calls it (goal p95 ≤ 10 ms), and the same calls directly
 *     in SQL, so that the share of the HTTP path is visible;
 *   - the map's points RPC (every match at once), for the record;
 *   - the directory page of the production build under concurrent load (goal p95 ≤ 50 ms).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import type { Database } from '../src/lib/database.types.ts';
import { PROJECT_ROOT } from '../stack/stack.ts';
import { load, percentile, type LoadResult } from './load.ts';

type SearchArgs = Database['public']['Functions']['search_directory']['Args'];
type Figures = { p50: number; p95: number; calls: number };

export const SEARCH_GOAL_P95_MS = 15;
/** At 50,000 organisations (issue #13). */
export const SEARCH_GOAL_LARGE_P95_MS = 30;
export const PAGE_GOAL_P95_MS = 50;
export const PAGE_UNCACHED_GOAL_P95_MS = 150;

/** Kassel's centre, where half of the synthetic locations lie. */
const KASSEL = { near_latitude: 51.3127, near_longitude: 9.4797 };
/** "Open now" at a fixed ordinary weekday morning, so that runs compare (not at night, not at Christmas). */
const WEDNESDAY_MORNING = '2026-11-25T11:00:00+01:00';

/** What people typically ask the directory: the same calls every run. */
export const SEARCH_MIX: ReadonlyArray<{ label: string; args: SearchArgs }> = [
	{ label: 'no filter, page 1', args: {} },
	{ label: 'no filter, page 5', args: { page_offset: 80 } },
	{ label: 'q=beratung', args: { q: 'beratung' } },
	{ label: 'q=respnse (typo fallback)', args: { q: 'respnse' } },
	{ label: 'q=antidiskriminirung (long typo)', args: { q: 'antidiskriminirung' } },
	// Query understanding (issue #9): "arabisch" becomes the language filter, "counselling" is
	// searched as itself or as "Beratung".
	{ label: 'q=beratung auf arabisch (understood)', args: { q: 'beratung auf arabisch' } },
	{ label: 'q=counselling (translated word)', args: { q: 'counselling' } },
	{
		label: 'anonymous + free + Arabic',
		args: { anonymous_possible: true, free_of_charge: true, languages: ['ar'] }
	},
	{ label: 'open now', args: { open_now: true, at: WEDNESDAY_MORNING } },
	{ label: 'near Kassel, 10 km', args: { ...KASSEL, radius_m: 10_000 } },
	{
		label: 'combination',
		args: {
			q: 'beratung',
			kinds: ['counselling_service', 'migrant_organisation'],
			languages: ['ar'],
			open_now: true,
			at: WEDNESDAY_MORNING,
			...KASSEL,
			radius_m: 10_000
		}
	}
];

/** The same mix as page URLs (coordinates instead of a place name: no geocoder in the loop). */
export const PAGE_MIX: readonly string[] = [
	'/verzeichnis',
	'/verzeichnis?page=5',
	'/verzeichnis?q=beratung',
	'/verzeichnis?q=respnse',
	'/verzeichnis?q=antidiskriminirung',
	'/verzeichnis?anonymous=1&free=1&language=ar',
	'/verzeichnis?open=1',
	'/verzeichnis?lat=51.3127&lng=9.4797&radius=10',
	'/verzeichnis?q=beratung&kind=counselling_service&kind=migrant_organisation&language=ar&open=1&lat=51.3127&lng=9.4797&radius=10'
];

/** The argument types of public.search_directory, for calling it with named arguments in SQL. */
const SQL_TYPES: Record<string, string> = {
	q: 'text',
	kinds: 'public.organisation_kind[]',
	discrimination_grounds: 'text[]',
	counselling_types: 'text[]',
	languages: 'text[]',
	access_modes: 'public.access_mode[]',
	anonymous_possible: 'boolean',
	free_of_charge: 'boolean',
	wheelchair_accessible: 'boolean',
	open_now: 'boolean',
	network: 'text',
	near_latitude: 'double precision',
	near_longitude: 'double precision',
	radius_m: 'double precision',
	at: 'timestamptz',
	page_limit: 'integer',
	page_offset: 'integer'
};

/** One search call in SQL with named arguments: `select * from fn(q => $1::text, …)`. */
export function searchCallSql(
	args: SearchArgs,
	fn = 'public.search_directory'
): { sql: string; values: unknown[] } {
	const entries = Object.entries(args);
	const named = entries.map(([name], i) => `${name} => $${i + 1}::${SQL_TYPES[name]}`);
	return {
		sql: `select * from ${fn}(${named.join(', ')})`,
		values: entries.map(([, value]) => value)
	};
}

function summary(latencies: number[]): Figures {
	const sorted = [...latencies].sort((a, b) => a - b);
	return {
		p50: Number(percentile(sorted, 0.5).toFixed(1)),
		p95: Number(percentile(sorted, 0.95).toFixed(1)),
		calls: sorted.length
	};
}

/**
 * Fills the stack's database with `organisations` synthetic organisations (two locations each)
 * and brings the statistics and visibility maps up to date, as autovacuum would after a load.
 * Returns what the generator counted.
 */
export async function generateDirectory(
	dbUrl: string,
	organisations: number,
	run = 'bench'
): Promise<{ organisations: number; locations: number; services: number }> {
	// Asynchronously: the stack's gateway runs in this process and must keep answering.
	const child = spawn(
		process.execPath,
		[
			join(PROJECT_ROOT, 'scripts', 'generate-directory.ts'),
			'--db-url',
			dbUrl,
			'--organisations',
			String(organisations),
			'--run',
			run
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk) => (stdout += chunk));
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
	if (code !== 0) throw new Error(`generating the directory failed: ${stderr}`);
	// The generator's last line is its counts as JSON.
	return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

/**
 * Runs the mix `rounds` times through supabase-js (anonymous visitor, as the page), one call
 * at a time after one round of warm-up. Returns all calls' p50/p95 and each kind's p50.
 */
export async function measureSearchRpc(
	url: string,
	anonKey: string,
	rounds: number
): Promise<Figures & { byCall: Record<string, number> }> {
	const client = createClient<Database>(url, anonKey, {
		auth: { persistSession: false, autoRefreshToken: false }
	});
	const call = async (args: SearchArgs) => {
		const { data, error } = await client.rpc('search_directory', { page_limit: 20, ...args });
		if (error) throw new Error(`search_directory failed: ${error.message}`);
		if (data.length === 0)
			throw new Error(`search_directory found nothing for ${JSON.stringify(args)}`);
	};
	return measureMix(rounds, call);
}

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const CLOCK_TICKS = 100;

/**
 * CPU time the process `pid` has used so far (user + system, ms), from /proc on Linux; null
 * elsewhere. Unlike latency it hardly depends on what else the machine is doing.
 */
function cpuMs(pid: number): number | null {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
	} catch {
		return null;
	}
}
/**
 * The same mix directly in SQL (the `postgres` role over one connection): the database's share,
 * and the CPU time its backend spent per call (the stack's Postgres runs on this machine).
 */
export async function measureSearchSql(
	dbUrl: string,
	rounds: number,
	fn = 'public.search_directory'
): Promise<Figures & { byCall: Record<string, number>; cpuPerCall: number | null }> {
	const client = new pg.Client({ connectionString: dbUrl });
	await client.connect();
	try {
		const backend = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!
			.pid;
		const call = async (args: SearchArgs) => {
			const { sql, values } = searchCallSql({ page_limit: 20, ...args }, fn);
			const { rowCount } = await client.query(sql, values);
			// The search before #13 predates query understanding: "auf arabisch" is text to it.
			if (!rowCount && fn === 'public.search_directory')
				throw new Error(`search_directory found nothing for ${JSON.stringify(args)}`);
		};
		for (const { args } of SEARCH_MIX) await call(args); // warm-up outside the CPU count
		const before = cpuMs(backend);
		const figures = await measureMix(rounds, call);
		const after = cpuMs(backend);
		// measureMix warms up with one more round of its own.
		const calls = figures.calls + SEARCH_MIX.length;
		const cpuPerCall =
			before === null || after === null ? null : Number(((after - before) / calls).toFixed(1));
		return { ...figures, cpuPerCall };
	} finally {
		await client.end();
	}
}

async function measureMix(
	rounds: number,
	call: (args: SearchArgs) => Promise<void>
): Promise<Figures & { byCall: Record<string, number> }> {
	for (const { args } of SEARCH_MIX) await call(args); // warm-up: connections, caches, plans
	const all: number[] = [];
	const byCall: Record<string, number[]> = {};
	for (let round = 0; round < rounds; round++) {
		for (const { label, args } of SEARCH_MIX) {
			const started = performance.now();
			await call(args);
			const elapsed = performance.now() - started;
			all.push(elapsed);
			(byCall[label] ??= []).push(elapsed);
		}
	}
	return {
		...summary(all),
		byCall: Object.fromEntries(
			Object.entries(byCall).map(([label, latencies]) => [label, summary(latencies).p50])
		)
	};
}

/** The map's RPC without filters (every organisation, every point) and near Kassel. */
export async function measurePointsRpc(
	url: string,
	anonKey: string,
	rounds: number
): Promise<Figures & { organisations: number; points: number }> {
	const client = createClient<Database>(url, anonKey, {
		auth: { persistSession: false, autoRefreshToken: false }
	});
	const mix = [{}, { ...KASSEL, radius_m: 10_000 }];
	const latencies: number[] = [];
	let size = { organisations: 0, points: 0 };
	for (let round = 0; round <= rounds; round++) {
		for (const args of mix) {
			const started = performance.now();
			const { data, error } = await client.rpc('search_directory_points', args);
			if (error) throw new Error(`search_directory_points failed: ${error.message}`);
			if (round > 0) latencies.push(performance.now() - started); // round 0 warms up
			if (round === 0 && Object.keys(args).length === 0) {
				const map = data as { organisations: unknown[]; points: unknown[] };
				size = { organisations: map.organisations.length, points: map.points.length };
			}
		}
	}
	return { ...summary(latencies), ...size };
}

/** The directory page of the running production build under `connections` concurrent clients. */
export async function measureDirectoryPage(
	appUrl: string,
	connections: number,
	seconds: number,
	paths: readonly string[] = PAGE_MIX
): Promise<LoadResult> {
	const urls = paths.map((path) => new URL(path, appUrl).href);
	for (const url of urls) {
		const response = await fetch(url);
		await response.arrayBuffer();
		if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	}
	await load(urls, 2, 1); // warm-up: JIT, connection pools
	return load(urls, connections, seconds);
}
