import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startStack, type Stack } from '../../../stack/stack.ts';
import {
	admin,
	anon,
	authFetch,
	clientAddress,
	confirmedUser,
	mailsTo,
	serveAuth,
	signedInUser,
	uniqueEmail,
	type Target
} from './support.ts';

const SMTP_REPLIES: Record<string, string> = {
	EHLO: '250 localhost\r\n',
	HELO: '250 localhost\r\n',
	DATA: '354 End data with <CR><LF>.<CR><LF>\r\n',
	QUIT: '221 Bye\r\n'
};

/** The smallest SMTP server nodemailer talks to: it keeps every message it receives. */
function startSmtpServer() {
	const messages: Array<{ from: string; to: string[]; data: string }> = [];
	const server = net.createServer((socket) => {
		let buffer = '';
		let inData = false;
		let current = { from: '', to: [] as string[], data: '' };
		socket.write('220 localhost ESMTP test\r\n');
		socket.on('data', (chunk) => {
			buffer += chunk.toString('utf8');
			let index;
			while ((index = buffer.indexOf('\r\n')) >= 0) {
				const line = buffer.slice(0, index);
				buffer = buffer.slice(index + 2);
				if (inData) {
					if (line === '.') {
						inData = false;
						messages.push(current);
						current = { from: '', to: [], data: '' };
						socket.write('250 OK queued\r\n');
					} else current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
					continue;
				}
				const command = line.slice(0, 4).toUpperCase();
				if (command === 'MAIL') current.from = line;
				if (command === 'RCPT') current.to.push(line);
				if (command === 'DATA') inData = true;
				socket.write(SMTP_REPLIES[command] ?? '250 OK\r\n');
				if (command === 'QUIT') socket.end();
			}
		});
	});
	return new Promise<{ port: number; messages: typeof messages; close(): Promise<void> }>(
		(resolve) => {
			server.listen(0, '127.0.0.1', () => {
				resolve({
					port: (server.address() as net.AddressInfo).port,
					messages,
					close: () => new Promise((done) => server.close(() => done()))
				});
			});
		}
	);
}

