import net from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	PASSWORD,
	admin,
	anon,
	authFetch,
	clientAddress,
	confirmedUser,
	mailsTo,
	serveAuth,
	uniqueEmail,
	type Target
} from './support.ts';

// What the local auth service does beyond GoTrue so that this application stays closed: no
// self-registration, no account enumeration, rate limits no header can dodge, a dev mailbox that
// needs the key, and a connection that survives an oversized body.
const stack = inject('stack');
const target: Target = { name: 'local', local: true, ...stack };

describe('no self-registration', () => {
	it('refuses /signup on the stack as it starts (422 signup_disabled) and says so in /settings', async () => {
		const email = uniqueEmail('self');
		const { data, error } = await anon(target).auth.signUp({ email, password: PASSWORD });
		expect(error).toMatchObject({ status: 422, code: 'signup_disabled' });
		expect(data.user).toBeNull();
		const settings = await authFetch(target, '/settings');
		expect(settings.json).toMatchObject({ disable_signup: true });
	});

	it('creates nobody and sends nothing on /otp for a new address, even with create_user', async () => {
		const email = uniqueEmail('self');
		const otp = await authFetch(target, '/otp', { body: { email, create_user: true } });
		expect(otp).toMatchObject({ status: 200, json: {} });
		const found = await admin(target).auth.admin.listUsers({ page: 1, perPage: 1000 });
		expect(found.data.users.map((user) => user.email)).not.toContain(email);
		expect(await mailsTo(target, email)).toEqual([]);
	});

	it('sends no sign-up confirmation to an unconfirmed account either, so /otp cannot confirm it', async () => {
		const email = uniqueEmail('unconfirmed');
		const created = await admin(target).auth.admin.createUser({ email, password: PASSWORD });
		expect(created.error).toBeNull();
		for (const create_user of [false, true]) {
			const otp = await authFetch(target, '/otp', { body: { email, create_user } });
			expect(otp).toMatchObject({ status: create_user ? 429 : 200 });
		}
		expect(await mailsTo(target, email)).toEqual([]);
	});
});

describe('bytes Postgres cannot store', () => {
	it('refuses a NUL in token_hash, the password-grant email and the PKCE auth_code with 400 validation_failed', async () => {
		const { email } = await confirmedUser(target);
		const cases: Array<[string, Record<string, unknown>]> = [
			['/verify', { type: 'magiclink', token_hash: 'abc\u0000def' }],
			['/token?grant_type=password', { email: `${email}\u0000`, password: PASSWORD }],
			['/token?grant_type=pkce', { auth_code: 'code\u0000', code_verifier: 'x'.repeat(43) }],
			['/token?grant_type=refresh_token', { refresh_token: 'token\u0000' }],
			['/otp', { email, data: { note: 'lone \ud800 surrogate' } }]
		];
		for (const [path, body] of cases) {
			const response = await authFetch(target, path, { body });
			expect(response, path).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
		}
		const link = await authFetch(target, '/verify?token=abc%00&type=magiclink', { method: 'GET' });
		expect(link).toMatchObject({ status: 400, json: { code: 'validation_failed' } });
	});
});

