/**
 * The embedded stack's command line. npm scripts call it (see package.json):
 *   dev     stack + Vite dev server        start   stack + production server (after build)
 *   serve   stack only, until Ctrl-C       reset   fresh database: migrations and seed
 *   types   regenerate src/lib/database.types.ts (--check: fail if it is stale)
 * With PUBLIC_SUPABASE_URL set, dev and start use that Supabase and start nothing embedded.
 * With the embedded stack and its demo data, and no GEOCODER_URL, they also start the demo
 * geocoder (Kassel postcodes only), as the demo installation cannot reach a real Nominatim.
 */
import exitHook from 'async-exit-hook';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mailboxFolder } from './auth/mailer.ts';
import { startNominatimServer, type NominatimServer } from './demo-geocoder.ts';
import { acquireLock } from './lock.ts';
import { preferredOrFreePort } from './ports.ts';
import { stopOrphanPostgres } from './postgres.ts';
import { stopOrphanPostgrest } from './postgrest.ts';
import { DEFAULT_DATA_DIR, PROJECT_ROOT, runningStack, startStack, type Stack } from './stack.ts';
import { checkTypes, writeTypes } from './types.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		'data-dir': { type: 'string' },
		port: { type: 'string' },
		'api-port': { type: 'string' },
		'no-demo': { type: 'boolean' },
		check: { type: 'boolean' },
		json: { type: 'boolean' }
	}
});
const command = positionals[0] ?? 'serve';
const dataDir = values['data-dir'] ?? DEFAULT_DATA_DIR;

if (existsSync(join(PROJECT_ROOT, '.env'))) process.loadEnvFile(join(PROJECT_ROOT, '.env'));

const demoData = !values['no-demo'] && process.env.BUENDNISATLAS_DEMO_DATA !== 'false';

function say(message: string) {
	// With --json, stdout carries only the JSON line (tools read it); progress goes to stderr.
	(values.json ? console.error : console.log)(`\x1b[36m[stack]\x1b[0m ${message}`);
}

function startEmbedded(
	extra: { siteUrl?: string; auth?: { openMailbox?: boolean } } = {}
): Promise<Stack> {
	return startStack({
		dataDir,
		gatewayPort: Number(values['api-port'] ?? 54321),
		postgresPort: 54322,
		seedFile: demoData ? undefined : null,
		log: say,
		...extra
	});
}

/**
 * Runs `child` until it exits or we are asked to stop. On Ctrl-C or SIGTERM the stack's exit hook
 * stops the stack (see stack.ts); this one stops the app and waits for it.
 */
function superviseUntilExit(child: ChildProcess, stack: Stack | null): void {
	exitHook((done) => {
		if (child.exitCode !== null || child.signalCode !== null) return done();
		child.once('exit', () => done());
		child.kill('SIGTERM');
	});
	child.on('exit', (code) => {
		void Promise.resolve(stack?.stop()).finally(() => process.exit(code ?? 0));
	});
}

function appEnvironment(stack: Stack | null, geocoder: NominatimServer | null): NodeJS.ProcessEnv {
	return {
		...process.env,
		...(stack && {
			PUBLIC_SUPABASE_URL: stack.url,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey,
			SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
			AUTH_FORWARDING_SECRET: stack.forwardingSecret,
			// The app's own mails go to the same dev mailbox as the auth service's, unless SMTP_URL.
			DEV_MAILBOX_DIR: mailboxFolder(stack.dataDir)
		}),
		...(geocoder && { GEOCODER_URL: geocoder.url })
	};
}

/** The demo geocoder, for the embedded demo only; otherwise GEOCODER_URL or the public Nominatim. */
async function startDemoGeocoder(stack: Stack | null): Promise<NominatimServer | null> {
	if (!stack || !demoData || process.env.GEOCODER_URL) return null;
	const geocoder = await startNominatimServer();
	say(
		`demo geocoder ${geocoder.url}  (Kassel postcodes and a few places; set GEOCODER_URL for Nominatim)`
	);
	return geocoder;
}

const supabaseConfigured = Boolean(process.env.PUBLIC_SUPABASE_URL);

/**
 * adapter-node refuses request bodies over 512 KB unless told otherwise: an application's
 * document may be 20 MiB (src/lib/server/uploads/purposes.ts), plus the form around it.
 */
const UPLOAD_BODY_LIMIT = '21M';

