import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { preferredEncoding, type Encoding } from './compression.ts';
import { createLruCache } from './lru-cache.ts';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Pages every anonymous visitor gets alike, which the server may keep as a reverse proxy would:
 * the public directory (its list, filters and search), nothing that is ever personal. A route
 * is added here only if its page shows the same to every visitor without a session.
 */
export const SHARED_PAGE_ROUTES: ReadonlySet<string> = new Set(['/(public)/verzeichnis']);

/**
 * Cookies a shareable request may carry: the chosen language (part of the key). Any other
 * cookie (a session, a sign-in in progress, anything unknown) makes the request the visitor's
 * own, whatever it holds.
 */
const NEUTRAL_COOKIES: ReadonlySet<string> = new Set(['lang']);

/** Whether a request may be answered from (and fill) the shared page cache. */
export function isShareableRequest(request: {
	method: string;
	url: URL;
	routeId: string | null;
	cookieNames: string[];
	authorization: boolean;
	/** A client-side navigation's data (`__data.json`) or a load's own fetch: not a page. */
	dataRequest: boolean;
}): boolean {
	return (
		request.method === 'GET' &&
		!request.dataRequest &&
		request.routeId !== null &&
		SHARED_PAGE_ROUTES.has(request.routeId) &&
		// `?lang=` answers set the language cookie: that answer is this visitor's alone.
		!request.url.searchParams.has('lang') &&
		!request.authorization &&
		request.cookieNames.every((name) => NEUTRAL_COOKIES.has(name))
	);
}

/**
 * Whether an answer may be kept for others: a complete page (200, HTML), setting no cookie,
 * not marked private by anything on the way.
 */
export function isShareableResponse(response: Response): boolean {
	const cacheControl = response.headers.get('cache-control') ?? '';
	return (
		response.status === 200 &&
		response.body !== null &&
		(response.headers.get('content-type') ?? '').startsWith('text/html') &&
		!response.headers.has('set-cookie') &&
		!response.headers.has('content-encoding') &&
		!/\b(private|no-store)\b/i.test(cacheControl)
	);
}

/**
 * The key of a page: the directory's data version (so that an edit, a place made confidential,
 * shows in the very next request), the language it was rendered in, and the full URL.
 */
export function sharedPageKey(version: number, locale: string, url: URL): string {
	return `${version} ${locale} ${url.pathname}${url.search}`;
}

/**
 * A page's nonce exchanged for the hashes of the scripts that carry it: a kept page goes to many
 * visitors, and a nonce everyone has seen protects nothing. Pages are rendered with a nonce
 * (svelte.config.js), which costs nothing, and hashed here once per kept page with Node's own
 * SHA-256 (SvelteKit's hash mode would hash every page in JavaScript). Null when the nonce is
 * used otherwise than on inline scripts named in script-src: such a page is not kept.
 */
export function nonceToHashes(
	html: string,
	policy: string
): { html: string; policy: string } | null {
	const nonces = [...policy.matchAll(/'nonce-([^']+)'/g)];
	if (nonces.length === 0) return { html, policy };
	const nonce = nonces[0]![1]!;
	const sources = policy.split(';').map((directive) => directive.trim());
	const named = sources.filter((directive) => directive.includes(`'nonce-${nonce}'`));
	if (nonces.length !== 1 || named.length !== 1 || !named[0]!.startsWith('script-src ')) {
		return null;
	}
	const attribute = ` nonce="${nonce}"`;
	const scripts = [...html.matchAll(/<script nonce="([^"]*)">([\s\S]*?)<\/script>/g)];
	const uses = html.split(attribute).length - 1;
	if (scripts.length === 0 || scripts.some(([, own]) => own !== nonce) || uses !== scripts.length) {
		return null;
	}
	const hashes = new Set(
		scripts.map(([, , text]) => `'sha256-${createHash('sha256').update(text!).digest('base64')}'`)
	);
	return {
		html: html.replaceAll(attribute, ''),
		policy: policy.replace(`'nonce-${nonce}'`, [...hashes].join(' '))
	};
}

