/**
 * The public directory's pages kept for anonymous visitors (src/lib/server/page-cache.ts), over
 * HTTP against the production build with the caches on (DIRECTORY_CACHE_SECONDS=30): nothing a
 * signed-in person sees is ever served from or stored in it, an edit shows in the very next
 * answer, languages are never mixed, and a kept answer carries the headers a fresh one does
 * (its content security policy naming the hash of its own start-up script, not a nonce).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startAppServer, type AppServer } from '../../support/app-server.ts';
import { createNetwork, createOrganisation, serviceRole, sql } from './fixtures.ts';

let app: AppServer;
let uncached: AppServer;

beforeAll(async () => {
	app = await startAppServer(inject('stack'), { env: { DIRECTORY_CACHE_SECONDS: '30' } });
	uncached = await startAppServer(inject('stack'), { build: false });
}, 300_000);

afterAll(async () => {
	await app?.stop();
	await uncached?.stop();
});

const page = (path: string, headers: Record<string, string> = {}, server = app) =>
	fetch(`${server.url}${path}`, { headers });
const kept = (response: Response) => response.headers.get('x-page-cache') === 'hit';

/** A directory page of its own (a network only this test's organisation belongs to). */
async function ownDirectory(label: string) {
	const word = `${label}${crypto.randomUUID().slice(0, 8)}`;
	const network = await createNetwork(`Netz ${word}`);
	const organisation = await createOrganisation({ name: `${word} Verein`, networks: [network.id] });
	return { word, organisation, path: `/verzeichnis?network=${network.slug}` };
}

