const BASE = 'http://same.origin';

/** A path that a browser reads as a path on this site: one slash, then not a second (or `\`). */
const onThisSite = (path: string) => /^\/(?![/\\])/.test(path);

/**
 * A redirect target after sign-in or a mail link: only a path on this site. Anything that could
 * leave the site (`//evil.example`, `/\evil`, `https://…`, control characters) becomes `fallback`.
 * The check applies to the normalised path as well as to the input: dot segments can turn a
 * harmless-looking path into a network-path reference (`/.//evil.example` → `//evil.example`).
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
	if (!next || !onThisSite(next)) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
	const url = new URL(next, BASE);
	if (url.origin !== BASE) return fallback;
	const path = `${url.pathname}${url.search}${url.hash}`;
	return onThisSite(path) && new URL(path, BASE).origin === BASE ? path : fallback;
}
