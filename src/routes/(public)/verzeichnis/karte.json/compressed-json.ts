import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipped = promisify(gzip);

/** Answers smaller than this are not worth the work of compressing. */
const MIN_BYTES = 1024;

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | null): boolean {
	for (const part of (header ?? '').split(',')) {
		const [coding = '', ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') continue;
		const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	}
	return false;
}

/**
 * JSON, gzipped when the client takes it. adapter-node compresses only the prebuilt assets, and
 * the map's 20,000 points are over a megabyte as text but a fifth of that gzipped: a phone on a
 * slow connection should not wait for the difference. A proxy in front may compress instead.
 */
export async function compressedJson(
	request: Request,
	value: unknown,
	headers: Record<string, string>
): Promise<Response> {
	const body = JSON.stringify(value);
	const common = { 'content-type': 'application/json', vary: 'accept-encoding', ...headers };
	if (body.length < MIN_BYTES || !acceptsGzip(request.headers.get('accept-encoding'))) {
		return new Response(body, { headers: common });
	}
	const compressed = await gzipped(body, { level: 5 });
	return new Response(new Uint8Array(compressed), {
		headers: { ...common, 'content-encoding': 'gzip' }
	});
}
