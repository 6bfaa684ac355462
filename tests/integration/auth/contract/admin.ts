import { describe, expect, it } from 'vitest';
import {
	PASSWORD,
	admin,
	anon,
	authFetch,
	confirmedUser,
	signedInUser,
	uniqueEmail,
	type Target
} from '../support.ts';

/** /admin/users, /invite and /admin/generate_link. */
export function adminContract(target: () => Target) {
	describe('admin routes without the service role', () => {
		const routes = [
			['GET', '/admin/users'],
			['POST', '/admin/users'],
			['GET', `/admin/users/${crypto.randomUUID()}`],
			['PUT', `/admin/users/${crypto.randomUUID()}`],
			['DELETE', `/admin/users/${crypto.randomUUID()}`],
			['POST', '/admin/generate_link'],
			['POST', '/invite']
		] as const;

		it.each(routes)('%s %s refuses the anon key (403 not_admin)', async (method, path) => {
			const response = await authFetch(target(), path, {
				method,
				bearer: target().anonKey,
				body: method === 'GET' ? undefined : { email: uniqueEmail() }
			});
			expect(response).toMatchObject({ status: 403, json: { code: 'not_admin' } });
		});

		it('refuses a user access token, a missing bearer and a forged one', async () => {
			const { session } = await signedInUser(target());
			const asUser = await authFetch(target(), '/admin/users', { bearer: session.access_token });
			expect(asUser).toMatchObject({ status: 403, json: { code: 'not_admin' } });
			const none = await authFetch(target(), '/admin/users');
			expect(none).toMatchObject({ status: 401, json: { code: 'no_authorization' } });
			const [head, payload] = target().serviceRoleKey.split('.');
			const forged = await authFetch(target(), '/admin/users', {
				bearer: `${head}.${payload}.Zm9yZ2Vk`
			});
			expect(forged).toMatchObject({ status: 403, json: { code: 'bad_jwt' } });
		});

		it('is refused through supabase-js with the anon key', async () => {
			const { error } = await anon(target()).auth.admin.listUsers();
			expect(error).toMatchObject({ status: 403, code: 'not_admin' });
		});
	});

	it('creates a user with metadata, confirmed, and refuses a duplicate (422 email_exists)', async () => {
		const email = uniqueEmail();
		const service = admin(target()).auth.admin;
		const { data, error } = await service.createUser({
			email: email.toUpperCase(),
			password: PASSWORD,
			email_confirm: true,
			user_metadata: { display_name: 'Ada' },
			app_metadata: { office_role: 'staff' }
		});
		expect(error).toBeNull();
		expect(data.user).toMatchObject({
			email,
			aud: 'authenticated',
			role: 'authenticated',
			user_metadata: { display_name: 'Ada' },
			app_metadata: { provider: 'email', providers: ['email'], office_role: 'staff' }
		});
		expect(data.user!.email_confirmed_at).toEqual(expect.any(String));
		expect(data.user!.identities).toHaveLength(1);
		const duplicate = await service.createUser({ email, password: PASSWORD });
		expect(duplicate.error).toMatchObject({ status: 422, code: 'email_exists' });
		const missing = await service.createUser({ password: PASSWORD });
		expect(missing.error).toMatchObject({ status: 400, code: 'validation_failed' });
	});

	it('creates a user from a bcrypt hash who can then sign in', async () => {
		const email = uniqueEmail();
		// bcrypt (cost 10) of "correct-horse-battery", as another Supabase project would export it.
		const hash = '$2a$10$14kPTbAcL.dX7CP32dcUUeQpriP8cDrwxzCFY3gl1HSxFfkR4RGEC';
		const created = await admin(target()).auth.admin.createUser({
			email,
			password_hash: hash,
			email_confirm: true
		});
		expect(created.error).toBeNull();
		const { error } = await anon(target()).auth.signInWithPassword({ email, password: PASSWORD });
		expect(error).toBeNull();
	});

	it('lists users newest first with X-Total-Count and Link headers', async () => {
		const service = admin(target()).auth.admin;
		for (let i = 0; i < 3; i++) await confirmedUser(target());
		const page1 = await service.listUsers({ page: 1, perPage: 2 });
		expect(page1.error).toBeNull();
		expect(page1.data.users).toHaveLength(2);
		expect(page1.data).toMatchObject({ aud: 'authenticated', nextPage: 2 });
		expect((page1.data as { total: number }).total).toBeGreaterThanOrEqual(3);
		const times = page1.data.users.map((user) => Date.parse(user.created_at));
		expect(times[0]).toBeGreaterThanOrEqual(times[1]!);
		const page2 = await service.listUsers({ page: 2, perPage: 2 });
		expect(page2.data.users[0]!.id).not.toBe(page1.data.users[0]!.id);

		const raw = await authFetch(target(), '/admin/users?page=1&per_page=2', {
			bearer: target().serviceRoleKey
		});
		expect(Number(raw.headers.get('x-total-count'))).toBeGreaterThanOrEqual(3);
		expect(raw.headers.get('link')).toMatch(
			/^<[^>]*\/admin\/users\?page=2&per_page=2>; rel="next", <[^>]*\?page=\d+&per_page=2>; rel="last"$/
		);
	});

	it('gets a user by id and answers 404 for unknown and malformed ids', async () => {
		const { id, email } = await confirmedUser(target());
		const service = admin(target()).auth.admin;
		const found = await service.getUserById(id);
		expect(found.data.user).toMatchObject({ id, email });
		const unknown = await service.getUserById(crypto.randomUUID());
		expect(unknown.error).toMatchObject({ status: 404, code: 'user_not_found' });
		const malformed = await authFetch(target(), '/admin/users/not-a-uuid', {
			bearer: target().serviceRoleKey
		});
		expect(malformed.status).toBe(404);
	});

	it('updates metadata, confirmation and bans', async () => {
		const service = admin(target()).auth.admin;
		const email = uniqueEmail();
		const { data } = await service.createUser({
			email,
			password: PASSWORD,
			app_metadata: { a: 1, b: 2 }
		});
		const id = data.user!.id;
		const updated = await service.updateUserById(id, {
			app_metadata: { b: null, c: 3 },
			user_metadata: { locale: 'en' },
			email_confirm: true
		});
		expect(updated.error).toBeNull();
		expect(updated.data.user!.app_metadata).toEqual({
			provider: 'email',
			providers: ['email'],
			a: 1,
			c: 3
		});
		expect(updated.data.user!.user_metadata).toMatchObject({ locale: 'en' });
		expect(updated.data.user!.email_confirmed_at).toEqual(expect.any(String));

		const banned = await service.updateUserById(id, { ban_duration: '1h30m' });
		expect(Date.parse(banned.data.user!.banned_until!)).toBeGreaterThan(Date.now() + 80 * 60_000);
		const refused = await anon(target()).auth.signInWithPassword({ email, password: PASSWORD });
		expect(refused.error).toMatchObject({ code: 'user_banned' });
		const unbanned = await service.updateUserById(id, { ban_duration: 'none' });
		expect(unbanned.data.user!.banned_until).toBeUndefined();
		const allowed = await anon(target()).auth.signInWithPassword({ email, password: PASSWORD });
		expect(allowed.error).toBeNull();
	});

	it('ends all sessions when an admin sets a new password, and refuses a weak one', async () => {
		const { id, session } = await signedInUser(target());
		const service = admin(target()).auth.admin;
		const weak = await service.updateUserById(id, { password: '12' });
		expect(weak.error).toMatchObject({ status: 422, code: 'weak_password' });
		const changed = await service.updateUserById(id, { password: 'another-good-password' });
		expect(changed.error).toBeNull();
		const user = await authFetch(target(), '/user', { bearer: session.access_token });
		expect(user).toMatchObject({ status: 403, json: { code: 'session_not_found' } });
	});

	it('deletes a user, after which the id is unknown', async () => {
		const { id } = await confirmedUser(target());
		const service = admin(target()).auth.admin;
		const deleted = await service.deleteUser(id);
		expect(deleted.error).toBeNull();
		expect((await service.getUserById(id)).error).toMatchObject({
			status: 404,
			code: 'user_not_found'
		});
		expect((await service.deleteUser(id)).error).toMatchObject({
			status: 404,
			code: 'user_not_found'
		});
	});

	it('invites a new address and refuses a confirmed one (422 email_exists)', async () => {
		const email = uniqueEmail('invitee');
		const service = admin(target()).auth.admin;
		const { data, error } = await service.inviteUserByEmail(email, { data: { locale: 'en' } });
		expect(error).toBeNull();
		expect(data.user).toMatchObject({ email, user_metadata: { locale: 'en' } });
		expect(data.user!.invited_at).toEqual(expect.any(String));
		expect(data.user!.email_confirmed_at).toBeUndefined();
		const { email: confirmed } = await confirmedUser(target());
		const refused = await service.inviteUserByEmail(confirmed);
		expect(refused.error).toMatchObject({ status: 422, code: 'email_exists' });
	});

	it('generates a magic link whose hashed token signs the user in once', async () => {
		const { id, email } = await confirmedUser(target());
		const { data, error } = await admin(target()).auth.admin.generateLink({
			type: 'magiclink',
			email
		});
		expect(error).toBeNull();
		expect(data.user!.id).toBe(id);
		expect(data.properties).toMatchObject({
			email_otp: expect.stringMatching(/^\d{6}$/),
			hashed_token: expect.stringMatching(/^[0-9a-f]{56}$/),
			verification_type: 'magiclink'
		});
		const action = new URL(data.properties!.action_link);
		expect(action.pathname).toBe('/auth/v1/verify');
		expect(action.searchParams.get('token')).toBe(data.properties!.hashed_token);
		expect(action.searchParams.get('type')).toBe('magiclink');

		const client = anon(target()).auth;
		const verified = await client.verifyOtp({
			type: 'magiclink',
			token_hash: data.properties!.hashed_token
		});
		expect(verified.error).toBeNull();
		expect(verified.data.session!.user.id).toBe(id);
		const again = await client.verifyOtp({
			type: 'magiclink',
			token_hash: data.properties!.hashed_token
		});
		expect(again.error).toMatchObject({ status: 403, code: 'otp_expired' });
	});

	it('turns a magic link for an unknown address into a signup and refuses recovery for one', async () => {
		const service = admin(target()).auth.admin;
		const email = uniqueEmail();
		const magic = await service.generateLink({ type: 'magiclink', email });
		expect(magic.data.properties!.verification_type).toBe('signup');
		expect(magic.data.user!.email).toBe(email);
		const recovery = await service.generateLink({ type: 'recovery', email: uniqueEmail() });
		expect(recovery.error).toMatchObject({ status: 404, code: 'user_not_found' });
		const { email: confirmed } = await confirmedUser(target());
		const invite = await service.generateLink({ type: 'invite', email: confirmed });
		expect(invite.error).toMatchObject({ status: 422, code: 'email_exists' });
	});

	it('generates invite and signup links that confirm the address', async () => {
		const service = admin(target()).auth.admin;
		const client = anon(target()).auth;
		const invited = await service.generateLink({ type: 'invite', email: uniqueEmail() });
		const fromInvite = await client.verifyOtp({
			type: 'invite',
			token_hash: invited.data.properties!.hashed_token
		});
		expect(fromInvite.error).toBeNull();
		expect(fromInvite.data.user!.email_confirmed_at).toEqual(expect.any(String));

		const email = uniqueEmail();
		const signup = await service.generateLink({ type: 'signup', email, password: PASSWORD });
		expect(signup.data.properties!.verification_type).toBe('signup');
		const confirmed = await client.verifyOtp({
			type: 'signup',
			token_hash: signup.data.properties!.hashed_token
		});
		expect(confirmed.error).toBeNull();
		const signIn = await client.signInWithPassword({ email, password: PASSWORD });
		expect(signIn.error).toBeNull();
	});
}
