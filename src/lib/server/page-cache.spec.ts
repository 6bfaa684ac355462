import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
	batchedReads,
	createSharedPageCache,
	isShareableRequest,
	isShareableResponse,
	nonceToHashes,
	sharedPageKey
} from './page-cache.ts';

const DIRECTORY = '/(public)/verzeichnis';
const visitor = (overrides: Partial<Parameters<typeof isShareableRequest>[0]> = {}) => ({
	method: 'GET',
	url: new URL('http://localhost/verzeichnis?q=beratung'),
	routeId: DIRECTORY,
	cookieNames: [],
	authorization: false,
	dataRequest: false,
	...overrides
});
const page = (html: string, headers: Record<string, string> = {}, status = 200) =>
	new Response(html, { status, headers: { 'content-type': 'text/html', ...headers } });
const html = (seed: string) =>
	`<!doctype html><p>${seed}</p>${'<li>Beratung gegen Diskriminierung</li>'.repeat(200)}`;
const request = (acceptEncoding?: string) =>
	new Request('http://localhost/verzeichnis', {
		headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
	});

describe('isShareableRequest', () => {
	it('shares an anonymous GET of the directory, with or without the language cookie', () => {
		expect(isShareableRequest(visitor())).toBe(true);
		expect(isShareableRequest(visitor({ cookieNames: ['lang'] }))).toBe(true);
	});

	it('never shares a request with a session or any other cookie', () => {
		expect(isShareableRequest(visitor({ cookieNames: ['sb-127-auth-token'] }))).toBe(false);
		expect(isShareableRequest(visitor({ cookieNames: ['lang', 'sb-x-auth-token.0'] }))).toBe(false);
		expect(isShareableRequest(visitor({ cookieNames: ['sb-x-auth-token-code-verifier'] }))).toBe(
			false
		);
		expect(isShareableRequest(visitor({ cookieNames: ['something-new'] }))).toBe(false);
		expect(isShareableRequest(visitor({ authorization: true }))).toBe(false);
	});

	it('shares no other route, method, or a ?lang= request (it sets a cookie)', () => {
		for (const routeId of ['/(portal)/portal', '/(office)/office', '/auth/sign-in', '/', null]) {
			expect(isShareableRequest(visitor({ routeId })), String(routeId)).toBe(false);
		}
		expect(isShareableRequest(visitor({ method: 'POST' }))).toBe(false);
		expect(isShareableRequest(visitor({ dataRequest: true }))).toBe(false);
		expect(isShareableRequest(visitor({ method: 'HEAD' }))).toBe(false);
		const lang = new URL('http://localhost/verzeichnis?lang=ar');
		expect(isShareableRequest(visitor({ url: lang }))).toBe(false);
	});
});

describe('isShareableResponse', () => {
	it('keeps a plain 200 page only', () => {
		expect(isShareableResponse(page('<p>x</p>'))).toBe(true);
		expect(isShareableResponse(page('<p>x</p>', { 'set-cookie': 'lang=en; Path=/' }))).toBe(false);
		expect(isShareableResponse(page('<p>x</p>', { 'cache-control': 'private, no-store' }))).toBe(
			false
		);
		expect(isShareableResponse(page('<p>x</p>', { 'cache-control': 'no-store' }))).toBe(false);
		expect(isShareableResponse(page('<p>x</p>', {}, 404))).toBe(false);
		expect(isShareableResponse(page('<p>x</p>', {}, 503))).toBe(false);
		expect(isShareableResponse(page('<p>x</p>', { 'content-encoding': 'br' }))).toBe(false);
		const json = new Response('{}', { headers: { 'content-type': 'application/json' } });
		expect(isShareableResponse(json)).toBe(false);
	});
});

describe('sharedPageKey', () => {
	it('differs by data version, language and the whole URL', () => {
		const url = new URL('http://localhost/verzeichnis?q=beratung&page=2');
		const keys = new Set([
			sharedPageKey(1, 'de', url),
			sharedPageKey(2, 'de', url),
			sharedPageKey(1, 'ar', url),
			sharedPageKey(1, 'de', new URL('http://localhost/verzeichnis?q=beratung&page=3')),
			sharedPageKey(1, 'de', new URL('http://localhost/verzeichnis?q=beratung'))
		]);
		expect(keys.size).toBe(5);
	});
});

