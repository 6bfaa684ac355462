import { expect, it } from 'vitest';
import {
	PASSWORD,
	admin,
	anon,
	authFetch,
	confirmedUser,
	uniqueEmail,
	type Target
} from '../support.ts';

/** /verify, /otp, /recover, /settings and /health. */
export function emailContract(target: () => Target) {
	const link = async (type: 'magiclink' | 'recovery', email: string) => {
		const { data, error } = await admin(target()).auth.admin.generateLink({ type, email });
		if (error) throw error;
		return data.properties!;
	};

	it('verifies a recovery token hash once, with a session and the recovery event', async () => {
		const { email } = await confirmedUser(target());
		const { hashed_token } = await link('recovery', email);
		const client = anon(target()).auth;
		const events: string[] = [];
		client.onAuthStateChange((event) => void events.push(event));
		const { data, error } = await client.verifyOtp({ type: 'recovery', token_hash: hashed_token });
		expect(error).toBeNull();
		expect(data.session).toMatchObject({ token_type: 'bearer', user: { email } });
		expect(events).toContain('PASSWORD_RECOVERY');
		const claims = JSON.parse(
			Buffer.from(data.session!.access_token.split('.')[1]!, 'base64url').toString()
		);
		expect(claims.amr[0].method).toBe('otp');
		const reused = await authFetch(target(), '/verify', {
			body: { type: 'recovery', token_hash: hashed_token }
		});
		expect(reused).toMatchObject({
			status: 403,
			json: { code: 'otp_expired', message: 'Email link is invalid or has expired' }
		});
	});

	it('verifies an e-mail address with its 6-digit code and refuses a wrong code', async () => {
		const { email } = await confirmedUser(target());
		const { email_otp } = await link('magiclink', email);
		const client = anon(target()).auth;
		const wrongCode = email_otp === '000000' ? '111111' : '000000';
		const wrong = await client.verifyOtp({ type: 'email', email, token: wrongCode });
		expect(wrong.error).toMatchObject({ status: 403, code: 'otp_expired' });
		const right = await client.verifyOtp({ type: 'email', email, token: email_otp });
		expect(right.error).toBeNull();
		expect(right.data.user!.email).toBe(email);
	});

	it('needs exactly one of token and token_hash on POST /verify', async () => {
		const both = await authFetch(target(), '/verify', {
			body: { type: 'magiclink', token_hash: 'abc', token: '123456', email: uniqueEmail() }
		});
		expect(both).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
		const neither = await authFetch(target(), '/verify', { body: { type: 'magiclink' } });
		expect(neither).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
		const hashWithEmail = await authFetch(target(), '/verify', {
			body: { type: 'magiclink', token_hash: 'abc', email: uniqueEmail() }
		});
		expect(hashWithEmail).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
	});

	it('redirects GET /verify (no API key) with the session in the fragment, then with an error', async () => {
		const { email } = await confirmedUser(target());
		const { action_link } = await link('magiclink', email);
		const first = await fetch(action_link, { redirect: 'manual' });
		expect(first.status).toBe(303);
		const fragment = new URLSearchParams(new URL(first.headers.get('location')!).hash.slice(1));
		expect(fragment.get('access_token')).toEqual(expect.any(String));
		expect(fragment.get('refresh_token')).toEqual(expect.any(String));
		expect(fragment.get('token_type')).toBe('bearer');
		expect(fragment.get('type')).toBe('magiclink');
		const second = await fetch(action_link, { redirect: 'manual' });
		expect(second.status).toBe(303);
		const error = new URLSearchParams(new URL(second.headers.get('location')!).hash.slice(1));
		expect(error.get('error_code')).toBe('otp_expired');
		expect(error.get('access_token')).toBeNull();
	});

	it('answers /otp with {} for known addresses, for unknown ones without create_user 422 otp_disabled (GoTrue) or {} (local), 429 when repeated', async () => {
		const client = anon(target()).auth;
		const refused = await client.signInWithOtp({
			email: uniqueEmail(),
			options: { shouldCreateUser: false }
		});
		// Deliberate deviation (docs/local-auth.md): the local service does not tell the two apart.
		if (target().local) expect(refused.error).toBeNull();
		else expect(refused.error).toMatchObject({ status: 422, code: 'otp_disabled' });
		const { email } = await confirmedUser(target());
		const raw = await authFetch(target(), '/otp', { body: { email, create_user: true } });
		expect(raw).toMatchObject({ status: 200, json: {} });
		const repeated = await client.signInWithOtp({ email });
		expect(repeated.error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
	});

	it('answers /recover alike for unknown and known addresses, and 429 when repeated', async () => {
		const client = anon(target()).auth;
		const unknown = await authFetch(target(), '/recover', { body: { email: uniqueEmail() } });
		const { email } = await confirmedUser(target());
		const known = await authFetch(target(), '/recover', { body: { email } });
		expect(unknown).toMatchObject({ status: 200, json: {} });
		expect(known).toMatchObject({ status: 200, json: {} });
		const repeated = await client.resetPasswordForEmail(email);
		expect(repeated.error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
	});

	it('publishes settings and health', async () => {
		const settings = await authFetch(target(), '/settings');
		expect(settings.status).toBe(200);
		expect(settings.json).toMatchObject({ external: { email: true } });
		const health = await authFetch(target(), '/health');
		expect(health.status).toBe(200);
	});
}

/** /signup, on a service where sign-up is on (this application turns it off). */
export function signupContract(target: () => Target) {
	it('signs up a new address without a session until it is confirmed', async () => {
		const email = uniqueEmail();
		const { data, error } = await anon(target()).auth.signUp({
			email,
			password: PASSWORD,
			options: { data: { locale: 'en' } }
		});
		expect(error).toBeNull();
		expect(data.session).toBeNull();
		expect(data.user).toMatchObject({ email, user_metadata: { locale: 'en' } });
		expect(data.user!.identities).toHaveLength(1);
		expect(data.user!.confirmation_sent_at).toEqual(expect.any(String));
		const signIn = await anon(target()).auth.signInWithPassword({ email, password: PASSWORD });
		expect(signIn.error).toMatchObject({ code: 'email_not_confirmed' });
	});

	it('answers a signup for a confirmed address with an obfuscated user', async () => {
		const { email, id } = await confirmedUser(target());
		const { data, error } = await anon(target()).auth.signUp({ email, password: PASSWORD });
		expect(error).toBeNull();
		expect(data.session).toBeNull();
		expect(data.user!.identities).toEqual([]);
		expect(data.user!.id).not.toBe(id);
	});

	it('validates signups: password required, strong enough, a valid address', async () => {
		const missing = await authFetch(target(), '/signup', { body: { email: uniqueEmail() } });
		expect(missing).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
		const weak = await authFetch(target(), '/signup', {
			body: { email: uniqueEmail(), password: '12345' }
		});
		expect(weak).toMatchObject({
			status: 422,
			json: { code: 'weak_password', weak_password: { reasons: ['length'] } }
		});
		const email = await authFetch(target(), '/signup', {
			body: { email: 'not-an-address', password: PASSWORD }
		});
		expect(email).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
	});
}
