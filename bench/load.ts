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

/**
 * `connections` concurrent clients requesting `url` back to back for `seconds` (loopback only),
 * each latency recorded exactly, so p95 is measured rather than read off a coarse histogram.
 * Given several URLs, the requests take them in turn (a mix of pages or queries); `init` adds
 * headers such as a signed-in session's cookies.
 */
export async function load(
	url: string | readonly string[],
	connections: number,
	seconds: number,
	init: RequestInit = {}
): Promise<LoadResult> {
	const urls = typeof url === 'string' ? [url] : url;
	let next = 0;
	const latencies: number[] = [];
	let errors = 0;
	const deadline = performance.now() + seconds * 1000;
	const client = async () => {
		while (performance.now() < deadline) {
			const target = urls[next++ % urls.length]!;
			const started = performance.now();
			try {
				const response = await fetch(target, init);
				await response.arrayBuffer();
				if (response.ok) latencies.push(performance.now() - started);
				else errors++;
			} catch {
				errors++;
			}
		}
	};
	await Promise.all(Array.from({ length: connections }, client));
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
