import { Agent, get as httpGet } from 'node:http';
import { performance } from 'node:perf_hooks';

export type LoadResult = {
	requests: number;
	errors: number;
	p50: number;
	p95: number;
	p99: number;
	rps: number;
};

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: number[], fraction: number): number {
	if (sorted.length === 0) return NaN;
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
	return sorted[rank]!;
}

/** What a browser says it takes: the server may answer compressed, as it would a visitor. */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

/**
 * One GET on a kept-alive connection, the body read to its end as it came over the wire (a
 * visitor's browser decompresses on its own machine, not on the server's). `node:http` rather
 * than fetch: fetch costs the load generator about as much CPU per request as a kept page costs
 * the app, and on a 2-core machine the generator's CPU is taken from the server it measures.
 */
function get(url: URL, agent: Agent, headers: Record<string, string>): Promise<number> {
	return new Promise((resolve, reject) => {
		const request = httpGet(url, { agent, headers }, (response) => {
			response.on('data', () => {});
			response.on('end', () => resolve(response.statusCode ?? 0));
			response.on('error', reject);
		});
		request.on('error', reject);
	});
}

/**
 * `connections` concurrent clients requesting `url` back to back for `seconds` (loopback only),
 * each on a kept-alive connection and taking what a browser takes (compressed answers), each
 * latency recorded exactly, so p95 is measured rather than read off a coarse histogram.
 * Given several URLs, the requests take them in turn (a mix of pages or queries); `headers`
 * adds headers such as a signed-in session's cookies.
 */
export async function load(
	url: string | readonly string[],
	connections: number,
	seconds: number,
	{ headers = {} }: { headers?: Record<string, string> } = {}
): Promise<LoadResult> {
	const urls = (typeof url === 'string' ? [url] : url).map((href) => new URL(href));
	const agent = new Agent({ keepAlive: true, maxSockets: connections });
	const sent = { 'accept-encoding': BROWSER_ENCODINGS, ...headers };
	let next = 0;
	const latencies: number[] = [];
	let errors = 0;
	const deadline = performance.now() + seconds * 1000;
	const client = async () => {
		while (performance.now() < deadline) {
			const target = urls[next++ % urls.length]!;
			const started = performance.now();
			try {
				const status = await get(target, agent, sent);
				if (status >= 200 && status < 300) latencies.push(performance.now() - started);
				else errors++;
			} catch {
				errors++;
			}
		}
	};
	try {
		await Promise.all(Array.from({ length: connections }, client));
	} finally {
		agent.destroy();
	}
	latencies.sort((a, b) => a - b);
	return {
		requests: latencies.length,
		errors,
		p50: percentile(latencies, 0.5),
		p95: percentile(latencies, 0.95),
		p99: percentile(latencies, 0.99),
		rps: latencies.length / seconds
	};
}