type Bytes = Uint8Array<ArrayBuffer>;
type KeptPage = {
	body: Bytes;
	headers: Array<[string, string]>;
	encoded: Partial<Record<Encoding, Bytes>>;
};

/** Brotli a little harder than a one-off answer (quality 4): paid once per page and version. */
const KEPT_QUALITY = { br: 6, gzip: 6 } as const;

function compress(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
	return encoding === 'br'
		? brotli(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: KEPT_QUALITY.br,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		: gzipped(body, { level: KEPT_QUALITY.gzip });
}

export type SharedPageCache = {
	/** The kept page for `key`, encoded for the request where it can be; null if none. */
	answer(key: string, request: Request, now?: number): Response | null;
	/** Keeps a shareable answer until `expiresAt`; returns the answer to send in its place. */
	keep(key: string, response: Response, expiresAt: number): Promise<Response>;
	readonly size: number;
};

/**
 * The newest pages, up to `maxEntries` (a directory page is tens of kilobytes, plus its
 * compressed copies). Each is compressed once in the background, brotli and gzip; until then
 * it goes out plain and the compression hook compresses it as any other answer.
 */
export function createSharedPageCache(maxEntries: number): SharedPageCache {
	const pages = createLruCache<KeptPage>(maxEntries);
	return {
		answer(key, request, now = Date.now()) {
			const page = pages.get(key, now);
			if (!page) return null;
			const headers = new Headers(page.headers);
			// For whoever checks what a proxy would (tests, the bench): this answer was kept.
			headers.set('x-page-cache', 'hit');
			const encoding = preferredEncoding(request.headers.get('accept-encoding'));
			const encoded = encoding ? page.encoded[encoding] : undefined;
			if (!encoding || !encoded) return new Response(page.body, { headers });
			headers.set('content-encoding', encoding);
			headers.set('content-length', String(encoded.length));
			const vary = headers.get('vary');
			if (!vary?.toLowerCase().includes('accept-encoding')) {
				headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
			}
			return new Response(encoded, { headers });
		},
		async keep(key, response, expiresAt) {
			const html = await response.text();
			const policy = response.headers.get('content-security-policy');
			const hashed = policy === null ? { html, policy } : nonceToHashes(html, policy);
			const out = new Headers(response.headers);
			if (hashed?.policy) out.set('content-security-policy', hashed.policy);
			const body = new TextEncoder().encode(hashed?.html ?? html) as Bytes;
			// The length is the stored body's; an encoded copy says its own.
			out.delete('content-length');
			const headers = [...out];
			const page: KeptPage = { body, headers, encoded: {} };
			const now = Date.now();
			if (hashed && expiresAt > now) {
				pages.set(key, page, expiresAt - now, now);
				void (async () => {
					for (const encoding of ['br', 'gzip'] as const) {
						page.encoded[encoding] = new Uint8Array(await compress(body, encoding));
					}
				})().catch((error: unknown) => console.error('compressing a kept page failed', error));
			}
			return new Response(body, {
				status: response.status,
				statusText: response.statusText,
				headers: out
			});
		},
		get size() {
			return pages.size;
		}
	};
}

/**
 * The data version, read after the request arrived, with at most one read under way: requests
 * arriving in the same turn of the event loop share a read that starts when the turn ends, and
 * requests arriving while a read is under way (it may have started before they arrived) share
 * the next one, which starts when it ends. A write committed before a request arrived is always
 * seen, and under load the database answers about one read per round trip instead of one per
 * visitor (twenty visitors in twenty turns were twenty reads, each through the gateway,
 * PostgREST and Postgres, for a page that costs Node 1.5 ms).
 */
export function batchedReads<T>(read: () => Promise<T>): () => Promise<T> {
	let underWay: Promise<T> | null = null;
	let waiting: Promise<T> | null = null;
	const settled = () => {};
	return () => {
		waiting ??= (underWay ?? new Promise<void>((resolve) => setImmediate(resolve)))
			.then(settled, settled)
			.then(() => {
				// From now on, new arrivals wait for the read after this one.
				waiting = null;
				const current = read();
				underWay = current;
				const done = () => {
					if (underWay === current) underWay = null;
				};
				current.then(done, done);
				return current;
			});
		return waiting;
	};
}
