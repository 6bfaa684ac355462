import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../stack/stack.ts';

/** A temporary folder for a stack's data and a copy of the project's migrations to add to. */
export async function tempStackFolders() {
	const root = await mkdtemp(join(tmpdir(), 'buendnisatlas-lifecycle-'));
	const migrationsDir = join(root, 'migrations');
	await cp(join(PROJECT_ROOT, 'supabase', 'migrations'), migrationsDir, { recursive: true });
	return {
		root,
		dataDir: join(root, 'data'),
		migrationsDir,
		remove: () => rm(root, { recursive: true, force: true })
	};
}

/** Starts `node stack/cli.ts serve` for a data folder and resolves with its printed connection info. */
export function spawnStackProcess(
	dataDir: string
): Promise<{ child: ChildProcess; url: string; dbUrl: string }> {
	const child = spawn(
		process.execPath,
		[
			join(PROJECT_ROOT, 'stack', 'cli.ts'),
			'serve',
			'--json',
			'--data-dir',
			dataDir,
			'--api-port',
			'0'
		],
		{
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	return new Promise((resolve, reject) => {
		let output = '';
		child.stdout!.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
			if (line) resolve({ child, ...JSON.parse(line) });
		});
		child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('exit', (code) => reject(new Error(`stack process exited with ${code}:\n${output}`)));
	});
}

/** The pid in Postgres' lock file, while it exists. */
export async function postmasterPid(dataDir: string): Promise<number | null> {
	const text = await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => null);
	return text ? Number(text.split('\n')[0]) : null;
}

/** Runs `node stack/cli.ts <command> --data-dir <dataDir>` to the end. */
export function runCli(
	command: string,
	dataDir: string
): Promise<{ code: number | null; output: string }> {
	const child = spawn(
		process.execPath,
		[join(PROJECT_ROOT, 'stack', 'cli.ts'), command, '--data-dir', dataDir],
		{
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}
