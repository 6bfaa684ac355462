import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	newOtp,
	newRefreshToken,
	signAccessToken,
	tokenHash,
	verifyAccessToken
} from './tokens.ts';

describe('e-mail tokens', () => {
	it('hashes e-mail and code with SHA-224 as GoTrue does', () => {
		const expected = createHash('sha224').update('ada@example.org123456').digest('hex');
		expect(tokenHash('ada@example.org', '123456')).toBe(expected);
		expect(expected).toHaveLength(56);
	});

	it('makes six-digit codes and 12-character refresh tokens', () => {
		for (let i = 0; i < 50; i++) {
			expect(newOtp()).toMatch(/^\d{6}$/);
			expect(newRefreshToken()).toMatch(/^[a-z0-9]{12}$/);
		}
	});
});

describe('access tokens', () => {
	it('expire an hour after issue and verify with the same secret only', () => {
		const { token, exp } = signAccessToken(
			{
				iss: 'http://127.0.0.1:54321/auth/v1',
				sub: '00000000-0000-4000-8000-000000000001',
				aud: 'authenticated',
				email: 'ada@example.org',
				phone: '',
				app_metadata: { provider: 'email', providers: ['email'] },
				user_metadata: {},
				role: 'authenticated',
				aal: 'aal1',
				amr: [{ method: 'password', timestamp: 1 }],
				session_id: '00000000-0000-4000-8000-000000000002',
				is_anonymous: false
			},
			'secret-one'
		);
		const claims = verifyAccessToken(token, 'secret-one')!;
		expect(claims.exp).toBe(exp);
		expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
		expect(Object.keys(claims).slice(0, 5)).toEqual(['iss', 'sub', 'aud', 'exp', 'iat']);
		expect(verifyAccessToken(token, 'secret-two')).toBeNull();
	});
});