describe('createSharedPageCache', () => {
	it('answers a kept page with its headers, then compressed for each client', async () => {
		const cache = createSharedPageCache(10);
		const body = html('eins');
		const headers = { etag: '"abc"', 'content-security-policy': "script-src 'sha256-x'" };
		const sent = await cache.keep('k', page(body, headers), Date.now() + 30_000);
		expect(await sent.text()).toBe(body);
		expect(sent.headers.get('etag')).toBe('"abc"');

		// Compressed in the background: plain until then.
		await vi.waitFor(
			() =>
				expect(cache.answer('k', request('gzip'))!.headers.get('content-encoding')).toBe('gzip'),
			{ timeout: 10_000 }
		);
		const br = cache.answer('k', request('gzip, br'))!;
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		expect(br.headers.get('etag')).toBe('"abc"');
		expect(br.headers.get('content-security-policy')).toBe(headers['content-security-policy']);
		expect(br.headers.get('x-page-cache')).toBe('hit');
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(Number(br.headers.get('content-length'))).toBe(brBytes.length);
		expect(brotliDecompressSync(brBytes).toString()).toBe(body);

		const gz = cache.answer('k', request('gzip'))!;
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(body);

		const plain = cache.answer('k', request())!;
		expect(plain.headers.has('content-encoding')).toBe(false);
		expect(await plain.text()).toBe(body);
	});

	it('knows nothing under another key, and forgets a page when it expires', async () => {
		const cache = createSharedPageCache(10);
		const expiresAt = Date.now() + 30_000;
		await cache.keep('old', page(html('alt')), expiresAt);
		expect(cache.answer('other', request())).toBeNull();
		expect(cache.answer('old', request(), expiresAt - 1)).not.toBeNull();
		expect(cache.answer('old', request(), expiresAt + 1)).toBeNull();
	});

	it('keeps nothing whose time has already run out', async () => {
		const cache = createSharedPageCache(10);
		const sent = await cache.keep('gone', page(html('weg')), Date.now() - 1);
		expect(await sent.text()).toBe(html('weg'));
		expect(cache.answer('gone', request())).toBeNull();
		expect(cache.size).toBe(0);
	});

	it('keeps only the newest pages', async () => {
		const cache = createSharedPageCache(2);
		for (const key of ['a', 'b', 'c']) {
			await cache.keep(key, page(html(key)), Date.now() + 30_000);
		}
		expect(cache.size).toBe(2);
		expect(cache.answer('a', request())).toBeNull();
		expect(await cache.answer('c', request())!.text()).toBe(html('c'));
	});
});

describe('nonceToHashes', () => {
	const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
	const start = '{ __sveltekit_x = { base: "" }; kit.start(app, element, { data: ["Straße"] }); }';
	const policy = (source: string) =>
		`default-src 'self'; script-src 'self' ${source}; style-src 'self' 'unsafe-inline'`;

	it('names each inline script by its hash instead of the nonce, and drops the nonce', () => {
		const other = 'console.log(1)';
		const html = `<head><script nonce="abc">${start}</script></head><body><script nonce="abc">${other}</script></body>`;
		const hashed = nonceToHashes(html, policy("'nonce-abc'"))!;
		expect(hashed.html).toBe(
			`<head><script>${start}</script></head><body><script>${other}</script></body>`
		);
		expect(hashed.policy).toBe(policy(`${sha(start)} ${sha(other)}`));
		expect(hashed.policy).not.toContain('nonce');
	});

	it('leaves a page without a nonce as it is', () => {
		const html = `<script>${start}</script>`;
		expect(nonceToHashes(html, policy(sha(start)))).toEqual({ html, policy: policy(sha(start)) });
	});

	it('refuses a page whose nonce serves anything but its inline scripts', () => {
		const styled = `<style nonce="abc">p{}</style><script nonce="abc">${start}</script>`;
		expect(nonceToHashes(styled, policy("'nonce-abc'"))).toBeNull();
		const inStyles = `default-src 'self'; script-src 'self' 'nonce-abc'; style-src 'nonce-abc'`;
		expect(nonceToHashes(`<script nonce="abc">${start}</script>`, inStyles)).toBeNull();
		const stranger = `<script nonce="xyz">${start}</script>`;
		expect(nonceToHashes(stranger, policy("'nonce-abc'"))).toBeNull();
		expect(nonceToHashes('<p>no script</p>', policy("'nonce-abc'"))).toBeNull();
	});
});