/** A TCP server that accepts SMTP connections and never answers: mail to it never leaves. */
async function startSilentSmtpServer() {
	const sockets = new Set<net.Socket>();
	const server = net.createServer((socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: (server.address() as net.AddressInfo).port,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

describe('known and unknown addresses look alike', () => {
	let smtp: Awaited<ReturnType<typeof startSilentSmtpServer>>;
	let service: Awaited<ReturnType<typeof serveAuth>>;

	beforeAll(async () => {
		smtp = await startSilentSmtpServer();
		service = await serveAuth(stack, { smtpUrl: `smtp://127.0.0.1:${smtp.port}` });
	});

	afterAll(async () => {
		// Ending the SMTP connections lets the stuck mails fail, so that the service can stop.
		await smtp?.close();
		await service?.stop();
	});

	const comparable = (response: Awaited<ReturnType<typeof authFetch>>) => {
		const headers = Object.fromEntries(response.headers);
		delete headers.date;
		return { status: response.status, json: response.json, headers };
	};

	it('answers /otp without create_user with the same status, body and headers for both', async () => {
		const { email: known } = await confirmedUser(service.target);
		const unknown = uniqueEmail('nobody');
		const body = (email: string) => ({ email, create_user: false });
		const forKnown = await authFetch(service.target, '/otp', { body: body(known) });
		const forUnknown = await authFetch(service.target, '/otp', { body: body(unknown) });
		expect(forKnown).toMatchObject({ status: 200, json: {} });
		expect(comparable(forUnknown)).toEqual(comparable(forKnown));
		// A second request within the mail frequency is refused alike too.
		const againKnown = await authFetch(service.target, '/otp', { body: body(known) });
		const againUnknown = await authFetch(service.target, '/otp', { body: body(unknown) });
		expect(againKnown).toMatchObject({ status: 429, json: { code: 'over_email_send_rate_limit' } });
		expect(comparable(againUnknown)).toEqual(comparable(againKnown));
	});

	// Mail to this service never leaves (its SMTP server does not answer): an answer at all
	// shows that the answer does not wait for the mail, which is what took measurably longer
	// for addresses with an account.
	it('answers /otp and /recover for a known address without waiting for the mail', async () => {
		const { email } = await confirmedUser(service.target);
		const otp = await authFetch(service.target, '/otp', { body: { email, create_user: false } });
		expect(otp).toMatchObject({ status: 200, json: {} });
		const other = await confirmedUser(service.target);
		const recover = await authFetch(service.target, '/recover', { body: { email: other.email } });
		expect(recover).toMatchObject({ status: 200, json: {} });
	});
});

describe('rate limits count the client the app server names, and only that server', () => {
	let service: Awaited<ReturnType<typeof serveAuth>>;

	beforeAll(async () => {
		service = await serveAuth(stack, {
			rateLimits: { otp: { events: 1, perSeconds: 3600, burst: 2 } }
		});
	});
	afterAll(() => service?.stop());

	const recover = (headers: Record<string, string>) =>
		fetch(`${service.target.url}/auth/v1/recover`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: JSON.stringify({ email: uniqueEmail() })
		});

	it('ignores X-Forwarded-For without the forwarding secret or with a wrong one', async () => {
		const statuses: number[] = [];
		for (const secret of [undefined, 'not-the-secret', stack.anonKey]) {
			const headers: Record<string, string> = { 'x-forwarded-for': clientAddress() };
			if (secret) headers['x-forwarded-for-secret'] = secret;
			statuses.push((await recover(headers)).status);
		}
		// Three made-up addresses, one bucket: the peer's (burst 2).
		expect(statuses).toEqual([200, 200, 429]);
	});

	it('counts per named client when the forwarding secret comes along', async () => {
		const headers = () => ({
			'x-forwarded-for': clientAddress(),
			'x-forwarded-for-secret': stack.forwardingSecret
		});
		const statuses = [];
		for (let i = 0; i < 3; i++) statuses.push((await recover(headers())).status);
		expect(statuses).toEqual([200, 200, 200]);
		const from = headers();
		const same = [];
		for (let i = 0; i < 3; i++) same.push((await recover(from)).status);
		expect(same).toEqual([200, 200, 429]);
	});
});

describe('dev mailbox access', () => {
	const mailbox = (path: string, headers: Record<string, string> = {}) =>
		fetch(`${target.url}/mailbox${path}`, { headers, redirect: 'manual' });

	it('refuses to show mail without the service-role key, also to the anon key', async () => {
		const email = uniqueEmail('invitee');
		await admin(target).auth.admin.inviteUserByEmail(email);
		const [mail] = await mailsTo(target, email);
		expect(mail).toBeDefined();
		const refusedHeaders: Array<Record<string, string>> = [
			{},
			{ apikey: stack.anonKey },
			{ apikey: 'not-a-key' }
		];
		for (const headers of refusedHeaders) {
			const api = await mailbox(`/api/messages?to=${encodeURIComponent(email)}`, headers);
			expect(api.status).toBe(401);
			expect(await api.text()).not.toContain(email);
			for (const path of ['', `/${mail!.id}`]) {
				const page = await mailbox(path, headers);
				expect(page.status).toBe(401);
				const html = await page.text();
				expect(html).not.toContain(email);
				expect(html).toContain('<form method="post" action="/mailbox/sign-in">');
			}
		}
		const bearer = await mailbox(`/${mail!.id}`, {
			authorization: `Bearer ${stack.serviceRoleKey}`
		});
		expect(bearer.status).toBe(200);
	});

	it('lets a browser in with the key through the sign-in form, by a cookie that is not the key', async () => {
		const post = (key: string) =>
			fetch(`${target.url}/mailbox/sign-in`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				body: new URLSearchParams({ key }),
				redirect: 'manual'
			});
		const refused = await post(stack.anonKey);
		expect(refused.status).toBe(401);
		expect(refused.headers.get('set-cookie')).toBeNull();
		const signedIn = await post(stack.serviceRoleKey);
		expect(signedIn.status).toBe(303);
		expect(signedIn.headers.get('location')).toBe('/mailbox');
		const cookie = signedIn.headers.get('set-cookie')!;
		expect(cookie).toMatch(/HttpOnly/);
		expect(cookie).toMatch(/SameSite=Strict/);
		expect(cookie).not.toContain(stack.serviceRoleKey);
		const page = await mailbox('', { cookie: cookie.split(';')[0]! });
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('<h1>Dev mailbox</h1>');
		const forged = await mailbox('', { cookie: 'mailbox_session=forged' });
		expect(forged.status).toBe(401);
	});

	it('opens without a key only when the stack is told so (npm run dev)', async () => {
		const open = await serveAuth(stack, { openMailbox: true });
		try {
			const response = await fetch(`${open.target.url}/mailbox/api/messages`);
			expect(response.status).toBe(200);
		} finally {
			await open.stop();
		}
	});
});

type RawResponse = { status: number; headers: string; body: string };

/** The first complete response in `data` and the bytes after it, or null when incomplete. */
function parseResponse(data: Buffer): { response: RawResponse; rest: Buffer } | null {
	const end = data.indexOf('\r\n\r\n');
	if (end < 0) return null;
	const headers = data.subarray(0, end).toString('latin1');
	const status = Number(headers.split(' ')[1]);
	let offset = end + 4;
	if (!/transfer-encoding: *chunked/i.test(headers)) {
		const length = Number(/content-length: *(\d+)/i.exec(headers)?.[1] ?? 0);
		if (data.length < offset + length) return null;
		const body = data.subarray(offset, offset + length).toString('utf8');
		return { response: { status, headers, body }, rest: data.subarray(offset + length) };
	}
	const chunks: Buffer[] = [];
	for (;;) {
		const lineEnd = data.indexOf('\r\n', offset);
		if (lineEnd < 0) return null;
		const size = Number.parseInt(data.subarray(offset, lineEnd).toString('latin1'), 16);
		if (data.length < lineEnd + 2 + size + 2) return null;
		chunks.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
		offset = lineEnd + 2 + size + 2;
		if (size === 0) break;
	}
	const body = Buffer.concat(chunks).toString('utf8');
	return { response: { status, headers, body }, rest: data.subarray(offset) };
}

/**
 * Sends raw bytes on one connection and reads HTTP/1.1 responses until `count` have arrived or
 * the server ends the connection. Reports how the connection ended.
 */
function exchange(data: Buffer, count: number) {
	return new Promise<{ responses: RawResponse[]; ending: 'open' | 'closed' | 'reset' }>(
		(resolve) => {
			const url = new URL(stack.url);
			const socket = net.connect(Number(url.port), url.hostname);
			let received: Buffer = Buffer.alloc(0);
			const responses: RawResponse[] = [];
			const finish = (ending: 'open' | 'closed' | 'reset') => {
				socket.destroy();
				resolve({ responses, ending });
			};
			socket.on('data', (chunk) => {
				received = Buffer.concat([received, chunk]);
				for (let parsed = parseResponse(received); parsed; parsed = parseResponse(received)) {
					responses.push(parsed.response);
					received = parsed.rest;
				}
				if (responses.length >= count) finish('open');
			});
			socket.on('end', () => finish('closed'));
			socket.on('error', () => finish('reset'));
			socket.write(data);
		}
	);
}

describe('an oversized body', () => {
	it('is answered with 413, and the next request on the same connection is answered too', async () => {
		const host = new URL(stack.url).host;
		const body = Buffer.alloc(4 * 1024 * 1024, 'x');
		const request = Buffer.concat([
			Buffer.from(
				`POST /auth/v1/token?grant_type=password HTTP/1.1\r\nHost: ${host}\r\napikey: ${stack.anonKey}\r\n` +
					`Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`
			),
			body,
			Buffer.from(
				`GET /auth/v1/health HTTP/1.1\r\nHost: ${host}\r\napikey: ${stack.anonKey}\r\n\r\n`
			)
		]);
		const { responses, ending } = await exchange(request, 2);
		expect(responses[0]).toMatchObject({ status: 413 });
		expect(JSON.parse(responses[0]!.body)).toMatchObject({ error_code: 'request_too_large' });
		// Either the second response arrives, or the server said it would close and did so cleanly.
		if (responses.length === 2) {
			expect(responses[1]).toMatchObject({ status: 200 });
			expect(JSON.parse(responses[1]!.body)).toMatchObject({ name: 'GoTrue' });
		} else {
			expect(responses[0]!.headers).toMatch(/connection: close/i);
			expect(ending).toBe('closed');
		}
		// A fresh connection is served as usual.
		const fresh = await exchange(
			Buffer.from(
				`GET /auth/v1/health HTTP/1.1\r\nHost: ${host}\r\napikey: ${stack.anonKey}\r\nConnection: close\r\n\r\n`
			),
			1
		);
		expect(fresh.responses[0]).toMatchObject({ status: 200 });
	});
});
