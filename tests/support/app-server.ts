import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../stack/ports.ts';
import { mailboxFolder } from '../../stack/auth/mailer.ts';
import { PROJECT_ROOT } from '../../stack/stack.ts';
import { startNominatimServer } from './nominatim-server.ts';

/** `vite build`: the production build the app servers run. */
export function buildApp(): Promise<void> {
	return run(join(PROJECT_ROOT, 'node_modules', '.bin', 'vite'), ['build']);
}

export type AppServer = { url: string; pid: number | undefined; stop(): Promise<void> };

/**
 * The production build (`vite build`, then `node build`) on a free port against a running stack,
 * for tests that must see what a visitor's HTTP request gets: headers, status codes and the
 * rendered HTML, not just what the database returns. The integration run builds once, in its
 * global setup (a stale build would test old code; files building side by side each emptied
 * `build/` under the others' servers); the end-to-end run uses the build `npm test` has just
 * made. `build: true` builds first, for a caller on its own.
 * Places typed in are resolved by the local Nominatim stand-in.
 */
export async function startAppServer(
	stack: {
		url: string;
		anonKey: string;
		serviceRoleKey: string;
		forwardingSecret: string;
		dataDir: string;
	},
	{
		build = false,
		port,
		env = {}
	}: { build?: boolean; port?: number; env?: Record<string, string> } = {}
): Promise<AppServer> {
	if (build) await buildApp();
	const geocoder = await startNominatimServer();
	port ??= await freePort();
	const url = `http://127.0.0.1:${port}`;
	const app = spawn(process.execPath, [join(PROJECT_ROOT, 'build', 'index.js')], {
		cwd: PROJECT_ROOT,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			// adapter-node assumes https without ORIGIN; SvelteKit's CSRF check would refuse form POSTs.
			ORIGIN: url,
			PUBLIC_SUPABASE_URL: stack.url,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey,
			SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
			AUTH_FORWARDING_SECRET: stack.forwardingSecret,
			GEOCODER_URL: geocoder.url,
			DEV_MAILBOX_DIR: mailboxFolder(stack.dataDir),
			// Tests change the data between requests: every search must see it at once.
			DIRECTORY_CACHE_SECONDS: '0',
			// As `npm start` sets it (stack/cli.ts): documents up to 20 MiB.
			BODY_SIZE_LIMIT: '21M',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stop = async () => {
		if (app.exitCode === null && app.signalCode === null) {
			const exited = new Promise((resolve) => app.once('exit', resolve));
			app.kill('SIGTERM');
			await exited;
		}
		await geocoder.stop();
	};
	try {
		await waitForApp(url, () => app.exitCode);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, pid: app.pid, stop };
}

function run(command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
		let errors = '';
		child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
		child.once('error', reject);
		child.once('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed:\n${errors}`))
		);
	});
}

async function waitForApp(url: string, exitCode: () => number | null): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (exitCode() !== null) throw new Error('the production server exited during start-up');
		try {
			if ((await fetch(url)).status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`the production server did not answer at ${url} within 30 s`);
}
