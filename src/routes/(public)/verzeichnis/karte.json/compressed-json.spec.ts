import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, compressedJson } from './compressed-json.ts';

describe('acceptsGzip', () => {
	it('reads what browsers and tools send', () => {
		expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
		expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('gzip;q=0, br')).toBe(false);
		expect(acceptsGzip('identity')).toBe(false);
		expect(acceptsGzip('')).toBe(false);
		expect(acceptsGzip(null)).toBe(false);
	});
});

describe('compressedJson', () => {
	const points = { points: Array.from({ length: 500 }, (_, i) => [51.3 + i / 1e4, 9.48, i]) };
	const request = (encoding?: string) =>
		new Request('http://localhost/verzeichnis/karte.json', {
			headers: encoding ? { 'accept-encoding': encoding } : {}
		});

	it('gzips a large answer for a client that takes gzip', async () => {
		const response = await compressedJson(request('gzip, br'), points, { 'x-test': '1' });
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('vary')).toBe('accept-encoding');
		expect(response.headers.get('x-test')).toBe('1');
		const body = Buffer.from(await response.arrayBuffer());
		expect(body.length).toBeLessThan(JSON.stringify(points).length / 2);
		expect(JSON.parse(gunzipSync(body).toString('utf8'))).toEqual(points);
	});

	it('sends plain JSON to a client without gzip, and small answers always', async () => {
		const plain = await compressedJson(request(), points, {});
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.json()).toEqual(points);
		const small = await compressedJson(request('gzip'), { points: [] }, {});
		expect(small.headers.get('content-encoding')).toBeNull();
		expect(await small.json()).toEqual({ points: [] });
	});
});
