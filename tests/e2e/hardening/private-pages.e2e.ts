import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAccount, createOrganisation } from '../support/accounts.ts';

/**
 * What belongs to one signed-in person is never kept by a cache (Cache-Control: private,
 * no-store), and the session cookie is out of reach of scripts (HttpOnly) and lives 8 hours
 * unless renewed.
 */
const PRIVATE = 'private, no-store';

async function signInOver(
	request: APIRequestContext,
	baseURL: string,
	email: string,
	password: string
) {
	const response = await request.post('/auth/sign-in?/password', {
		form: { email, password },
		headers: { origin: baseURL, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	return response;
}

const cacheControl = async (request: APIRequestContext, path: string) => {
	const response = await request.get(path, { maxRedirects: 0 });
	expect(response.status(), path).toBeLessThan(400);
	return response.headers()['cache-control'];
};

test.describe('private pages and the session cookie', () => {
	test('sign-in, portal, office and password pages are private even before sign-in; public pages are not', async ({
		request
	}) => {
		for (const path of [
			'/auth/sign-in',
			'/auth/forgot-password',
			'/auth/update-password',
			'/portal',
			'/office'
		]) {
			expect(await cacheControl(request, path), path).toBe(PRIVATE);
		}
		for (const path of ['/', '/verzeichnis', '/netzwerke']) {
			expect(await cacheControl(request, path), path).toBeUndefined();
		}
	});

	test('the session cookie is HttpOnly, site-wide, SameSite=Lax and lives 8 hours', async ({
		request,
		baseURL
	}) => {
		const account = await createAccount({ label: 'cookie' });
		const response = await signInOver(request, baseURL!, account.email, account.password);
		const session = response
			.headersArray()
			.filter(
				({ name, value }) =>
					name.toLowerCase() === 'set-cookie' && /^sb-[^=]+-auth-token[.=]/.test(value)
			)
			.map(({ value }) => value);
		expect(session.length).toBeGreaterThan(0);
		for (const cookie of session) {
			expect(cookie).toMatch(/;\s*HttpOnly/i);
			expect(cookie).toMatch(/;\s*Max-Age=28800(;|$)/i);
			expect(cookie).toMatch(/;\s*Path=\//i);
			expect(cookie).toMatch(/;\s*SameSite=Lax/i);
		}
		expect(response.headers()['cache-control']).toBe(PRIVATE);
	});

	test('every page and action answer of a signed-in person is private, public pages too', async ({
		request,
		baseURL
	}) => {
		const organisation = await createOrganisation();
		const account = await createAccount({
			label: 'private',
			staffRole: 'office_staff',
			memberOf: [{ organisationId: organisation.id, role: 'owner' }]
		});
		await signInOver(request, baseURL!, account.email, account.password);
		for (const path of [
			'/portal',
			'/office',
			'/auth/update-password',
			'/',
			'/verzeichnis',
			'/organisationen/adibe-antidiskriminierungsberatung'
		]) {
			expect(await cacheControl(request, path), path).toBe(PRIVATE);
		}
		const refused = await request.post('/portal?/invite', {
			form: { email: 'not an address', organisationId: organisation.id, role: 'editor' },
			headers: { origin: baseURL!, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(refused.status()).toBe(400);
		expect(refused.headers()['cache-control']).toBe(PRIVATE);
	});
});
