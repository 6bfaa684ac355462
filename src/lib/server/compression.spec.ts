import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponse, preferredEncoding } from './compression.ts';

const page = `<!doctype html><p>${'Beratung gegen Diskriminierung. '.repeat(200)}</p>`;
const request = (acceptEncoding?: string, extra: Record<string, string> = {}) =>
	new Request('http://localhost/verzeichnis', {
		headers: { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...extra }
	});
const html = (body = page, headers: Record<string, string> = {}) =>
	new Response(body, { headers: { 'content-type': 'text/html', ...headers } });

describe('preferredEncoding', () => {
	it('prefers brotli, then gzip, and honours q=0', () => {
		expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(preferredEncoding('gzip, deflate')).toBe('gzip');
		expect(preferredEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
		expect(preferredEncoding('*')).toBe('br');
		expect(preferredEncoding('*, br;q=0')).toBe('gzip');
		expect(preferredEncoding('identity')).toBeNull();
		expect(preferredEncoding(null)).toBeNull();
	});
});

describe('compressResponse', () => {
	it('compresses a page with brotli or gzip and says it varies by Accept-Encoding', async () => {
		const br = await compressResponse(request('gzip, br'), html());
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(brBytes.length).toBeLessThan(page.length / 4);
		expect(brotliDecompressSync(brBytes).toString()).toBe(page);

		const gzip = await compressResponse(request('gzip'), html());
		expect(gzip.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(page);
	});

	it('sends the page as it is to a client that takes no coding, still with Vary', async () => {
		const plain = await compressResponse(request(), html());
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		expect(await plain.text()).toBe(page);
	});

	it('leaves small, already encoded, binary and not-modified answers alone', async () => {
		const small = await compressResponse(request('br'), html('<p>kurz</p>'));
		expect(small.headers.get('content-encoding')).toBeNull();
		const encoded = html(page, { 'content-encoding': 'gzip' });
		expect(await compressResponse(request('br'), encoded)).toBe(encoded);
		const image = new Response(page, { headers: { 'content-type': 'image/png' } });
		expect(await compressResponse(request('br'), image)).toBe(image);
		const tagged = html(page, { etag: '"abc"' });
		expect(await compressResponse(request('br', { 'if-none-match': 'W/"abc"' }), tagged)).toBe(
			tagged
		);
	});

	it('keeps an existing Vary value', async () => {
		const response = await compressResponse(request('br'), html(page, { vary: 'Cookie' }));
		expect(response.headers.get('vary')).toBe('Cookie, Accept-Encoding');
	});
});