describe('createSharedPageCache with a nonce', () => {
	it('keeps and sends the page with hashes, never the nonce', async () => {
		const cache = createSharedPageCache(10);
		const script = 'kit.start()';
		const body = `${html('skript')}<script nonce="n0nce">${script}</script>`;
		const csp = "script-src 'self' 'nonce-n0nce'";
		const sent = await cache.keep(
			'n',
			page(body, { 'content-security-policy': csp }),
			Date.now() + 30_000
		);
		const hash = createHash('sha256').update(script).digest('base64');
		for (const response of [sent, cache.answer('n', request())!]) {
			expect(response.headers.get('content-security-policy')).toBe(
				`script-src 'self' 'sha256-${hash}'`
			);
			expect(await response.text()).not.toContain('n0nce');
		}
	});

	it('keeps nothing it cannot hash', async () => {
		const cache = createSharedPageCache(10);
		const body = `${html('stil')}<style nonce="n0nce"></style><script nonce="n0nce">x</script>`;
		const csp = "script-src 'self' 'nonce-n0nce'";
		const sent = await cache.keep(
			's',
			page(body, { 'content-security-policy': csp }),
			Date.now() + 30_000
		);
		expect(sent.headers.get('content-security-policy')).toBe(csp);
		expect(await sent.text()).toBe(body);
		expect(cache.answer('s', request())).toBeNull();
	});
});

describe('batchedReads', () => {
	it('reads once for requests arriving together, after the last of them arrived', async () => {
		let reads = 0;
		let value = 1;
		const version = batchedReads(async () => {
			reads += 1;
			return value;
		});
		const together = [version(), version(), version()];
		// A write before the read starts is seen by every request that arrived before it.
		value = 2;
		expect(await Promise.all(together)).toEqual([2, 2, 2]);
		expect(reads).toBe(1);
	});

	it('never answers a later request with a read that started before it arrived', async () => {
		let value = 1;
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const version = batchedReads(async () => {
			const seen = value;
			await gate;
			return seen;
		});
		const early = version();
		// Let the first read start, then write, then ask again.
		await new Promise((resolve) => setImmediate(resolve));
		await new Promise((resolve) => setImmediate(resolve));
		value = 2;
		const late = version();
		release();
		expect(await early).toBe(1);
		expect(await late).toBe(2);
	});

	it('keeps one read under way: requests arriving during it share the one after it', async () => {
		let value = 1;
		let reads = 0;
		const gates: Array<() => void> = [];
		const version = batchedReads(async () => {
			reads += 1;
			await new Promise<void>((resolve) => gates.push(resolve));
			return value;
		});
		const first = version();
		await new Promise((resolve) => setImmediate(resolve));
		expect(reads).toBe(1);
		// Three requests in three turns while the first read is under way, each after a write.
		const during: Array<Promise<number>> = [];
		for (const next of [2, 3, 4]) {
			value = next;
			during.push(version());
			await new Promise((resolve) => setImmediate(resolve));
		}
		// None of them starts a read of its own while one is under way.
		expect(reads).toBe(1);
		gates.shift()!();
		expect(await first).toBe(4);
		await new Promise((resolve) => setImmediate(resolve));
		expect(reads).toBe(2);
		value = 5;
		gates.shift()!();
		// The read after the first started after all three arrived: it sees every write before them.
		expect(await Promise.all(during)).toEqual([5, 5, 5]);
		expect(reads).toBe(2);
	});

	it('starts the next read even when the one under way fails', async () => {
		let fail = true;
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		const version = batchedReads(async () => {
			if (fail) {
				await gate;
				throw new Error('down');
			}
			return 7;
		});
		const failing = version();
		await new Promise((resolve) => setImmediate(resolve));
		const later = version();
		fail = false;
		release();
		await expect(failing).rejects.toThrow('down');
		expect(await later).toBe(7);
	});

	it('lets a failed read fail only the requests that shared it', async () => {
		let fail = true;
		const version = batchedReads(async () => {
			if (fail) throw new Error('down');
			return 7;
		});
		await expect(version()).rejects.toThrow('down');
		fail = false;
		expect(await version()).toBe(7);
	});
});
