import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { preferredEncoding, type Encoding } from './compression.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Answers smaller than this are not worth the work of compressing. */
const MIN_BYTES = 1024;

/**
 * How hard to compress: quickly for an answer made for one request, as hard as brotli goes for
 * one kept for the next (quality 10 is a tenth smaller than 5 on the map data of a city and takes
 * about a second of one core, off the event loop: paid once per data version and search, or once
 * per language for the message catalogue).
 */
const QUICK = { br: 5, gzip: 6 } as const;
const THOROUGH = { br: 10, gzip: 9 } as const;

function compress(body: Uint8Array, encoding: Encoding, level: number): Promise<Buffer> {
	return encoding === 'br'
		? brotli(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: level,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		: gzipped(body, { level });
}

type Kept = { body: Uint8Array; encoded: Partial<Record<Encoding, Uint8Array>>; working: boolean };

/**
 * Answers that are the same for every visitor, kept by a key that names their version and
 * compressed as hard as brotli goes: the map data per data version and search (the key holds the
 * data version's ETag, so a place made confidential is never served from here), the message
 * catalogue per language and build. The newest few only: a city map is a few hundred kilobytes.
 */
const KEPT_ANSWERS = 16;
const kept = new Map<string, Kept>();

/** The answer kept for `key`, if any (it stays the newest). */
export function keptAnswer(key: string): Uint8Array | null {
	const entry = kept.get(key);
	if (!entry) return null;
	kept.delete(key);
	kept.set(key, entry);
	return entry.body;
}

function keep(key: string, body: Uint8Array): Kept {
	let entry = kept.get(key);
	if (!entry || entry.body !== body) {
		entry = { body, encoded: {}, working: false };
		kept.set(key, entry);
		while (kept.size > KEPT_ANSWERS) kept.delete(kept.keys().next().value!);
	}
	return entry;
}

/** Compresses a kept answer thoroughly in the background, one encoding after the other. */
function compressThoroughly(entry: Kept): void {
	if (entry.working) return;
	entry.working = true;
	void (async () => {
		for (const encoding of ['br', 'gzip'] as const) {
			if (!entry.encoded[encoding]) {
				entry.encoded[encoding] = await compress(entry.body, encoding, THOROUGH[encoding]);
			}
		}
	})()
		.catch((error: unknown) => console.error('compressing a kept answer failed', error))
		.finally(() => (entry.working = false));
}

/**
 * An answer compressed for the client (brotli, else gzip), with `Vary`. adapter-node compresses
 * only the prebuilt assets; the hooks leave an answer encoded here as it is. With a `key` (that
 * names the answer's version), the answer is kept and the next one for the same key comes
 * thoroughly compressed.
 */
export async function compressedAnswer(
	request: Request,
	body: Uint8Array,
	type: string,
	headers: Record<string, string>,
	key: string | null
): Promise<Response> {
	const common = { 'content-type': type, vary: 'accept-encoding', ...headers };
	const encoding = preferredEncoding(request.headers.get('accept-encoding'));
	if (!encoding || body.length < MIN_BYTES) {
		return new Response(new Uint8Array(body), { headers: common });
	}
	const entry = key ? keep(key, body) : null;
	const encoded = entry?.encoded[encoding] ?? (await compress(body, encoding, QUICK[encoding]));
	if (entry) compressThoroughly(entry);
	return new Response(new Uint8Array(encoded), {
		headers: { ...common, 'content-encoding': encoding, 'content-length': String(encoded.length) }
	});
}
