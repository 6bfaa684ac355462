import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../stack/ports.ts';
import { PROJECT_ROOT, startStack } from '../../../stack/stack.ts';
import { startNominatimServer } from '../../support/nominatim-server.ts';

/**
 * A fresh stack (with the demo seed) in a temporary folder and the production build on free
 * ports. The URLs reach the tests through the environment, which Playwright passes to workers.
 */
export default async function globalSetup() {
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-e2e-'));
	const appPort = await freePort();
	const appUrl = `http://127.0.0.1:${appPort}`;
	const stack = await startStack({ dataDir, ephemeral: true, siteUrl: appUrl, log: () => {} });
	// "Near me" by postcode asks this stand-in, never the public Nominatim.
	const geocoder = await startNominatimServer();
	const app = spawn(process.execPath, [join(PROJECT_ROOT, 'build', 'index.js')], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(appPort),
			// adapter-node assumes https otherwise; SvelteKit's CSRF check would refuse form POSTs.
			ORIGIN: appUrl,
			PUBLIC_SUPABASE_URL: stack.url,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey,
			SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
			GEOCODER_URL: geocoder.url
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	await waitForApp(appUrl, () => app.exitCode);
	process.env.E2E_BASE_URL = appUrl;
	process.env.E2E_SUPABASE_URL = stack.url;
	process.env.E2E_SERVICE_ROLE_KEY = stack.serviceRoleKey;
	process.env.E2E_ANON_KEY = stack.anonKey;
	process.env.E2E_DB_URL = stack.superuserDbUrl;

	return async () => {
		if (app.exitCode === null) {
			const exited = new Promise((resolve) => app.once('exit', resolve));
			app.kill('SIGTERM');
			await exited;
		}
		await geocoder.stop();
		await stack.stop();
		await rm(dataDir, { recursive: true, force: true });
	};
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
