import { describe, expect, it } from 'vitest';
import { stackInfo } from '../../support/clients.ts';

describe('API gateway', () => {
	it('refuses a request without an apikey, as Supabase does', async () => {
		const response = await fetch(`${stackInfo().url}/rest/v1/organisations`);
		expect(response.status).toBe(401);
		expect(await response.json()).toEqual({ message: 'No API key found in request' });
	});

	it('refuses a wrong apikey, including a well-formed JWT signed with another secret', async () => {
		const { url, anonKey } = stackInfo();
		const [header, payload] = anonKey.split('.');
		for (const key of ['not-a-key', `${header}.${payload}.c2lnbmF0dXJl`]) {
			const response = await fetch(`${url}/rest/v1/organisations`, { headers: { apikey: key } });
			expect(response.status).toBe(401);
			expect((await response.json()).message).toBe('Invalid API key');
		}
	});

	it('passes a valid apikey through to PostgREST, using it as bearer token when none is given', async () => {
		const { url, anonKey } = stackInfo();
		const response = await fetch(`${url}/rest/v1/organisations?select=name&limit=1`, {
			headers: { apikey: anonKey }
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toHaveLength(1);
	});

	it('refuses an apikey in the query string, where it would land in logs, for REST and auth', async () => {
		const { url, anonKey } = stackInfo();
		for (const path of ['/rest/v1/organisations?select=name', '/auth/v1/settings?x=1']) {
			const inQuery = await fetch(`${url}${path}&apikey=${anonKey}`);
			expect(inQuery.status, path).toBe(401);
			expect((await inQuery.json()).message, path).toBe('API key in the URL refused');
			// Not even beside a key in the header: the URL has been logged already.
			const both = await fetch(`${url}${path}&apikey=${anonKey}`, {
				headers: { apikey: anonKey }
			});
			expect(both.status, path).toBe(401);
			const inHeader = await fetch(`${url}${path}`, { headers: { apikey: anonKey } });
			expect(inHeader.status, path).toBe(200);
		}
	});

	it('answers CORS preflight requests without a key', async () => {
		const response = await fetch(`${stackInfo().url}/rest/v1/organisations`, {
			method: 'OPTIONS',
			headers: { origin: 'http://example.org', 'access-control-request-method': 'GET' }
		});
		expect(response.status).toBe(204);
		expect(response.headers.get('access-control-allow-headers')).toContain('apikey');
	});

	it('serves /storage/v1 without an API key, as Supabase does, and answers unknown routes with 404', async () => {
		const { url, anonKey } = stackInfo();
		const status = await fetch(`${url}/storage/v1/status`);
		expect(status.status).toBe(200);
		const buckets = await fetch(`${url}/storage/v1/bucket`, {
			headers: { authorization: `Bearer ${anonKey}` }
		});
		expect(buckets.status).toBe(200);
		const unknown = await fetch(`${url}/nothing/here`, { headers: { apikey: anonKey } });
		expect(unknown.status).toBe(404);
	});
});
