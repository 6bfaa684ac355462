/**
 * `npm run bench -- --search-only` (issue #13): only the directory search, on a stack of its own
 * with 10,000 synthetic organisations (bench/directory.ts generateDirectory): through the API
 * (supabase-js, the gateway, PostgREST), directly in SQL with the Postgres backend's CPU time per
 * call, the search before #13 on the same data, and the plans of every statement
 * (.reports/search-explain.txt). With `--large`, the same again at 50,000 organisations.
 * Prints the per-query table with the machine's load beside every size (2 cores, shared: latency
 * is noisy, CPU time per call much less so).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT, startStack } from '../stack/stack.ts';
import {
	generateDirectory,
	measureSearchRpc,
	measureSearchSql,
	SEARCH_GOAL_LARGE_P95_MS,
	SEARCH_GOAL_P95_MS
} from './directory.ts';
import { explainSearchMix } from './explain-search.ts';
import { installReferenceSearch } from './reference-search.ts';

const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 25);
const SIZES = [10_000, 50_000] as const;

function load(): string {
	return loadavg()
		.map((value) => value.toFixed(2))
		.join(', ');
}

async function measureAt(
	stack: { url: string; anonKey: string; dbUrl: string; superuserDbUrl: string },
	organisations: number,
	goal: number
): Promise<void> {
	const loadBefore = load();
	const rpc = await measureSearchRpc(stack.url, stack.anonKey, ROUNDS);
	const sql = await measureSearchSql(stack.dbUrl, ROUNDS);
	const reference = await measureSearchSql(
		stack.dbUrl,
		ROUNDS,
		'private.reference_search_directory'
	);
	const loadAfter = load();
	console.log(`\nSearch at ${organisations} organisations (${rpc.calls} calls per column)`);
	console.log(`  load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}`);
	console.log(
		`  API p50 / p95: ${rpc.p50} / ${rpc.p95} ms (goal p95 ≤ ${goal}); SQL: ${sql.p50} / ${sql.p95}; SQL before #13: ${reference.p50} / ${reference.p95}`
	);
	console.log(
		`  Postgres CPU per call (ms, mean): ${sql.cpuPerCall ?? 'n/a'}; before #13: ${reference.cpuPerCall ?? 'n/a'}`
	);
	console.log(
		`  ${'p50 (ms)'.padEnd(40)} ${'API'.padStart(7)} ${'SQL'.padStart(7)} ${'before'.padStart(7)}`
	);
	for (const [label, p50] of Object.entries(rpc.byCall)) {
		console.log(
			`  ${label.padEnd(40)} ${String(p50).padStart(7)} ${String(sql.byCall[label]).padStart(7)} ${String(reference.byCall[label]).padStart(7)}`
		);
	}
	await mkdir(join(PROJECT_ROOT, '.reports'), { recursive: true });
	const file = join(PROJECT_ROOT, '.reports', `search-explain-${organisations}.txt`);
	console.log(`  plans (${file}): shared buffers; whole-table scans`);
	for (const call of await explainSearchMix(stack.superuserDbUrl, file)) {
		console.log(
			`  ${call.label.padEnd(40)} ${String(call.buffers).padStart(7)}; ${call.seqScans.join(', ') || 'none'}`
		);
	}
}

export async function benchSearchOnly(large: boolean): Promise<void> {
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-bench-search-'));
	try {
		const stack = await startStack({ dataDir, log: () => {} });
		try {
			const admin = new pg.Client({ connectionString: stack.dbUrl });
			await admin.connect();
			await installReferenceSearch(admin);
			await admin.end();
			let organisations = 0;
			for (const size of large ? SIZES : SIZES.slice(0, 1)) {
				const made = await generateDirectory(stack.dbUrl, size - organisations, `search${size}`);
				organisations += made.organisations;
				await measureAt(stack, size, size > 10_000 ? SEARCH_GOAL_LARGE_P95_MS : SEARCH_GOAL_P95_MS);
			}
		} finally {
			await stack.stop();
		}
	} finally {
		await rm(dataDir, { recursive: true, force: true });
	}
}