/** A signed-in person's cookies, signed in through the app's own form. */
async function signIn(): Promise<{ cookie: string; email: string }> {
	const email = `seitenspeicher-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const password = `Seiten-${crypto.randomUUID()}`;
	const created = await serviceRole().auth.admin.createUser({
		email,
		password,
		email_confirm: true
	});
	if (created.error) throw created.error;
	const response = await fetch(`${app.url}/auth/sign-in?/password`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password, next: '/verzeichnis' })
	});
	const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
	expect(cookies.some((cookie) => cookie.startsWith('sb-'))).toBe(true);
	return { cookie: cookies.join('; '), email };
}

describe('the shared page cache', () => {
	it('answers the second anonymous visitor from memory, as the first was answered', async () => {
		const { word, path } = await ownDirectory('Wiederholt');
		const first = await page(path, { 'accept-encoding': 'br' });
		expect(kept(first)).toBe(false);
		const firstHtml = await first.text();
		expect(firstHtml).toContain(`${word} Verein`);
		const second = await page(path, { 'accept-encoding': 'br' });
		expect(kept(second)).toBe(true);
		expect(await second.text()).toBe(firstHtml);
		// With the caches off, never.
		await page(path, {}, uncached);
		expect(kept(await page(path, {}, uncached))).toBe(false);
	});

	it('answers a client-side navigation with its data, never with a kept page', async () => {
		const { word, path } = await ownDirectory('Navigation');
		await page(path);
		expect(kept(await page(path))).toBe(true);
		const data = await page(path.replace('/verzeichnis?', '/verzeichnis/__data.json?'));
		expect(kept(data)).toBe(false);
		expect(data.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await data.text()).toContain(`${word} Verein`);
	});

	it('shows an edit in the very next answer', async () => {
		const { word, organisation, path } = await ownDirectory('Umbenannt');
		await page(path);
		expect(kept(await page(path))).toBe(true);
		await sql(`update public.organisations set name = $1 where id = $2`, [
			`${word} Neuer Name`,
			organisation.id
		]);
		const after = await page(path);
		expect(kept(after)).toBe(false);
		expect(await after.text()).toContain(`${word} Neuer Name`);
	});

	it('never serves a signed-in person a kept page', async () => {
		const { cookie, email } = await signIn();
		const { path } = await ownDirectory('Angemeldet');
		await page(path);
		expect(kept(await page(path))).toBe(true);
		const mine = await page(path, { cookie });
		expect(kept(mine)).toBe(false);
		expect(mine.headers.get('cache-control')).toBe('private, no-store');
		expect(await mine.text()).toContain(email);
	});

	it('never keeps what a signed-in person was shown', async () => {
		const { cookie, email } = await signIn();
		const { path } = await ownDirectory('Persoenlich');
		for (let i = 0; i < 2; i++) {
			const mine = await page(path, { cookie });
			expect(await mine.text()).toContain(email);
		}
		const visitor = await page(path);
		expect(kept(visitor)).toBe(false);
		expect(await visitor.text()).not.toContain(email);
	});

	it('keeps each language apart and never keeps a ?lang= answer (it sets the cookie)', async () => {
		const { path } = await ownDirectory('Sprachen');
		const htmlLang = async (response: Response) =>
			/<html lang="([a-z]+)" dir="(ltr|rtl)"/.exec(await response.text())?.slice(1, 3);
		for (let i = 0; i < 2; i++) {
			const chosen = await page(`${path}&lang=ar`);
			expect(kept(chosen)).toBe(false);
			expect(chosen.headers.getSetCookie().join()).toContain('lang=ar');
			expect(await htmlLang(chosen)).toEqual(['ar', 'rtl']);
		}
		await page(path, { cookie: 'lang=ar' });
		const arabic = await page(path, { cookie: 'lang=ar' });
		expect(kept(arabic)).toBe(true);
		expect(await htmlLang(arabic)).toEqual(['ar', 'rtl']);
		const english = await page(path, { cookie: 'lang=en' });
		expect(kept(english)).toBe(false);
		expect(await htmlLang(english)).toEqual(['en', 'ltr']);
		const turkish = await page(path, { 'accept-language': 'tr-TR,tr;q=0.9' });
		expect(kept(turkish)).toBe(false);
		expect(await htmlLang(turkish)).toEqual(['tr', 'ltr']);
		expect(await htmlLang(await page(path))).toEqual(['de', 'ltr']);
		// A cookie the page does not know makes the request the visitor's own.
		expect(kept(await page(path, { cookie: 'unbekannt=1' }))).toBe(false);
	});

	it('sends a kept page with the headers of a fresh one, its policy naming its own script', async () => {
		const { path } = await ownDirectory('Kopfzeilen');
		const fresh = await page(path, { 'accept-encoding': 'gzip' });
		const again = await page(path, { 'accept-encoding': 'gzip' });
		expect(kept(again)).toBe(true);
		for (const name of [
			'content-type',
			'content-security-policy',
			'etag',
			'link',
			'x-frame-options',
			'x-content-type-options',
			'referrer-policy'
		]) {
			expect(again.headers.get(name), name).toBe(fresh.headers.get(name));
		}
		expect(again.headers.get('content-encoding')).toBe('gzip');
		expect(again.headers.get('vary')).toMatch(/accept-encoding/i);
		expect(again.headers.has('set-cookie')).toBe(false);
		const policy = again.headers.get('content-security-policy') ?? '';
		expect(policy).not.toContain('nonce-');
		expect(policy).toContain("frame-ancestors 'none'");
		const html = await again.text();
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
		expect(scripts.length).toBeGreaterThan(0);
		for (const script of scripts) {
			const hash = createHash('sha256').update(script).digest('base64');
			expect(policy).toContain(`'sha256-${hash}'`);
		}
		// Pages not kept keep their nonce (cheaper than hashing every page).
		const fresher = await page(path, {}, uncached);
		expect(fresher.headers.get('content-security-policy')).toMatch(/'nonce-[^']+'/);
		// While nothing changed, a browser asking again gets a 304.
		const etag = again.headers.get('etag')!;
		expect((await page(path, { 'if-none-match': etag })).status).toBe(304);
	});
});
