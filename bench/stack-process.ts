/**
 * The embedded stack in a process of its own (`npm run stack -- --json`), as `npm start` runs it
 * beside the app: for the page benchmarks (issue #13). Started inside the bench's process, the
 * stack's gateway and auth service share one event loop with the load generator, so every
 * request the app makes to the API (the data version of each page, each search) waits in the
 * same queue as the thousands of requests the bench sends: the page's latency then measures the
 * bench. The data folder must hold a stopped stack (the one the bench filled).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { freePort } from '../stack/ports.ts';
import { PROJECT_ROOT } from '../stack/stack.ts';

export type StackProcess = {
	url: string;
	anonKey: string;
	serviceRoleKey: string;
	forwardingSecret: string;
	dbUrl: string;
	superuserDbUrl: string;
	dataDir: string;
	pid: number | undefined;
	stop(): Promise<void>;
};

export async function startStackProcess(dataDir: string): Promise<StackProcess> {
	const child = spawn(
		process.execPath,
		[
			join(PROJECT_ROOT, 'stack', 'cli.ts'),
			'serve',
			'--json',
			'--data-dir',
			dataDir,
			'--api-port',
			String(await freePort())
		],
		{ cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let errors = '';
	child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		const exited = new Promise((resolve) => child.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	};
	// The JSON line comes once the stack is up; stdout carries nothing else.
	const info = await new Promise<Omit<StackProcess, 'pid' | 'stop'>>((resolve, reject) => {
		const lines = createInterface({ input: child.stdout });
		lines.once('line', (line) => {
			try {
				resolve(JSON.parse(line));
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		});
		child.once('exit', (code) =>
			reject(new Error(`the stack exited (${code}) before it was up:\n${errors}`))
		);
	}).catch(async (error: unknown) => {
		await stop();
		throw error;
	});
	return { ...info, pid: child.pid, stop };
}
