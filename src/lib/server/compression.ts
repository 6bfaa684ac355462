import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export type Encoding = 'br' | 'gzip';

/** Answers smaller than this are not worth the work of compressing. */
const MIN_BYTES = 1024;

/** Types worth compressing: text, JSON, JavaScript, SVG. */
const COMPRESSIBLE = /^(text\/|application\/([\w.+-]*json|javascript|xml)|image\/svg\+xml)/;

/**
 * The coding to answer with for an Accept-Encoding header: brotli, else gzip, never one the
 * client refuses with q=0 (`*` stands for both).
 */
export function preferredEncoding(header: string | null): Encoding | null {
	const accepted = new Map<string, number>();
	for (const part of (header ?? '').split(',')) {
		const [coding = '', ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
		accepted.set(coding.trim(), q === undefined ? 1 : Number(q.slice(2)));
	}
	const takes = (coding: Encoding) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
	if (takes('br')) return 'br';
	if (takes('gzip')) return 'gzip';
	return null;
}

function notModified(request: Request, response: Response): boolean {
	const etag = response.headers.get('etag');
	const match = request.headers.get('if-none-match')?.replace(/^W\//, '');
	return response.status === 200 && etag !== null && match === etag;
}

/**
 * The response compressed for the client, as a production server in front would (adapter-node
 * compresses only the prebuilt assets): pages, JSON and text, with `Vary: Accept-Encoding`.
 * Brotli at quality 4 costs less CPU than gzip's default level and compresses better. Left as
 * they are: answers already encoded, without a body, small, or of a type that does not shrink.
 */
export async function compressResponse(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		!response.body ||
		request.method === 'HEAD' ||
		response.headers.has('content-encoding') ||
		!COMPRESSIBLE.test(type) ||
		// SvelteKit answers 304 Not Modified for this after the hooks: nothing to compress.
		notModified(request, response)
	) {
		return response;
	}
	const headers = new Headers(response.headers);
	const vary = headers.get('vary');
	if (!vary?.toLowerCase().includes('accept-encoding')) {
		headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
	}
	const encoding = preferredEncoding(request.headers.get('accept-encoding'));
	const body = Buffer.from(await response.arrayBuffer());
	if (!encoding || body.length < MIN_BYTES) {
		return new Response(body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	const compressed =
		encoding === 'br'
			? await brotli(body, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 4,
						[constants.BROTLI_PARAM_SIZE_HINT]: body.length
					}
				})
			: await gzipped(body, { level: 5 });
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(compressed.length));
	return new Response(new Uint8Array(compressed), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
