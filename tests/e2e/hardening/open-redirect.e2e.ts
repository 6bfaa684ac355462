import { expect, test, type APIResponse } from '@playwright/test';
import { createAccount, serviceClient } from '../support/accounts.ts';

/**
 * A `next` that normalises into a network-path reference (`/.//evil.example` →
 * `//evil.example`) must not send anyone off the site, wherever the app redirects to `next`.
 */
const ATTEMPTS = ['/.//evil.example', '/..//evil.example', '/%2e//evil.example/x?y#z'];

/** Where a browser goes for this redirect: its Location, resolved against the page. */
function expectOnSite(response: APIResponse, location: string | undefined, site: string) {
	expect(response.status()).toBeLessThan(400);
	expect(location, 'a redirect').toBeTruthy();
	expect(location).toMatch(/^\/(?![/\\])/);
	expect(new URL(location!, `${site}/auth/sign-in`).origin).toBe(new URL(site).origin);
}

test.describe('no open redirect through next', () => {
	for (const next of ATTEMPTS) {
		test(`GET /auth/confirm with next=${next} stays on the site`, async ({ request, baseURL }) => {
			const account = await createAccount({ label: 'confirm-next' });
			const { data, error } = await serviceClient().auth.admin.generateLink({
				type: 'magiclink',
				email: account.email
			});
			expect(error).toBeNull();
			const response = await request.get(
				`/auth/confirm?token_hash=${data.properties!.hashed_token}&type=magiclink&next=${encodeURIComponent(next)}`,
				{ maxRedirects: 0 }
			);
			expect(response.status()).toBe(303);
			expectOnSite(response, response.headers()['location'], baseURL!);
		});

		test(`POST /auth/sign-in?/password with next=${next} stays on the site, then GET /auth/sign-in too`, async ({
			request,
			baseURL
		}) => {
			const account = await createAccount({ label: 'sign-in-next' });
			const form = { email: account.email, password: account.password, next };
			const signedIn = await request.post('/auth/sign-in?/password', {
				form,
				headers: { origin: baseURL!, accept: 'text/html' },
				maxRedirects: 0
			});
			expect(signedIn.status()).toBe(303);
			expectOnSite(signedIn, signedIn.headers()['location'], baseURL!);

			// Already signed in: the sign-in page sends the person on to next at once.
			const again = await request.get(`/auth/sign-in?next=${encodeURIComponent(next)}`, {
				maxRedirects: 0
			});
			expect(again.status()).toBe(303);
			expectOnSite(again, again.headers()['location'], baseURL!);

			// With JavaScript the form is posted for JSON, and the page follows `location`.
			const enhanced = await request.post('/auth/sign-in?/password', {
				form,
				headers: { origin: baseURL!, accept: 'application/json' },
				maxRedirects: 0
			});
			const answer = (await enhanced.json()) as { type: string; location?: string };
			expect(answer.type).toBe('redirect');
			expectOnSite(enhanced, answer.location, baseURL!);
		});
	}
});
