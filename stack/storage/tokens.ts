import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { expiredToken, invalidJwt, invalidSignature } from './errors.ts';

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * The claims of a JWT signed with the project secret, as Supabase Storage checks them (jose):
 * HS256/HS512, `exp` enforced when present, `aud`/`iss` ignored. Throws jose's error, whose
 * message Storage passes on.
 */
export async function verifyToken(token: string, secret: string): Promise<JWTPayload> {
	const { payload } = await jwtVerify(token, key(secret), { algorithms: ['HS256', 'HS512'] });
	return payload;
}

/** A signed-download token: `{url: "<bucket>/<key>", scope: "download"}` for `expiresIn` seconds. */
export function signDownloadToken(url: string, expiresIn: number, secret: string): Promise<string> {
	return new SignJWT({ url, scope: 'download' })
		.setProtectedHeader({ alg: 'HS256' })
		.setIssuedAt()
		.setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
		.sign(key(secret));
}

/** Checks a signed-download token for `<bucket>/<key>` in the contract's order (§6). */
export async function verifyDownloadToken(token: string, url: string, secret: string) {
	let claims: JWTPayload;
	try {
		claims = await verifyToken(token, secret);
	} catch (error) {
		throw invalidJwt((error as Error).message);
	}
	const legacy = claims.scope === undefined && claims.upsert === undefined;
	if (claims.scope !== 'download' && !legacy)
		throw invalidSignature('Token is not scoped for download');
	if (claims.url !== url) throw invalidSignature();
	if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) throw expiredToken();
	return claims;
}
