/**
 * A crashed child process costs the site seconds, not an outage until someone restarts the stack
 * by hand: the stack restarts PostgREST and Postgres (with crash recovery) on its own. While one
 * of them is down, the app answers 503 with its friendly page instead of 500, and a signed-in
 * staff member who submits a form gets it back with what they typed instead of the sign-in page.
 *
 * Each part runs its own stack (the tests kill its processes) and the production build.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../../stack/processes.ts';
import { startStack, type Stack } from '../../../stack/stack.ts';
import { de } from '../../../src/lib/i18n/messages/de.ts';
import { startAppServer, type AppServer } from '../../support/app-server.ts';
import { postmasterPid, tempStackFolders } from '../../support/temp-stack.ts';

const DEADLINE_MS = 30_000;

/** Polls `check` until it returns a value other than undefined, or fails after the deadline. */
async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
	const deadline = Date.now() + DEADLINE_MS;
	for (;;) {
		const result = await check();
		if (result !== undefined) return result;
		if (Date.now() > deadline) throw new Error(`${what}: not within ${DEADLINE_MS / 1000} s`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

async function query<T extends pg.QueryResultRow>(
	url: string,
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

/** The status of a REST request through the gateway; 0 when nothing answered. */
async function restStatus(stack: Stack): Promise<number> {
	try {
		const response = await fetch(`${stack.url}/rest/v1/organisations?select=id&limit=1`, {
			headers: { apikey: stack.anonKey }
		});
		await response.arrayBuffer();
		return response.status;
	} catch {
		return 0;
	}
}

async function pageStatus(url: string): Promise<number> {
	try {
		const response = await fetch(url, { redirect: 'manual' });
		await response.arrayBuffer();
		return response.status;
	} catch {
		return 0;
	}
}

const postgrestPid = async (stack: Stack) =>
	Number(await readFile(join(stack.dataDir, 'postgrest.pid'), 'utf8').catch(() => '0'));

function kill(pid: number) {
	expect(pid).toBeGreaterThan(0);
	process.kill(pid, 'SIGKILL');
}

/** A form sent by a browser without JavaScript: SvelteKit answers with the page, not JSON. */
const formHeaders = (origin: string) => ({
	origin,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
});

/**
 * Runs `work` while visitors keep requesting REST and a directory page, one after another;
 * resolves with every status each of them saw.
 */
async function whileVisitorsCome(stack: Stack, app: AppServer, work: () => Promise<void>) {
	const seen = { rest: new Set<number>(), pages: new Set<number>() };
	let coming = true;
	const visitors = (async () => {
		while (coming) {
			const [rest, page] = await Promise.all([
				restStatus(stack),
				pageStatus(`${app.url}/verzeichnis?q=beratung`)
			]);
			seen.rest.add(rest);
			seen.pages.add(page);
		}
	})();
	try {
		await work();
	} finally {
		coming = false;
		await visitors;
	}
	return seen;
}

/**
 * The cookies with the session's access token marked as expired, as after an hour away: the app
 * must refresh it with Auth before it can check who is asking.
 */
function withExpiredAccessToken(cookieHeader: string): string {
	const cookies = cookieHeader.split('; ').map((pair) => {
		const at = pair.indexOf('=');
		return { name: pair.slice(0, at), value: pair.slice(at + 1) };
	});
	const isSession = (name: string) => /^sb-.+-auth-token(\.\d+)?$/.test(name);
	const chunks = cookies
		.filter(({ name }) => isSession(name))
		.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
	expect(chunks.length).toBeGreaterThan(0);
	const encoded = chunks.map(({ value }) => value).join('');
	const session = JSON.parse(
		Buffer.from(encoded.replace(/^base64-/, ''), 'base64url').toString('utf8')
	) as { expires_at: number };
	session.expires_at = Math.floor(Date.now() / 1000) - 60;
	const name = chunks[0]!.name.replace(/\.\d+$/, '');
	const value = `base64-${Buffer.from(JSON.stringify(session)).toString('base64url')}`;
	return [...cookies.filter(({ name }) => !isSession(name)), { name, value }]
		.map((cookie) => `${cookie.name}=${cookie.value}`)
		.join('; ');
}

// The production build the integration run's global setup made.
function appFor(stack: Stack): Promise<AppServer> {
	return startAppServer(stack);
}

describe('a stack that restarts what crashed', () => {
	let folders: Awaited<ReturnType<typeof tempStackFolders>>;
	let stack: Stack;
	let app: AppServer;
	const logs: string[] = [];

	beforeAll(async () => {
		folders = await tempStackFolders();
		// Durable, as `npm start` runs it: the crash-recovery story needs fsync.
		stack = await startStack({
			dataDir: folders.dataDir,
			migrationsDir: folders.migrationsDir,
			log: (message) => logs.push(message)
		});
		app = await appFor(stack);
	});

	afterAll(async () => {
		await app?.stop();
		await stack?.stop();
		await folders?.remove();
	});

	it('1. keeps a persistent data folder crash-safe: fsync, synchronous commit and full page writes on', async () => {
		const settings = await query<{ name: string; setting: string }>(
			stack.superuserDbUrl,
			`select name, setting from pg_settings
			 where name in ('fsync', 'synchronous_commit', 'full_page_writes') order by name`
		);
		expect(settings).toEqual([
			{ name: 'fsync', setting: 'on' },
			{ name: 'full_page_writes', setting: 'on' },
			{ name: 'synchronous_commit', setting: 'on' }
		]);
	});

	it('2. restarts a PostgREST killed while requests run: REST and pages answer 200 again, pages never 500', async () => {
		expect(await restStatus(stack)).toBe(200);
		expect(await pageStatus(`${app.url}/verzeichnis`)).toBe(200);
		const killed = await postgrestPid(stack);

		const seen = await whileVisitorsCome(stack, app, async () => {
			kill(killed);
			await until('PostgREST restarted', async () => {
				const pid = await postgrestPid(stack);
				return pid !== killed && isProcessAlive(pid, 'postgrest') ? pid : undefined;
			});
			await until('REST answers 200 again', async () =>
				(await restStatus(stack)) === 200 ? true : undefined
			);
			await until('the directory page answers 200 again', async () =>
				(await pageStatus(`${app.url}/verzeichnis`)) === 200 ? true : undefined
			);
		});

		expect(isProcessAlive(killed, 'postgrest')).toBe(false);
		expect([...seen.rest].filter((status) => ![200, 502, 503].includes(status))).toEqual([]);
		// A page that cannot reach the data says so (503), it does not crash (500).
		expect([...seen.pages].filter((status) => ![200, 503].includes(status))).toEqual([]);
		expect(logs.some((line) => /^PostgREST ended \(.*SIGKILL.*\); restarting it/.test(line))).toBe(
			true
		);
	});

	it('3. restarts a Postgres killed with kill -9, with crash recovery: committed rows survive', async () => {
		const marker = `Überlebt einen Absturz ${crypto.randomUUID().slice(0, 8)}`;
		await query(
			stack.dbUrl,
			`insert into public.organisations (name, kind, status) values ($1, 'initiative', 'published')`,
			[marker]
		);
		const killed = (await postmasterPid(stack.dataDir))!;
		let rows: unknown[] = [];
		const seen = await whileVisitorsCome(stack, app, async () => {
			kill(killed);
			await until('Postgres restarted', async () => {
				const pid = await postmasterPid(stack.dataDir);
				return pid && pid !== killed && isProcessAlive(pid, 'postgres') ? pid : undefined;
			});
			rows = await until('the organisation is readable through REST', async () => {
				const response = await fetch(
					`${stack.url}/rest/v1/organisations?select=name&name=eq.${encodeURIComponent(marker)}`,
					{ headers: { apikey: stack.anonKey } }
				).catch(() => null);
				return response?.status === 200 ? ((await response.json()) as unknown[]) : undefined;
			});
			await until('the directory page answers 200 again', async () =>
				(await pageStatus(`${app.url}/verzeichnis`)) === 200 ? true : undefined
			);
		});
		expect(rows).toEqual([{ name: marker }]);
		expect([...seen.pages].filter((status) => ![200, 503].includes(status))).toEqual([]);
		expect(logs.some((line) => /^Postgres ended \(.*SIGKILL.*\); restarting it/.test(line))).toBe(
			true
		);
	});
});

describe('while the backend stays down', () => {
	let folders: Awaited<ReturnType<typeof tempStackFolders>>;
	let stack: Stack;
	let app: AppServer;
	let cookie: string;
	let organisationId: string;

	beforeAll(async () => {
		folders = await tempStackFolders();
		stack = await startStack({
			dataDir: folders.dataDir,
			migrationsDir: folders.migrationsDir,
			seedFile: null,
			ephemeral: true,
			// Nothing comes back during these tests: they look at the app while it is down.
			restartBackoff: { initialMs: 600_000, maxMs: 600_000 },
			log: () => {}
		});
		app = await appFor(stack);

		const email = `staff-${crypto.randomUUID().slice(0, 8)}@example.org`;
		const password = `Pass-${crypto.randomUUID()}`;
		const admin = createClient(stack.url, stack.serviceRoleKey, {
			auth: { persistSession: false, autoRefreshToken: false }
		});
		const { data, error } = await admin.auth.admin.createUser({
			email,
			password,
			email_confirm: true
		});
		if (error) throw error;
		await query(stack.superuserDbUrl, `insert into public.staff (user_id, role) values ($1, $2)`, [
			data.user.id,
			'office_staff'
		]);
		const [organisation] = await query<{ id: string }>(
			stack.superuserDbUrl,
			`insert into public.organisations (name, kind, status)
			 values ('Beratung im Ausfall', 'counselling_service', 'published') returning id`
		);
		organisationId = organisation!.id;

		const signIn = await fetch(`${app.url}/auth/sign-in?/password`, {
			method: 'POST',
			redirect: 'manual',
			headers: formHeaders(app.url),
			body: new URLSearchParams({ email, password })
		});
		expect(signIn.status).toBe(303);
		expect(signIn.headers.get('location')).toBe('/office');
		cookie = signIn.headers
			.getSetCookie()
			.map((line) => line.split(';')[0])
			.join('; ');
		expect((await fetch(`${app.url}/office`, { headers: { cookie } })).status).toBe(200);
	});

	afterAll(async () => {
		await app?.stop();
		await stack?.stop();
		await folders?.remove();
	});

	const invite = (email: string, session = cookie) =>
		fetch(`${app.url}/office?/inviteMember`, {
			method: 'POST',
			redirect: 'manual',
			headers: { ...formHeaders(app.url), cookie: session },
			body: new URLSearchParams({ email, organisationId, role: 'editor' })
		});

	/** The office page after a refused invitation: the form, what was typed, and why. */
	async function expectFormKept(response: Response, email: string) {
		expect(response.status).toBe(503);
		expect(response.headers.get('location')).toBeNull();
		const html = await response.text();
		expect(html).toContain(`value="${email}"`);
		expect(html).toContain(de['form.unavailable']);
		expect(html).toContain('action="?/inviteMember"');
	}

	it('1. while PostgREST is down, pages answer 503 with the friendly page, not 500', async () => {
		kill(await postgrestPid(stack));
		await until('REST reports PostgREST gone', async () =>
			(await restStatus(stack)) === 502 ? true : undefined
		);
		for (const path of ['/', '/verzeichnis', '/office']) {
			const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
			expect(response.status, path).toBe(503);
			const html = await response.text();
			expect(html, path).toContain(de['error.unavailable']);
		}
	});

	it('2. a signed-in staff member who sends the invite form gets it back with what they typed', async () => {
		const email = `eingetippt-${crypto.randomUUID().slice(0, 8)}@example.org`;
		await expectFormKept(await invite(email), email);
	});

	it('3. with the database itself down, too, the form comes back instead of the sign-in page', async () => {
		const postgres = (await postmasterPid(stack.dataDir))!;
		kill(postgres);
		await until('Postgres gone', async () =>
			isProcessAlive(postgres, 'postgres') ? undefined : true
		);
		const email = `noch-da-${crypto.randomUUID().slice(0, 8)}@example.org`;
		await expectFormKept(await invite(email), email);
	});

	it('4. also when their access token has expired and Auth cannot refresh it', async () => {
		const email = `abgelaufen-${crypto.randomUUID().slice(0, 8)}@example.org`;
		await expectFormKept(await invite(email, withExpiredAccessToken(cookie)), email);
	});
});