// One extra stack with settings a test needs to see quickly: low rate limits, no refresh-token
// reuse interval, real mail through SMTP.
describe('auth service with its own settings', () => {
	let stack: Stack;
	let dataDir: string;
	let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
	let target: Target;

	beforeAll(async () => {
		smtp = await startSmtpServer();
		dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-auth-'));
		stack = await startStack({
			dataDir,
			ephemeral: true,
			seedFile: null,
			log: () => {},
			siteUrl: 'https://atlas.example',
			auth: {
				smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
				mailFrom: 'Bündnisatlas <atlas@example.org>',
				refreshTokenReuseIntervalSeconds: 0,
				// Sign-up is on here so that /signup can count against the shared limit below.
				disableSignup: false,
				rateLimits: {
					otp: { events: 1, perSeconds: 3600, burst: 2 },
					verify: { events: 1, perSeconds: 3600, burst: 2 },
					token: { events: 1, perSeconds: 3600, burst: 2 }
				}
			}
		});
		target = { name: 'configured', local: true, ...stack };
	});

	afterAll(async () => {
		await stack?.stop();
		await smtp?.close();
		await rm(dataDir, { recursive: true, force: true });
	});

	it('limits /signup, /otp and /recover together per client address (429 over_request_rate_limit)', async () => {
		const from = clientAddress();
		const signup = await authFetch(target, '/signup', {
			body: { email: uniqueEmail(), password: 'long-enough' },
			from
		});
		const otp = await authFetch(target, '/otp', { body: { email: uniqueEmail() }, from });
		const recover = await authFetch(target, '/recover', { body: { email: uniqueEmail() }, from });
		expect([signup.status, otp.status]).toEqual([200, 200]);
		expect(recover).toMatchObject({
			status: 429,
			json: { code: 'over_request_rate_limit', message: 'Request rate limit reached' }
		});
		const elsewhere = await authFetch(target, '/recover', { body: { email: uniqueEmail() } });
		expect(elsewhere.status).toBe(200);
	});

	it('limits /token and /verify per client address', async () => {
		const from = clientAddress();
		const token = () =>
			authFetch(target, '/token?grant_type=password', {
				body: { email: uniqueEmail(), password: 'x' },
				from
			});
		expect((await token()).status).toBe(400);
		expect((await token()).status).toBe(400);
		expect(await token()).toMatchObject({ status: 429, json: { code: 'over_request_rate_limit' } });
		const verify = () =>
			authFetch(target, '/verify', { body: { type: 'magiclink', token_hash: 'nothing' }, from });
		expect((await verify()).status).toBe(403);
		expect((await verify()).status).toBe(403);
		expect((await verify()).status).toBe(429);
	});

	it('revokes the whole token family when a used refresh token comes back after the interval', async () => {
		const { session } = await signedInUser(target);
		const client = anon(target).auth;
		const first = await client.refreshSession({ refresh_token: session.refresh_token });
		const second = await anon(target).auth.refreshSession({
			refresh_token: first.data.session!.refresh_token
		});
		expect(second.error).toBeNull();
		const reused = await anon(target).auth.refreshSession({ refresh_token: session.refresh_token });
		expect(reused.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
		const latest = await anon(target).auth.refreshSession({
			refresh_token: second.data.session!.refresh_token
		});
		expect(latest.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
	});

	it('sends mail through SMTP, with links to the configured site, and serves no dev mailbox', async () => {
		const { email } = await confirmedUser(target);
		const sent = await authFetch(target, '/otp', { body: { email } });
		expect(sent.status).toBe(200);
		// The mail goes out after the answer (so that its time reveals nothing): wait for it.
		const message = await vi.waitFor(() => {
			const found = smtp.messages.find((candidate) =>
				candidate.to.some((line) => line.includes(email))
			);
			if (!found) throw new Error(`no mail to ${email} yet`);
			return found;
		});
		expect(message!.from).toContain('atlas@example.org');
		const unfolded = message!.data.replace(/=\n/g, '').replace(/=3D/g, '=');
		expect(unfolded).toMatch(
			/https:\/\/atlas\.example\/auth\/confirm\?token_hash=[0-9a-f]{56}&type=magiclink&next=%2F/
		);
		const mailbox = await fetch(`${target.url}/mailbox`);
		expect(mailbox.status).toBe(404);
	});

	it('signs up with a session when confirmations are off, then refuses the address (422 user_already_exists)', async () => {
		const service = await serveAuth(stack, { autoconfirm: true, disableSignup: false });
		try {
			const email = uniqueEmail();
			const first = await anon(service.target).auth.signUp({ email, password: 'long-enough' });
			expect(first.error).toBeNull();
			expect(first.data.session).toMatchObject({ token_type: 'bearer', user: { email } });
			expect(first.data.user!.email_confirmed_at).toEqual(expect.any(String));
			const second = await anon(service.target).auth.signUp({ email, password: 'long-enough' });
			expect(second.error).toMatchObject({ status: 422, code: 'user_already_exists' });
			const settings = await authFetch(service.target, '/settings');
			expect(settings.json).toMatchObject({ mailer_autoconfirm: true, disable_signup: false });
		} finally {
			await service.stop();
		}
	});

	it('refuses new users when signups are disabled (422 signup_disabled), and /otp creates nobody', async () => {
		const service = await serveAuth(stack, { disableSignup: true });
		try {
			const signup = await anon(service.target).auth.signUp({
				email: uniqueEmail(),
				password: 'long-enough'
			});
			expect(signup.error).toMatchObject({ status: 422, code: 'signup_disabled' });
			// /otp answers as for any address (no account is revealed), but creates no user and
			// sends nothing, whether or not the client asks it to create one.
			const fresh = uniqueEmail();
			const otp = await authFetch(service.target, '/otp', {
				body: { email: fresh, create_user: true }
			});
			expect(otp).toMatchObject({ status: 200, json: {} });
			const { data } = await admin(service.target).auth.admin.listUsers({ perPage: 1000 });
			expect(data.users.map((user) => user.email)).not.toContain(fresh);
			expect(await mailsTo(service.target, fresh)).toEqual([]);
		} finally {
			await service.stop();
		}
	});
});
