import { createHmac, timingSafeEqual } from 'node:crypto';

const base64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');

/** An HS256 JWT, as Supabase's legacy anon / service-role keys and GoTrue's access tokens are. */
export function signJwt(claims: Record<string, unknown>, secret: string): string {
	const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const payload = base64url(JSON.stringify(claims));
	const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
	return `${header}.${payload}.${base64url(signature)}`;
}

/**
 * The claims of an HS256 JWT signed with `secret` that has not expired; null for anything else.
 * Used by the auth service for access tokens and the service-role key.
 */
export function verifyJwt(
	token: string,
	secret: string,
	nowSeconds = Math.floor(Date.now() / 1000)
): Record<string, unknown> | null {
	const parts = token.split('.');
	if (parts.length !== 3) return null;
	const [header, payload, signature] = parts as [string, string, string];
	const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
	const given = Buffer.from(signature, 'base64url');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	try {
		const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
		if (head.alg !== 'HS256') return null;
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		// GoTrue requires `exp`: a token without one would never expire.
		if (typeof claims.exp !== 'number' || claims.exp < nowSeconds) return null;
		return claims;
	} catch {
		return null;
	}
}
