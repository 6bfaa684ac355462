import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeMapData, MAP_DATA_TYPE as TYPE } from '$lib/domain/map-data';
import { compressedAnswer, keptAnswer } from './kept-answers.ts';

// Map data of a small town, different for each test so that kept answers do not mix.
const body = (seed: number) =>
	encodeMapData({
		organisations: Array.from({ length: 500 }, (_, i) => [
			`verein-${seed}-${i}`,
			`Verein ${['Vielfalt', 'Nordstadt', 'Migration'][i % 3]} ${(i * 7919) % 2000}`,
			'initiative'
		]),
		points: Array.from({ length: 500 }, (_, i) => [
			51.2 + ((i * 7919) % 20000) / 1e5,
			9.3 + ((i * 104729 + seed) % 30000) / 1e5,
			i
		])
	});
const request = (encoding?: string) =>
	new Request('http://localhost/verzeichnis/karte.json', {
		headers: encoding ? { 'accept-encoding': encoding } : {}
	});
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('compressedAnswer', () => {
	it(
		'answers brotli, else gzip, else plain, always with Vary and the given headers',
		{
			timeout: 60_000
		},
		async () => {
			const data = body(1);
			const br = await compressedAnswer(request('gzip, br'), data, TYPE, { 'x-test': '1' }, null);
			expect(br.headers.get('content-encoding')).toBe('br');
			expect(br.headers.get('vary')).toBe('accept-encoding');
			expect(br.headers.get('x-test')).toBe('1');
			expect(br.headers.get('content-type')).toBe(TYPE);
			const compressed = await bytes(br);
			expect(compressed.length).toBeLessThan(data.length / 2);
			expect(brotliDecompressSync(compressed)).toEqual(Buffer.from(data));

			const gzip = await compressedAnswer(request('gzip'), data, TYPE, {}, null);
			expect(gzip.headers.get('content-encoding')).toBe('gzip');
			expect(gunzipSync(await bytes(gzip))).toEqual(Buffer.from(data));

			const plain = await compressedAnswer(request(), data, TYPE, {}, null);
			expect(plain.headers.get('content-encoding')).toBeNull();
			expect(plain.headers.get('vary')).toBe('accept-encoding');
			expect(await bytes(plain)).toEqual(Buffer.from(data));
		}
	);

	it('leaves a small answer as it is', async () => {
		const small = new TextEncoder().encode('kurz');
		const response = await compressedAnswer(request('br'), small, TYPE, {}, null);
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(await bytes(response)).toEqual(Buffer.from(small));
	});

	it('keeps an answer by its key and serves it compressed as hard as it goes', async () => {
		const data = body(2);
		const key = 'W/"build-7" de ?q=beratung';
		expect(keptAnswer(key)).toBeNull();
		const first = await bytes(await compressedAnswer(request('br'), data, TYPE, {}, key));
		expect(keptAnswer(key)).toBe(data);
		// The thorough compression runs in the background; it is there once it has run.
		let again = first;
		for (let tries = 0; tries < 500 && again.equals(first); tries++) {
			await new Promise((resolve) => setTimeout(resolve, 50));
			again = await bytes(await compressedAnswer(request('br'), data, TYPE, {}, key));
		}
		expect(again.length).toBeLessThan(first.length);
		expect(brotliDecompressSync(again)).toEqual(Buffer.from(data));
		expect(keptAnswer('W/"build-8" de ?q=beratung')).toBeNull();
		// A busy machine may take seconds for the background work: waited for, not timed.
	}, 60_000);
});
