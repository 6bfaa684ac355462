import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../stack/ports.ts';
import { startStack } from '../../../stack/stack.ts';
import { startAppServer } from '../../support/app-server.ts';

/**
 * A fresh stack (with the demo seed) in a temporary folder and the production build (made by
 * `npm test` just before) on free ports; places typed in go to the local Nominatim stand-in.
 * The URLs reach the tests through the environment, which Playwright passes to workers.
 */
export default async function globalSetup() {
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-e2e-'));
	const appPort = await freePort();
	const appUrl = `http://127.0.0.1:${appPort}`;
	const stack = await startStack({ dataDir, ephemeral: true, siteUrl: appUrl, log: () => {} });
	let app: Awaited<ReturnType<typeof startAppServer>>;
	try {
		app = await startAppServer(stack, { build: false, port: appPort });
	} catch (error) {
		// Playwright runs no teardown for a setup that threw: without this, a missing or broken
		// build left the stack's Postgres and PostgREST running after the run.
		await stack.stop();
		await rm(dataDir, { recursive: true, force: true });
		throw error;
	}
	process.env.E2E_BASE_URL = appUrl;
	process.env.E2E_SUPABASE_URL = stack.url;
	process.env.E2E_SERVICE_ROLE_KEY = stack.serviceRoleKey;
	process.env.E2E_ANON_KEY = stack.anonKey;
	process.env.E2E_DB_URL = stack.superuserDbUrl;
	process.env.E2E_FORWARDING_SECRET = stack.forwardingSecret;
	process.env.E2E_DATA_DIR = stack.dataDir;

	return async () => {
		await app.stop();
		await stack.stop();
		await rm(dataDir, { recursive: true, force: true });
	};
}
