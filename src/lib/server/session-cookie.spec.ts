import { describe, expect, it } from 'vitest';
import { hasSessionCookie, sessionCookieOptions, SESSION_COOKIE_MAX_AGE } from './session-cookie';

describe('sessionCookieOptions', () => {
	it('makes a session cookie HttpOnly, site-wide and 8 hours long', () => {
		const options = sessionCookieOptions({ path: '/x', sameSite: 'lax', maxAge: 400 * 86400 });
		expect(options).toMatchObject({ path: '/', httpOnly: true, sameSite: 'lax' });
		expect(options.maxAge).toBe(SESSION_COOKIE_MAX_AGE);
		expect(SESSION_COOKIE_MAX_AGE).toBe(8 * 60 * 60);
	});

	it('keeps a removal a removal', () => {
		expect(sessionCookieOptions({ maxAge: 0, httpOnly: false })).toMatchObject({
			maxAge: 0,
			httpOnly: true
		});
	});
});

describe('hasSessionCookie', () => {
	it('knows the session cookies, whole or chunked, and nothing else', () => {
		expect(hasSessionCookie(['lang', 'sb-127-auth-token'])).toBe(true);
		expect(hasSessionCookie(['sb-abcdefgh-auth-token.1'])).toBe(true);
		expect(hasSessionCookie(['sb-abcdefgh-auth-token-code-verifier'])).toBe(true);
		expect(hasSessionCookie(['lang', 'theme'])).toBe(false);
	});
});
