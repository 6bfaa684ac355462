import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { signJwt, verifyJwt } from '../jwt.ts';

export const ACCESS_TOKEN_SECONDS = 3600;

export type AccessTokenClaims = {
	iss: string;
	sub: string;
	aud: string;
	exp: number;
	iat: number;
	email: string;
	phone: string;
	app_metadata: Record<string, unknown>;
	user_metadata: Record<string, unknown>;
	role: string;
	aal: 'aal1';
	amr: Array<{ method: string; timestamp: number }>;
	session_id: string;
	is_anonymous: boolean;
};

export const nowSeconds = () => Math.floor(Date.now() / 1000);

export function signAccessToken(claims: Omit<AccessTokenClaims, 'exp' | 'iat'>, secret: string) {
	const iat = nowSeconds();
	const exp = iat + ACCESS_TOKEN_SECONDS;
	// Claim order as GoTrue writes them, so tokens look alike when decoded side by side.
	const { iss, sub, aud, ...rest } = claims;
	return { token: signJwt({ iss, sub, aud, exp, iat, ...rest }, secret), exp };
}

export const verifyAccessToken = (token: string, secret: string) => verifyJwt(token, secret);

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** GoTrue's legacy (v1) refresh token: 12 random lowercase alphanumerics. */
export function newRefreshToken(): string {
	let token = '';
	for (let i = 0; i < 12; i++) token += ALPHANUMERIC[randomInt(ALPHANUMERIC.length)];
	return token;
}

/** Six random digits, as in GoTrue's e-mail OTPs (MAILER_OTP_LENGTH 6). */
export const newOtp = () => String(randomInt(1_000_000)).padStart(6, '0');

/** GoTrue's token hash: lowercase hex SHA-224 of e-mail and OTP. */
export const tokenHash = (email: string, otp: string) =>
	createHash('sha224')
		.update(email + otp)
		.digest('hex');

export function constantTimeEqual(a: string, b: string): boolean {
	const left = createHash('sha256').update(a).digest();
	const right = createHash('sha256').update(b).digest();
	return timingSafeEqual(left, right) && a.length === b.length;
}

/** A password no one knows, for users created by invite or magic link. */
export const randomPassword = () => randomBytes(32).toString('base64url');

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
