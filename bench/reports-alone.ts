/**
 * `npm run bench -- --reports-only` (or BENCH_REPORTS_ONLY=1): only the figures of issue #12, on
 * a stack of their own: the iCal feed of an organisation with 500 obligations (through the
 * production build) and the report queries on 50,000 applications. The full bench takes long on a
 * shared machine; this part can be measured again after a change to the reports alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, startStack } from '../stack/stack.ts';
import { startAppServer } from '../tests/support/app-server.ts';
import { FEED_OBLIGATIONS, measureCalendarFeed } from './calendar-feed.ts';
import { benchReports } from './grant-reports.ts';

const loadAverage = () =>
	loadavg()
		.map((value) => value.toFixed(2))
		.join(', ');

export async function benchReportsAlone(): Promise<void> {
	const figures: Record<string, number | string> = {};
	figures['load average (1, 5, 15 min) at the start'] = loadAverage();
	if (!existsSync(join(PROJECT_ROOT, 'build', 'index.js'))) {
		console.log('building the app first (vite build)…');
		spawnSync(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
			{ stdio: 'inherit' }
		);
	}
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-bench-reports-'));
	try {
		const stack = await startStack({ dataDir, log: () => {} });
		const app = await startAppServer(stack, { build: false });
		try {
			const feed = await measureCalendarFeed(stack.superuserDbUrl, app.url);
			const feedLabel = `${FEED_OBLIGATIONS} obligations, ${feed.events} events, ${feed.kb} KB`;
			figures[`iCal feed of an organisation p50 (ms, ${feedLabel})`] = feed.p50;
			figures[`iCal feed of an organisation p95 (ms, ${feedLabel})`] = feed.p95;
			Object.assign(figures, await benchReports(stack.superuserDbUrl));
		} finally {
			await app.stop();
			await stack.stop();
		}
	} finally {
		await rm(dataDir, { recursive: true, force: true });
	}
	figures['load average (1, 5, 15 min) at the end'] = loadAverage();
	console.log('\nBündnisatlas benchmark: reports and calendar feed (loopback, this machine)');
	for (const [name, value] of Object.entries(figures)) console.log(`  ${name.padEnd(72)} ${value}`);
	await mkdir(join(PROJECT_ROOT, '.reports'), { recursive: true });
	await writeFile(
		join(PROJECT_ROOT, '.reports', 'bench-reports.json'),
		JSON.stringify(figures, null, '\t')
	);
}
