/**
 * `npm test`: every test layer, each run even when an earlier one failed, then a summary.
 * Exits non-zero when any layer failed. The last line counts tests the way CI reads it.
 * Lint, type check and unit tests run side by side (ESLint and svelte-check use one core each,
 * and CI has two): their output is printed whole when each ends. The layers that start servers
 * run one after the other, streaming their output.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, '.reports');

type Step = {
	name: string;
	command: string[];
	/** Reads passed/failed counts from the runner's JSON report, for runners that write one. */
	counts?: () => Promise<{ passed: number; failed: number; skipped: number }>;
};

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);

async function vitestCounts(file: string) {
	const report = JSON.parse(await readFile(join(REPORTS, file), 'utf8'));
	return {
		passed: report.numPassedTests as number,
		failed: report.numFailedTests as number,
		skipped: (report.numPendingTests + report.numTodoTests) as number
	};
}

async function playwrightCounts() {
	const report = JSON.parse(await readFile(join(REPORTS, 'e2e.json'), 'utf8'));
	return {
		passed: report.stats.expected as number,
		failed: (report.stats.unexpected + report.stats.flaky) as number,
		skipped: report.stats.skipped as number
	};
}

const vitest = (project: string) => [
	bin('vitest'),
	'run',
	'--project',
	project,
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${join(REPORTS, `${project}.json`)}`
];

/** Steps in one inner list run side by side; the lists run one after the other. */
const stages: Step[][] = [
	[
		{ name: 'format and lint', command: ['npm', 'run', 'lint'] },
		// The generated types are written before this stage (svelte-kit sync), not while ESLint reads them.
		{
			name: 'type check (svelte-check)',
			command: [bin('svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings']
		},
		{ name: 'unit tests', command: vitest('unit'), counts: () => vitestCounts('unit.json') }
	],
	[
		{
			name: 'integration tests',
			command: vitest('integration'),
			counts: () => vitestCounts('integration.json')
		}
	],
	[{ name: 'production build', command: ['npm', 'run', 'build'] }],
	[{ name: 'end-to-end tests', command: [bin('playwright'), 'test'], counts: playwrightCounts }]
];

/** Runs a command; with `buffered`, its output is kept and printed whole when it ends. */
function run(command: string[], buffered: boolean, name: string): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(command[0]!, command.slice(1), {
			cwd: ROOT,
			stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env: buffered ? { ...process.env, FORCE_COLOR: '1' } : process.env
		});
		const output: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('exit', (code, signal) => {
			if (buffered) {
				console.log(`\n\x1b[1m▶ ${name}\x1b[0m`);
				process.stdout.write(Buffer.concat(output));
			}
			resolve(code ?? (signal ? 1 : 0));
		});
	});
}

await rm(REPORTS, { recursive: true, force: true });
await mkdir(REPORTS, { recursive: true });
const results: Array<{ name: string; ok: boolean; seconds: number; detail: string }> = [];
let passed = 0;
let failed = 0;
async function runStep(step: Step, buffered: boolean) {
	if (!buffered) console.log(`\n\x1b[1m▶ ${step.name}\x1b[0m`);
	const started = performance.now();
	const code = await run(step.command, buffered, step.name);
	const seconds = (performance.now() - started) / 1000;
	let detail = '';
	let failedTests = 0;
	if (step.counts) {
		const counts = await step.counts().catch(() => null);
		if (counts) {
			passed += counts.passed;
			failed += counts.failed;
			failedTests = counts.failed;
			detail = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
		} else {
			detail = 'no report';
		}
	}
	// A layer that ran no test at all has not shown anything.
	const ok =
		code === 0 && failedTests === 0 && detail !== 'no report' && !detail.startsWith('0 passed');
	// A failed layer without failed tests of its own (lint, types, build) counts as one failure.
	if (!ok && failedTests === 0) failed += 1;
	return { name: step.name, ok, seconds, detail };
}

const synced = await run([bin('svelte-kit'), 'sync'], false, 'svelte-kit sync');
if (synced !== 0) {
	results.push({ name: 'svelte-kit sync', ok: false, seconds: 0, detail: '' });
	failed += 1;
}
for (const stage of stages) {
	const buffered = stage.length > 1;
	if (buffered) console.log(`\n\x1b[1m▶ ${stage.map((step) => step.name).join(', ')}\x1b[0m`);
	results.push(...(await Promise.all(stage.map((step) => runStep(step, buffered)))));
}

console.log('\n\x1b[1mSummary\x1b[0m');
for (const result of results) {
	const mark = result.ok ? '\x1b[32m✔\x1b[0m' : '\x1b[31m✘\x1b[0m';
	console.log(
		`  ${mark} ${result.name.padEnd(28)} ${result.seconds.toFixed(1).padStart(6)} s  ${result.detail}`
	);
}
const allOk = results.every((result) => result.ok);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(allOk ? 0 : 1);
