import type { Session } from '@supabase/supabase-js';
import { expect, it } from 'vitest';
import {
	PASSWORD,
	admin,
	anon,
	authFetch,
	confirmedUser,
	decodeJwt,
	signedInUser,
	uniqueEmail,
	type Target
} from '../support.ts';

/** Password grant, refresh tokens, /user, PUT /user and /logout. */
export function sessionContract(target: () => Target) {
	it('signs in with a password and answers with a session and the user', async () => {
		const { email, id } = await confirmedUser(target());
		const response = await authFetch(target(), '/token?grant_type=password', {
			body: { email: email.toUpperCase(), password: PASSWORD }
		});
		expect(response.status).toBe(200);
		const session = response.json as unknown as Session;
		expect(session).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
		expect(session.access_token).toEqual(expect.any(String));
		expect(session.refresh_token).toEqual(expect.any(String));
		expect(session.expires_at).toBeGreaterThan(Date.now() / 1000 + 3500);
		expect(session.user).toMatchObject({
			id,
			aud: 'authenticated',
			role: 'authenticated',
			email,
			phone: '',
			app_metadata: { provider: 'email', providers: ['email'] },
			is_anonymous: false
		});
		expect(session.user.last_sign_in_at).toEqual(expect.any(String));
		expect(session.user.identities).toHaveLength(1);
		expect(session.user.identities?.[0]).toMatchObject({ provider: 'email', user_id: id, email });
		expect(session.user).not.toHaveProperty('encrypted_password');
	});

	it('issues access tokens with the claims of Supabase Auth', async () => {
		const { id, email, session } = await signedInUser(target());
		const claims = decodeJwt(session.access_token);
		expect(claims).toMatchObject({
			sub: id,
			aud: 'authenticated',
			role: 'authenticated',
			email,
			phone: '',
			aal: 'aal1',
			is_anonymous: false,
			app_metadata: { provider: 'email', providers: ['email'] },
			session_id: expect.any(String)
		});
		expect(String(claims.iss)).toMatch(/\/auth\/v1$/);
		expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
		expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
	});

	it('answers a wrong password and an unknown address alike: 400 invalid_credentials', async () => {
		const { email } = await confirmedUser(target());
		const wrong = await anon(target()).auth.signInWithPassword({
			email,
			password: 'not-the-password'
		});
		const unknown = await anon(target()).auth.signInWithPassword({
			email: uniqueEmail(),
			password: PASSWORD
		});
		for (const { error } of [wrong, unknown]) {
			expect(error).toMatchObject({
				status: 400,
				code: 'invalid_credentials',
				message: 'Invalid login credentials'
			});
		}
	});

	it('refuses unconfirmed and banned users', async () => {
		const service = admin(target()).auth.admin;
		const unconfirmed = uniqueEmail();
		await service.createUser({ email: unconfirmed, password: PASSWORD });
		const banned = uniqueEmail();
		await service.createUser({
			email: banned,
			password: PASSWORD,
			email_confirm: true,
			ban_duration: '24h'
		});
		const first = await anon(target()).auth.signInWithPassword({
			email: unconfirmed,
			password: PASSWORD
		});
		expect(first.error).toMatchObject({ status: 400, code: 'email_not_confirmed' });
		const second = await anon(target()).auth.signInWithPassword({
			email: banned,
			password: PASSWORD
		});
		expect(second.error).toMatchObject({ status: 400, code: 'user_banned' });
	});

	it('answers errors in the 2024-01-01 shape, echoing the version header, and in the legacy shape without it', async () => {
		const current = await authFetch(target(), '/token?grant_type=password', {
			body: { email: uniqueEmail(), password: 'x' }
		});
		expect(current.status).toBe(400);
		expect(current.json).toEqual({
			code: 'invalid_credentials',
			message: 'Invalid login credentials'
		});
		expect(current.headers.get('x-supabase-api-version')).toBe('2024-01-01');
		expect(current.headers.get('x-sb-error-code')).toBe('invalid_credentials');
		const legacy = await authFetch(target(), '/token?grant_type=password', {
			body: { email: uniqueEmail(), password: 'x' },
			legacy: true
		});
		expect(legacy.json).toMatchObject({
			code: 400,
			error_code: 'invalid_credentials',
			msg: 'Invalid login credentials'
		});
		expect(legacy.headers.get('x-sb-error-code')).toBe('invalid_credentials');
	});

	it('refuses an unknown grant type and a body that is not JSON', async () => {
		const grant = await authFetch(target(), '/token?grant_type=magic', { body: {} });
		expect(grant).toMatchObject({ status: 400, json: { code: 'invalid_credentials' } });
		const json = await authFetch(target(), '/token?grant_type=password', { body: '{"email":' });
		expect(json).toMatchObject({ status: 400, json: { code: 'bad_json' } });
	});

	it('rotates the refresh token and hands the active one back when its parent is used again', async () => {
		const { session } = await signedInUser(target());
		const client = anon(target()).auth;
		const first = await client.refreshSession({ refresh_token: session.refresh_token });
		expect(first.error).toBeNull();
		expect(first.data.session!.refresh_token).not.toBe(session.refresh_token);
		// The client may have lost the first answer: the same parent yields the same child.
		const again = await client.refreshSession({ refresh_token: session.refresh_token });
		expect(again.error).toBeNull();
		expect(again.data.session!.refresh_token).toBe(first.data.session!.refresh_token);
	});

	it('swaps a used refresh token again inside the reuse interval', async () => {
		const { session } = await signedInUser(target());
		const client = anon(target()).auth;
		const first = await client.refreshSession({ refresh_token: session.refresh_token });
		const second = await client.refreshSession({
			refresh_token: first.data.session!.refresh_token
		});
		expect(second.error).toBeNull();
		const reused = await client.refreshSession({ refresh_token: session.refresh_token });
		expect(reused.error).toBeNull();
		expect(reused.data.session!.refresh_token).not.toBe(second.data.session!.refresh_token);
	});

	it('refuses an unknown refresh token and one of a signed-out session', async () => {
		const unknown = await authFetch(target(), '/token?grant_type=refresh_token', {
			body: { refresh_token: 'abcdefghij12' }
		});
		expect(unknown).toMatchObject({ status: 400, json: { code: 'refresh_token_not_found' } });
		const { session } = await signedInUser(target());
		await authFetch(target(), '/logout', { bearer: session.access_token, body: {} });
		const after = await anon(target()).auth.refreshSession({
			refresh_token: session.refresh_token
		});
		expect(after.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
	});

	it('returns the signed-in user from GET /user', async () => {
		const { id, email, session } = await signedInUser(target());
		const { data, error } = await anon(target()).auth.getUser(session.access_token);
		expect(error).toBeNull();
		expect(data.user).toMatchObject({ id, email, aud: 'authenticated', role: 'authenticated' });
		expect(data.user!.email_confirmed_at).toEqual(expect.any(String));
	});

	it('refuses GET /user without a token (401 no_authorization) and with a forged one (403 bad_jwt)', async () => {
		const none = await authFetch(target(), '/user');
		expect(none).toMatchObject({ status: 401, json: { code: 'no_authorization' } });
		const { session } = await signedInUser(target());
		const [head, payload] = session.access_token.split('.');
		const forged = await authFetch(target(), '/user', {
			bearer: `${head}.${payload}.c2lnbmF0dXJl`
		});
		expect(forged).toMatchObject({ status: 403, json: { code: 'bad_jwt' } });
	});

	it('refuses GET /user once the user is deleted, the session ended or the user banned', async () => {
		const service = admin(target()).auth.admin;
		const deleted = await signedInUser(target());
		await service.deleteUser(deleted.id);
		const gone = await authFetch(target(), '/user', { bearer: deleted.session.access_token });
		expect(gone).toMatchObject({ status: 403, json: { code: 'user_not_found' } });

		const ended = await signedInUser(target());
		await authFetch(target(), '/logout', { bearer: ended.session.access_token, body: {} });
		const missing = await authFetch(target(), '/user', { bearer: ended.session.access_token });
		expect(missing).toMatchObject({ status: 403, json: { code: 'session_not_found' } });
		// supabase-js turns this code into "no session", so that apps sign the user out.
		const viaClient = await anon(target()).auth.getUser(ended.session.access_token);
		expect(viaClient.error?.name).toBe('AuthSessionMissingError');

		const banned = await signedInUser(target());
		await service.updateUserById(banned.id, { ban_duration: '1h' });
		const refused = await authFetch(target(), '/user', { bearer: banned.session.access_token });
		expect(refused).toMatchObject({ status: 403, json: { code: 'user_banned' } });
	});

	it('merges user metadata on PUT /user and deletes keys set to null', async () => {
		const { session } = await signedInUser(target());
		const bearer = session.access_token;
		await authFetch(target(), '/user', { method: 'PUT', bearer, body: { data: { a: 1, b: 2 } } });
		const response = await authFetch(target(), '/user', {
			method: 'PUT',
			bearer,
			body: { data: { b: null, c: 3 } }
		});
		expect(response.status).toBe(200);
		expect(response.json.user_metadata).toMatchObject({ a: 1, c: 3 });
		expect(response.json.user_metadata).not.toHaveProperty('b');
	});

	it('changes the password on PUT /user and ends the other sessions', async () => {
		const { email, session } = await signedInUser(target());
		const other = await anon(target()).auth.signInWithPassword({ email, password: PASSWORD });
		const updated = await authFetch(target(), '/user', {
			method: 'PUT',
			bearer: session.access_token,
			body: { password: 'a-brand-new-password' }
		});
		expect(updated.status).toBe(200);
		const otherUser = await authFetch(target(), '/user', {
			bearer: other.data.session!.access_token
		});
		expect(otherUser).toMatchObject({ status: 403, json: { code: 'session_not_found' } });
		const own = await authFetch(target(), '/user', { bearer: session.access_token });
		expect(own.status).toBe(200);
		const signIn = await anon(target()).auth.signInWithPassword({
			email,
			password: 'a-brand-new-password'
		});
		expect(signIn.error).toBeNull();
	});

	it('refuses the same password, a weak one and app_metadata on PUT /user', async () => {
		const { session } = await signedInUser(target());
		const bearer = session.access_token;
		const same = await authFetch(target(), '/user', {
			method: 'PUT',
			bearer,
			body: { password: PASSWORD }
		});
		expect(same).toMatchObject({ status: 422, json: { code: 'same_password' } });
		const weak = await authFetch(target(), '/user', {
			method: 'PUT',
			bearer,
			body: { password: '123' }
		});
		expect(weak).toMatchObject({
			status: 422,
			json: { code: 'weak_password', weak_password: { reasons: ['length'] } }
		});
		const appMetadata = await authFetch(target(), '/user', {
			method: 'PUT',
			bearer,
			body: { app_metadata: { role: 'office_admin' } }
		});
		expect(appMetadata).toMatchObject({ status: 403, json: { code: 'not_admin' } });
	});

	it('refuses an e-mail change to an address that is taken', async () => {
		const { session } = await signedInUser(target());
		const other = await confirmedUser(target());
		const taken = await authFetch(target(), '/user', {
			method: 'PUT',
			bearer: session.access_token,
			body: { email: other.email }
		});
		expect(taken).toMatchObject({ status: 422, json: { code: 'email_exists' } });
	});

	it('ends sessions on /logout by scope: local, others, global', async () => {
		const { email, session: first } = await signedInUser(target());
		const signIn = () => anon(target()).auth.signInWithPassword({ email, password: PASSWORD });
		const status = async (token: string) =>
			(await authFetch(target(), '/user', { bearer: token })).status;
		const second = (await signIn()).data.session!;
		const third = (await signIn()).data.session!;

		const local = await authFetch(target(), '/logout?scope=local', {
			bearer: first.access_token,
			body: {}
		});
		expect(local.status).toBe(204);
		expect(await status(first.access_token)).toBe(403);
		expect(await status(second.access_token)).toBe(200);

		await authFetch(target(), '/logout?scope=others', { bearer: second.access_token, body: {} });
		expect(await status(second.access_token)).toBe(200);
		expect(await status(third.access_token)).toBe(403);

		const fourth = (await signIn()).data.session!;
		const global = await anon(target()).auth.admin.signOut(second.access_token, 'global');
		expect(global.error).toBeNull();
		expect(await status(second.access_token)).toBe(403);
		expect(await status(fourth.access_token)).toBe(403);
	});

	it('refuses /logout without a token and with an unknown scope', async () => {
		const none = await authFetch(target(), '/logout', { body: {} });
		expect(none).toMatchObject({ status: 401, json: { code: 'no_authorization' } });
		const { session } = await signedInUser(target());
		const scope = await authFetch(target(), '/logout?scope=everyone', {
			bearer: session.access_token,
			body: {}
		});
		expect(scope).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
	});
}