async function run(): Promise<void> {
	switch (command) {
		case 'dev':
		case 'start': {
			const production = command === 'start';
			const port = await preferredOrFreePort(
				Number(values.port ?? process.env.PORT ?? (production ? 3000 : 5173)),
				(taken) => say(`port ${taken} is taken, the app uses a free one`)
			);
			const appUrl = `http://127.0.0.1:${port}`;
			if (supabaseConfigured) say(`using the Supabase at ${process.env.PUBLIC_SUPABASE_URL}`);
			// The dev mailbox holds sign-in links. It opens without the service-role key only where
			// the installation is not meant for others anyway: the dev server, and the demo (whose
			// passwords are in the README).
			const openMailbox = !production || demoData;
			const stack = supabaseConfigured
				? null
				: await startEmbedded({ siteUrl: appUrl, auth: { openMailbox } });
			if (stack) {
				say(`API gateway ${stack.url}  (data in ${stack.dataDir})`);
				if (!process.env.SMTP_URL)
					say(
						`dev mailbox ${stack.url}/mailbox` +
							(openMailbox ? '' : '  (asks for the service-role key: npm run stack prints it)')
					);
			}
			const geocoder = await startDemoGeocoder(stack);
			if (production && !existsSync(join(PROJECT_ROOT, 'build', 'index.js'))) {
				throw new Error('No production build found: run `npm run build` first (npm start does).');
			}
			const child = production
				? spawn(process.execPath, [join(PROJECT_ROOT, 'build', 'index.js')], {
						stdio: 'inherit',
						env: {
							...appEnvironment(stack, geocoder),
							HOST: '127.0.0.1',
							PORT: String(port),
							// adapter-node assumes https without it, and SvelteKit's CSRF check then
							// refuses every form POST made over plain http.
							ORIGIN: process.env.ORIGIN ?? `http://127.0.0.1:${port}`,
							BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? UPLOAD_BODY_LIMIT
						}
					})
				: spawn(
						process.execPath,
						[
							join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
							'dev',
							'--port',
							String(port),
							'--strictPort'
						],
						{ stdio: 'inherit', env: appEnvironment(stack, geocoder) }
					);
			say(`app ${appUrl}`);
			superviseUntilExit(child, stack);
			return;
		}
		case 'serve': {
			const stack = await startEmbedded();
			if (values.json)
				console.log(
					JSON.stringify({
						url: stack.url,
						anonKey: stack.anonKey,
						serviceRoleKey: stack.serviceRoleKey,
						forwardingSecret: stack.forwardingSecret,
						dbUrl: stack.dbUrl,
						superuserDbUrl: stack.superuserDbUrl,
						dataDir: stack.dataDir
					})
				);
			else
				say(
					`API gateway ${stack.url}\n  anon key: ${stack.anonKey}\n  service-role key (server only; opens ${stack.url}/mailbox): ${stack.serviceRoleKey}\n  database: ${stack.dbUrl}`
				);
			// Runs until Ctrl-C or SIGTERM; the stack's exit hook then stops it.
			return;
		}
		case 'reset': {
			// Reset must work precisely when the database is broken (a failed migration), so it
			// starts nothing on the old data: it only takes the lock, stopping what a killed run
			// left behind. The installation's secrets stay, so issued keys remain valid.
			const release = await acquireLock(dataDir, async () => {
				await stopOrphanPostgrest(dataDir);
				await stopOrphanPostgres(dataDir, say);
			}).catch((error: Error) => {
				throw new Error(`${error.message}\nnpm run db:reset needs the database to itself.`);
			});
			await rm(join(dataDir, 'pg'), { recursive: true, force: true });
			await rm(join(dataDir, 'mailbox'), { recursive: true, force: true });
			// Stored files belong to rows of the old database.
			await rm(join(dataDir, 'storage'), { recursive: true, force: true });
			await release();
			const fresh = await startEmbedded();
			await fresh.stop();
			say('database reset: migrations applied' + (demoData ? ', demo data seeded' : ''));
			return;
		}
		case 'types': {
			// The live local database: the running stack's, or this data folder's started for it.
			const running = await runningStack(dataDir);
			const stack = running ? null : await startEmbedded();
			const dbUrl = running?.dbUrl ?? stack!.dbUrl;
			try {
				if (values.check) {
					const stale = await checkTypes(dbUrl);
					if (stale) throw new Error(stale);
					say('src/lib/database.types.ts is up to date');
				} else {
					await writeTypes(dbUrl);
					say('wrote src/lib/database.types.ts');
				}
			} finally {
				await stack?.stop();
			}
			return;
		}
		default:
			throw new Error(`unknown command ${command}: use dev, start, serve, reset or types`);
	}
}

run().catch((error: Error) => {
	console.error(`\x1b[31m[stack]\x1b[0m ${error.message}`);
	process.exit(1);
});
