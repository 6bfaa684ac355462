import { describe, expect, it } from 'vitest';
import { load, percentile } from './load.ts';

describe('percentile', () => {
	const samples = Array.from({ length: 100 }, (_, i) => i + 1);

	it('uses the nearest rank', () => {
		expect(percentile(samples, 0.5)).toBe(50);
		expect(percentile(samples, 0.95)).toBe(95);
		expect(percentile(samples, 1)).toBe(100);
	});

	it('handles a single sample and no samples', () => {
		expect(percentile([7], 0.95)).toBe(7);
		expect(percentile([], 0.5)).toBeNaN();
	});
});

describe('load', () => {
	it('sends what a browser accepts, keeps connections alive and counts failures', async () => {
		const { createServer } = await import('node:http');
		const seen: Array<{ encoding?: string; cookie?: string; path?: string }> = [];
		const sockets = new Set<unknown>();
		const server = createServer((request, response) => {
			sockets.add(request.socket);
			seen.push({
				encoding: request.headers['accept-encoding'],
				cookie: request.headers.cookie,
				path: request.url
			});
			response.statusCode = request.url === '/missing' ? 404 : 200;
			response.end('x'.repeat(2000));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as { port: number };
		try {
			const base = `http://127.0.0.1:${port}`;
			const result = await load([`${base}/a`, `${base}/missing`], 2, 0.3, {
				headers: { cookie: 'session=1' }
			});
			expect(result.requests).toBeGreaterThan(0);
			// Every second request went to the missing page.
			expect(Math.abs(result.errors - result.requests)).toBeLessThanOrEqual(2);
			expect(seen.every((request) => request.encoding?.includes('br'))).toBe(true);
			expect(seen.every((request) => request.cookie === 'session=1')).toBe(true);
			expect(new Set(seen.map((request) => request.path))).toEqual(new Set(['/a', '/missing']));
			// Two clients, two kept-alive connections, however many requests.
			expect(sockets.size).toBe(2);
		} finally {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
		}
	});
});
