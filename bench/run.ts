/**
 * `npm run bench`: the figures the foundation promises, measured on this machine, loopback only.
 *   - cold start: a new data folder to a ready gateway (initdb, bootstrap, migrations, seed, PostgREST)
 *   - warm start: the same folder again
 *   - home page latency under load against the production build (p50/p95)
 *   - sign-in latency (password grant through the gateway, bcrypt cost 10), one after another
 * Prints a table and writes .reports/bench.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from '@supabase/supabase-js';
import { freePort } from '../stack/ports.ts';
import { PROJECT_ROOT, startStack } from '../stack/stack.ts';
import { load, percentile } from './load.ts';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 40);
const figures: Record<string, number | string> = {};
const quiet = () => {};

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
	const started = performance.now();
	const result = await work();
	return [result, performance.now() - started];
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

	if (!existsSync(join(PROJECT_ROOT, 'build', 'index.js'))) {
		console.log('building the app first (vite build)…');
		spawnSync(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
			{ stdio: 'inherit' }
		);
	}
	const port = await freePort();
	const app = spawn(process.execPath, [join(PROJECT_ROOT, 'build', 'index.js')], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			PUBLIC_SUPABASE_URL: stack.url,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey,
			SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey
		},
		stdio: 'ignore'
	});
	try {
		const home = `http://127.0.0.1:${port}/`;
		for (let ready = false; !ready;) {
			ready = await fetch(home).then(
				(r) => r.ok,
				() => false
			);
			if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
		}
		await load(home, 2, 1); // warm-up: JIT, connection pools
		const result = await load(home, CONNECTIONS, SECONDS);
		figures[`home page p50 (ms, ${CONNECTIONS} connections)`] = Number(result.p50.toFixed(1));
		figures[`home page p95 (ms, ${CONNECTIONS} connections)`] = Number(result.p95.toFixed(1));
		figures['home page requests/s'] = Math.round(result.rps);
		figures['home page errors'] = result.errors;
	} finally {
		app.kill('SIGTERM');
		await stack.stop();
	}
} finally {
	await rm(dataDir, { recursive: true, force: true });
}

console.log('\nBündnisatlas benchmark (loopback, this machine)');
for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(40)} ${value}`);
await mkdir(join(PROJECT_ROOT, '.reports'), { recursive: true });
await writeFile(join(PROJECT_ROOT, '.reports', 'bench.json'), JSON.stringify(figures, null, '\t'));
