import type { CookieOptions } from '@supabase/ssr';

/**
 * How long a session cookie lives without being renewed: 8 hours. The server renews it with every
 * token refresh (at most hourly, while the person uses the site), so this is an inactivity
 * limit: nobody is signed out during a working day, and a shared computer in a counselling
 * centre is not still signed in the next morning to an account that sees drafts and the exact
 * addresses of protected places. (@supabase/ssr would keep it 400 days.) Auth's own sessions
 * outlive the cookie unless the project limits them too (README: sessions and caching).
 */
export const SESSION_COOKIE_MAX_AGE = 8 * 60 * 60;

/**
 * The options of the session cookies @supabase/ssr writes. HttpOnly, because only the server
 * reads the session (no browser code uses supabase-js): script on a page cannot take the tokens.
 * A removal (max-age 0) stays a removal.
 */
export function sessionCookieOptions(options: CookieOptions) {
	return {
		...options,
		path: '/',
		httpOnly: true,
		sameSite: 'lax' as const,
		maxAge: options.maxAge === 0 ? 0 : SESSION_COOKIE_MAX_AGE
	};
}

/** Cookies of a Supabase session (`sb-<ref>-auth-token`, chunked `.0`, `.1`, and the PKCE verifier). */
export function hasSessionCookie(names: string[]): boolean {
	return names.some((name) => /^sb-.+-auth-token/.test(name));
}
