/**
 * A redirect target after sign-in or a mail link: only a path on this site. Anything that could
 * leave the site (`//evil.example`, `/\evil`, `https://…`, control characters) becomes `fallback`.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
		return fallback;
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
	const url = new URL(next, 'http://same.origin');
	if (url.origin !== 'http://same.origin') return fallback;
	return `${url.pathname}${url.search}${url.hash}`;
}
