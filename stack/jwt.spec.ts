import { describe, expect, it } from 'vitest';
import { signJwt, verifyJwt } from './jwt.ts';

const SECRET = 'a-test-secret-of-enough-length-123456';

describe('verifyJwt', () => {
	const now = 1_800_000_000;

	it('returns the claims of a valid, unexpired token', () => {
		const token = signJwt({ sub: 'u1', role: 'authenticated', exp: now + 60 }, SECRET);
		expect(verifyJwt(token, SECRET, now)).toMatchObject({ sub: 'u1', role: 'authenticated' });
	});

	it('refuses an expired token, a token without exp, another secret and a tampered payload', () => {
		expect(verifyJwt(signJwt({ sub: 'u1', exp: now - 1 }, SECRET), SECRET, now)).toBeNull();
		expect(verifyJwt(signJwt({ sub: 'u1' }, SECRET), SECRET, now)).toBeNull();
		expect(
			verifyJwt(signJwt({ sub: 'u1', exp: now + 60 }, 'other-secret'), SECRET, now)
		).toBeNull();
		const [header, , signature] = signJwt({ sub: 'u1', exp: now + 60 }, SECRET).split('.');
		const forged = Buffer.from(JSON.stringify({ sub: 'admin', exp: now + 60 })).toString(
			'base64url'
		);
		expect(verifyJwt(`${header}.${forged}.${signature}`, SECRET, now)).toBeNull();
	});
});
