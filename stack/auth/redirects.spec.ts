import { describe, expect, it } from 'vitest';
import { isAllowedRedirect, type AuthContext } from './context.ts';
import type { Request } from './http.ts';
import { confirmLink, nextPath } from './send-mail.ts';
import { bannedUntil } from './routes-admin.ts';

const context = {
	siteUrl: 'https://atlas.example',
	redirectUrls: ['https://preview-*.atlas.example/**', 'http://localhost:4173/auth/callback']
} as AuthContext;

const withRedirect = (redirectTo: string | null) =>
	({ query: new URLSearchParams(redirectTo ? { redirect_to: redirectTo } : {}) }) as Request;

describe('redirects', () => {
	it.each([
		['https://atlas.example/portal', true],
		['https://preview-42.atlas.example/portal/x', true],
		['http://localhost:4173/auth/callback', true],
		['http://localhost:4173/elsewhere', false],
		['https://atlas.example.evil.example/', false],
		['https://preview-1.evil.example#.atlas.example/', false],
		['https://preview-1@evil.example/.atlas.example/', false],
		['https://preview-1\\.atlas.example/', false],
		['javascript:alert(1)', false],
		['/relative', false]
	])('%s allowed: %s', (target, allowed) => {
		expect(isAllowedRedirect(context, target)).toBe(allowed);
	});

	it('turns an allowed redirect into the next path of the confirm link', () => {
		expect(nextPath(context, withRedirect('https://atlas.example/portal?tab=2#top'))).toBe(
			'/portal?tab=2#top'
		);
		expect(nextPath(context, withRedirect('http://localhost:4173/auth/callback'))).toBe(
			'http://localhost:4173/auth/callback'
		);
		expect(nextPath(context, withRedirect('https://evil.example/'))).toBe('/');
		expect(nextPath(context, withRedirect(null))).toBe('/');
	});

	it('links to the app’s confirm route', () => {
		expect(confirmLink(context, 'invite', 'pkce_abc', '/portal')).toBe(
			'https://atlas.example/auth/confirm?token_hash=pkce_abc&type=invite&next=%2Fportal'
		);
	});
});

describe('bannedUntil', () => {
	it('reads Go durations and "none"', () => {
		const before = Date.now();
		expect(bannedUntil('1h30m')!.getTime() - before).toBeGreaterThanOrEqual(90 * 60_000);
		expect(bannedUntil('1h30m')!.getTime() - before).toBeLessThan(91 * 60_000);
		expect(bannedUntil('none')).toBeNull();
	});

	it.each(['forever', '10', '1d', ''])('refuses %j', (value) => {
		expect(() => bannedUntil(value)).toThrow(
			expect.objectContaining({ code: 'validation_failed' })
		);
	});
});
