import { createServerClient } from '@supabase/ssr';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signJwt } from '../../../stack/jwt.ts';
import {
	PASSWORD,
	admin,
	anon,
	asUser,
	authFetch,
	clientAddress,
	confirmedUser,
	decodeJwt,
	forwardedFor,
	latestLink,
	mailsTo,
	serveAuth,
	signedInUser,
	uniqueEmail,
	type Target
} from './support.ts';

// What only the local stack has: the dev mailbox, the database behind the service, and the
// configuration of this installation (site URL http://localhost:5173).
const stack = inject('stack');
const target: Target = { name: 'local', local: true, ...stack };
const SITE = 'http://localhost:5173';

async function sql<T extends pg.QueryResultRow>(
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const client = new pg.Client({ connectionString: stack.superuserDbUrl });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

/** A server-side client as the SvelteKit app makes it: PKCE, cookies in a jar. */
function ssrClient() {
	const jar = new Map<string, string>();
	return createServerClient(target.url, target.anonKey, {
		cookies: {
			getAll: () => [...jar].map(([name, value]) => ({ name, value })),
			setAll: (cookies) =>
				cookies.forEach(({ name, value }) => (value ? jar.set(name, value) : jar.delete(name)))
		},
		global: { headers: forwardedFor(target) }
	});
}

describe('dev mailbox', () => {
	it('delivers an invite in German, linking to the app with the allowed redirect as next', async () => {
		const email = uniqueEmail('invitee');
		await admin(target).auth.admin.inviteUserByEmail(email, {
			redirectTo: `${SITE}/portal/welcome?step=1`
		});
		const { mail, link, tokenHash, type, next, code } = await latestLink(target, email);
		expect(mail).toMatchObject({ to: email, subject: 'Einladung zum Bündnisatlas', locale: 'de' });
		expect(link.origin + link.pathname).toBe(`${SITE}/auth/confirm`);
		expect(type).toBe('invite');
		expect(next).toBe('/portal/welcome?step=1');
		expect(tokenHash).toMatch(/^[0-9a-f]{56}$/);
		expect(code).toMatch(/^\d{6}$/);
		expect(mail.html).toContain('<html lang="de">');
		const verified = await anon(target).auth.verifyOtp({ type: 'invite', token_hash: tokenHash });
		expect(verified.error).toBeNull();
		expect(verified.data.user!.email_confirmed_at).toEqual(expect.any(String));
	});

	it('writes in English for users whose locale is en, and ignores a foreign redirect', async () => {
		const email = uniqueEmail();
		await admin(target).auth.admin.inviteUserByEmail(email, {
			data: { locale: 'en' },
			redirectTo: 'https://elsewhere.example/steal'
		});
		const { mail, next } = await latestLink(target, email);
		expect(mail).toMatchObject({ subject: 'You have been invited to Bündnisatlas', locale: 'en' });
		expect(next).toBe('/');
	});

	it('shows the mails as an accessible HTML page with clickable links', async () => {
		const email = uniqueEmail();
		await admin(target).auth.admin.inviteUserByEmail(email);
		const [mail] = await mailsTo(target, email);
		const key = { headers: { apikey: target.serviceRoleKey } };
		const list = await fetch(`${target.url}/mailbox`, key);
		expect(list.headers.get('content-type')).toContain('text/html');
		const listHtml = await list.text();
		expect(listHtml).toContain('<html lang="en">');
		expect(listHtml).toContain(`<a href="/mailbox/${mail!.id}">`);
		expect(listHtml.indexOf(mail!.id)).toBeLessThan(listHtml.lastIndexOf('</tbody>'));
		const page = await (await fetch(`${target.url}/mailbox/${mail!.id}`, key)).text();
		expect(page).toContain('<article lang="de">');
		expect(page).toMatch(
			/<a href="http:\/\/localhost:5173\/auth\/confirm\?token_hash=[0-9a-f]{56}&#38;type=invite/
		);
		const missing = await fetch(`${target.url}/mailbox/0000000000000-00000000`, key);
		expect(missing.status).toBe(404);
	});

	it('sends a magic link to a confirmed user on /otp', async () => {
		const { email } = await confirmedUser(target);
		await anon(target).auth.signInWithOtp({ email });
		expect((await latestLink(target, email)).type).toBe('magiclink');
	});

	it('sends a recovery mail that lets the user set a new password', async () => {
		const { email } = await confirmedUser(target);
		await anon(target).auth.resetPasswordForEmail(email, { redirectTo: `${SITE}/konto/passwort` });
		const { type, tokenHash, next } = await latestLink(target, email);
		expect(type).toBe('recovery');
		expect(next).toBe('/konto/passwort');
		const { data } = await anon(target).auth.verifyOtp({ type: 'recovery', token_hash: tokenHash });
		const update = await authFetch(target, '/user', {
			method: 'PUT',
			bearer: data.session!.access_token,
			body: { password: 'recovered-password' }
		});
		expect(update.status).toBe(200);
		expect(
			(await anon(target).auth.signInWithPassword({ email, password: 'recovered-password' })).error
		).toBeNull();
	});

	it('answers a repeated /recover for an unknown address as for a known one (429)', async () => {
		const unknown = uniqueEmail();
		const { email: known } = await confirmedUser(target);
		for (const email of [unknown, known]) {
			expect((await authFetch(target, '/recover', { body: { email } })).status).toBe(200);
			const repeated = await authFetch(target, '/recover', { body: { email } });
			expect(repeated).toMatchObject({ status: 429, json: { code: 'over_email_send_rate_limit' } });
		}
		expect(await mailsTo(target, unknown)).toHaveLength(0);
	});

	it('changes the e-mail address after both addresses confirmed', async () => {
		const { email, session } = await signedInUser(target);
		const newEmail = uniqueEmail('moved');
		const update = await authFetch(target, '/user', {
			method: 'PUT',
			bearer: session.access_token,
			body: { email: newEmail }
		});
		expect(update.json).toMatchObject({ email, new_email: newEmail });
		const current = await latestLink(target, email);
		const next = await latestLink(target, newEmail);
		expect([current.type, next.type]).toEqual(['email_change', 'email_change']);
		const half = await authFetch(target, '/verify', {
			body: { type: 'email_change', token_hash: current.tokenHash }
		});
		expect(half.status).toBe(200);
		expect(half.json).not.toHaveProperty('access_token');
		const done = await anon(target).auth.verifyOtp({
			type: 'email_change',
			token_hash: next.tokenHash
		});
		expect(done.error).toBeNull();
		expect(done.data.user!.email).toBe(newEmail);
		expect(
			(await anon(target).auth.signInWithPassword({ email: newEmail, password: PASSWORD })).error
		).toBeNull();
	});
});

describe('with sign-up on (not this application: people are invited)', () => {
	let service: Awaited<ReturnType<typeof serveAuth>>;
	beforeAll(async () => {
		service = await serveAuth(stack, { disableSignup: false, siteUrl: SITE });
	});
	afterAll(() => service?.stop());

	it('sends a signup confirmation whose code confirms the address', async () => {
		const email = uniqueEmail();
		await anon(service.target).auth.signUp({ email, password: PASSWORD });
		const { type, code } = await latestLink(service.target, email);
		expect(type).toBe('signup');
		const { data, error } = await anon(service.target).auth.verifyOtp({
			type: 'email',
			email,
			token: code
		});
		expect(error).toBeNull();
		expect(data.user!.email_confirmed_at).toEqual(expect.any(String));
		expect(data.user!.user_metadata).toMatchObject({ email_verified: true });
	});

	it('sends a magic link to a confirmed user and a signup mail to a new address on /otp', async () => {
		const { email } = await confirmedUser(service.target);
		await anon(service.target).auth.signInWithOtp({ email });
		expect((await latestLink(service.target, email)).type).toBe('magiclink');
		const fresh = uniqueEmail();
		await anon(service.target).auth.signInWithOtp({
			email: fresh,
			options: { data: { locale: 'en' } }
		});
		const signup = await latestLink(service.target, fresh);
		expect(signup.type).toBe('signup');
		expect(signup.mail.locale).toBe('en');
	});
});

describe('PKCE, as @supabase/ssr uses it', () => {
	it('stores pkce_ hashes and still returns a session for POST /verify with token_hash', async () => {
		const { email, id } = await confirmedUser(target);
		const client = ssrClient();
		const sent = await client.auth.signInWithOtp({ email });
		expect(sent.error).toBeNull();
		const { tokenHash, code } = await latestLink(target, email);
		expect(tokenHash).toMatch(/^pkce_[0-9a-f]{56}$/);
		const [stored] = await sql<{ token_hash: string; token_type: string }>(
			'select token_hash, token_type from auth.one_time_tokens where user_id = $1',
			[id]
		);
		expect(stored).toEqual({ token_hash: tokenHash, token_type: 'recovery_token' });
		const { data, error } = await client.auth.verifyOtp({
			type: 'magiclink',
			token_hash: tokenHash
		});
		expect(error).toBeNull();
		expect(data.session!.user.id).toBe(id);
		expect(await sql('select 1 from auth.one_time_tokens where user_id = $1', [id])).toHaveLength(
			0
		);
		// Single use: the code of the same mail no longer works either.
		const again = await anon(target).auth.verifyOtp({ type: 'email', email, token: code });
		expect(again.error).toMatchObject({ code: 'otp_expired' });
	});

	it('accepts the 6-digit code for a pkce_ token', async () => {
		const { email } = await confirmedUser(target);
		await ssrClient().auth.signInWithOtp({ email });
		const { code } = await latestLink(target, email);
		const { error } = await anon(target).auth.verifyOtp({ type: 'email', email, token: code });
		expect(error).toBeNull();
	});

	it('redirects GET /verify with ?code= and exchanges the code with the verifier (grant_type=pkce)', async () => {
		const { email, id } = await confirmedUser(target);
		const client = ssrClient();
		await client.auth.signInWithOtp({ email });
		const { tokenHash } = await latestLink(target, email);
		const verify = new URL(`${target.url}/auth/v1/verify`);
		verify.search = new URLSearchParams({
			token: tokenHash,
			type: 'magiclink',
			redirect_to: `${SITE}/auth/callback`
		}).toString();
		const response = await fetch(verify, { redirect: 'manual' });
		expect(response.status).toBe(303);
		const location = new URL(response.headers.get('location')!);
		expect(location.origin + location.pathname).toBe(`${SITE}/auth/callback`);
		const code = location.searchParams.get('code')!;
		expect(code).toEqual(expect.any(String));
		const { data, error } = await client.auth.exchangeCodeForSession(code);
		expect(error).toBeNull();
		expect(data.session!.user.id).toBe(id);
		const reused = await authFetch(target, '/token?grant_type=pkce', {
			body: { auth_code: code, code_verifier: 'x'.repeat(43) }
		});
		expect(reused).toMatchObject({ status: 404, json: { code: 'flow_state_not_found' } });
	});

	it('refuses a wrong code verifier (403 bad_code_verifier)', async () => {
		const { email } = await confirmedUser(target);
		await ssrClient().auth.signInWithOtp({ email });
		const { tokenHash } = await latestLink(target, email);
		const response = await fetch(`${target.url}/auth/v1/verify?token=${tokenHash}&type=magiclink`, {
			redirect: 'manual'
		});
		const code = new URL(response.headers.get('location')!).searchParams.get('code');
		const wrong = await authFetch(target, '/token?grant_type=pkce', {
			body: { auth_code: code, code_verifier: 'y'.repeat(43) }
		});
		expect(wrong).toMatchObject({ status: 403, json: { code: 'bad_code_verifier' } });
	});
});

describe('tokens and the database', () => {
	it('refuses an e-mail link after its hour', async () => {
		const { email } = await confirmedUser(target);
		const { data } = await admin(target).auth.admin.generateLink({ type: 'recovery', email });
		await sql(
			`update auth.users set recovery_sent_at = now() - interval '61 minutes' where email = $1`,
			[email]
		);
		const { error } = await anon(target).auth.verifyOtp({
			type: 'recovery',
			token_hash: data.properties!.hashed_token
		});
		expect(error).toMatchObject({ status: 403, code: 'otp_expired' });
	});

	it('stores passwords as bcrypt $2a$ cost 10 and refresh tokens in GoTrue v1 format', async () => {
		const { id, session } = await signedInUser(target);
		const [user] = await sql<{ encrypted_password: string }>(
			'select encrypted_password from auth.users where id = $1',
			[id]
		);
		expect(user!.encrypted_password).toMatch(/^\$2a\$10\$.{53}$/);
		expect(session.refresh_token).toMatch(/^[a-z0-9]{12}$/);
		const [row] = await sql<{ session_id: string; revoked: boolean }>(
			'select session_id, revoked from auth.refresh_tokens where token = $1',
			[session.refresh_token]
		);
		expect(row).toEqual({ session_id: decodeJwt(session.access_token).session_id, revoked: false });
	});

	it('keeps its tables in schema auth, owned by supabase_auth_admin, with RLS on', async () => {
		const tables = await sql<{ tablename: string; tableowner: string; rowsecurity: boolean }>(
			`select tablename, tableowner, rowsecurity from pg_tables where schemaname = 'auth' order by tablename`
		);
		const names = tables.map((table) => table.tablename);
		expect(names).toEqual(
			expect.arrayContaining([
				'flow_state',
				'identities',
				'mfa_amr_claims',
				'one_time_tokens',
				'refresh_tokens',
				'sessions',
				'users'
			])
		);
		for (const table of tables)
			expect(table).toMatchObject({ tableowner: 'supabase_auth_admin', rowsecurity: true });
	});

	it('inserts users like GoTrue: an AFTER INSERT trigger sees no role, no custom app_metadata, no confirmation', async () => {
		await sql(
			`create table if not exists public.auth_insert_probe (email text, role text, app_metadata jsonb, confirmed boolean)`
		);
		await sql(`create or replace function public.auth_insert_probe() returns trigger language plpgsql security definer as $$
			begin
				insert into public.auth_insert_probe values (new.email, new.role, new.raw_app_meta_data, new.email_confirmed_at is not null);
				return new;
			end $$`);
		await sql(
			`create or replace trigger auth_insert_probe after insert on auth.users for each row execute function public.auth_insert_probe()`
		);
		try {
			const email = uniqueEmail();
			const created = await admin(target).auth.admin.createUser({
				email,
				email_confirm: true,
				app_metadata: { office: true }
			});
			expect(created.data.user).toMatchObject({
				role: 'authenticated',
				app_metadata: { office: true }
			});
			const [seen] = await sql(
				'select role, app_metadata, confirmed from public.auth_insert_probe where email = $1',
				[email]
			);
			expect(seen).toEqual({
				role: '',
				app_metadata: { provider: 'email', providers: ['email'] },
				confirmed: false
			});
		} finally {
			await sql('drop trigger auth_insert_probe on auth.users');
			await sql('drop function public.auth_insert_probe()');
			await sql('drop table public.auth_insert_probe');
		}
	});

	it('issues access tokens that PostgREST accepts as the authenticated role', async () => {
		const { session } = await signedInUser(target);
		expect(decodeJwt(session.access_token).role).toBe('authenticated');
		const { data, error } = await asUser(target, session.access_token)
			.from('organisations')
			.select('id, name');
		expect(error).toBeNull();
		expect(data!.length).toBeGreaterThan(0);
		const [head, payload] = session.access_token.split('.');
		const forged = await asUser(target, `${head}.${payload}.Zm9yZ2Vk`)
			.from('organisations')
			.select('id');
		expect(forged.status).toBe(401);
	});

	it('refuses an expired access token (403 bad_jwt) and a malformed refresh token (400 validation_failed)', async () => {
		const { id } = await confirmedUser(target);
		const past = Math.floor(Date.now() / 1000) - 7200;
		const expired = signJwt(
			{ sub: id, role: 'authenticated', aud: 'authenticated', iat: past, exp: past + 3600 },
			stack.jwtSecret
		);
		expect(await authFetch(target, '/user', { bearer: expired })).toMatchObject({
			status: 403,
			json: { code: 'bad_jwt' }
		});
		const malformed = await authFetch(target, '/token?grant_type=refresh_token', {
			body: { refresh_token: 'ABCDEFGHIJKL' }
		});
		expect(malformed).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
	});

	it('records the client address of a session, and survives a forwarded value that is none', async () => {
		const { email } = await confirmedUser(target);
		const body = { email, password: PASSWORD };
		const odd = await authFetch(target, '/token?grant_type=password', { body, from: 'unknown' });
		expect(odd.status).toBe(200);
		const real = await authFetch(target, '/token?grant_type=password', { body, from: '192.0.2.7' });
		const sessionId = decodeJwt(String(real.json.access_token)).session_id;
		const [row] = await sql<{ ip: string }>(
			'select host(ip) as ip from auth.sessions where id = $1',
			[sessionId]
		);
		expect(row!.ip).toBe('192.0.2.7');
	});

	it('limits requests per client address with GoTrue defaults (burst 30)', async () => {
		const from = clientAddress();
		const statuses: number[] = [];
		for (let i = 0; i < 31; i++) {
			statuses.push(
				(await authFetch(target, '/recover', { body: { email: uniqueEmail() }, from })).status
			);
		}
		expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
		expect(statuses[30]).toBe(429);
		const other = await authFetch(target, '/recover', { body: { email: uniqueEmail() } });
		expect(other.status).toBe(200);
	});
});
