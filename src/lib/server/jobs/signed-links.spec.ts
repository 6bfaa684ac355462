import { describe, expect, it } from 'vitest';
import { linkExpiry, linkSecretFrom, signLink, verifyLink, type LinkClaim } from './signed-links';

const secret = 'test-secret-of-thirty-two-characters!';
const issued = new Date('2026-12-01T10:00:00Z');
const claim: LinkClaim = {
	organisationId: '6a1c2b5e-1f0e-4c3a-9d2b-7e8f90a1b2c3',
	action: 'confirm',
	expiresAt: linkExpiry(issued, 30)
};

describe('signed reminder links', () => {
	it('verify with the same secret before they expire', () => {
		const verdict = verifyLink(signLink(claim, secret), secret, issued);
		expect(verdict).toEqual({ ok: true, claim });
	});

	it('are refused after their expiry', () => {
		const token = signLink(claim, secret);
		const later = new Date(issued.getTime() + 31 * 24 * 3600 * 1000);
		expect(verifyLink(token, secret, later)).toEqual({ ok: false, reason: 'expired' });
	});

	it('are refused when the claim was changed, e.g. another action or organisation', () => {
		const token = signLink(claim, secret);
		const [, signature] = token.split('.');
		const forged = Buffer.from(
			JSON.stringify([claim.organisationId, 'inactive', claim.expiresAt])
		).toString('base64url');
		expect(verifyLink(`${forged}.${signature}`, secret, issued)).toEqual({
			ok: false,
			reason: 'tampered'
		});
		const flipped = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
		expect(verifyLink(flipped, secret, issued)).toMatchObject({ ok: false, reason: 'tampered' });
	});

	it('are refused when signed with another secret', () => {
		const token = signLink(claim, 'another-secret');
		expect(verifyLink(token, secret, issued)).toEqual({ ok: false, reason: 'tampered' });
	});

	it('refuse garbage without throwing', () => {
		for (const token of ['', 'abc', 'a.b.c', '.', `${'x'.repeat(10)}.`])
			expect(verifyLink(token, secret, issued)).toMatchObject({ ok: false });
	});

	it('derive a stable secret from the service-role key unless LINK_SECRET is set', () => {
		const derived = linkSecretFrom({ SUPABASE_SERVICE_ROLE_KEY: 'key-a' });
		expect(derived).toBe(linkSecretFrom({ SUPABASE_SERVICE_ROLE_KEY: 'key-a' }));
		expect(derived).not.toBe(linkSecretFrom({ SUPABASE_SERVICE_ROLE_KEY: 'key-b' }));
		expect(derived).not.toContain('key-a');
		expect(linkSecretFrom({ LINK_SECRET: 's', SUPABASE_SERVICE_ROLE_KEY: 'k' })).toBe('s');
		expect(() => linkSecretFrom({})).toThrow(/LINK_SECRET/);
	});
});
