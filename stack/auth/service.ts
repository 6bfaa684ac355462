import { createHash, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import pg from 'pg';
import type { MountedService } from '../gateway.ts';
import type { AuthContext } from './context.ts';
import { AuthError } from './errors.ts';
import {
	BodyTooLarge,
	checkQuery,
	FORWARDING_SECRET_HEADER,
	header,
	readBody,
	redirect,
	sendError,
	sendJson,
	type Request
} from './http.ts';
import { mailboxHandler } from './mailbox-page.ts';
import { createMailer, type Mailbox } from './mailer.ts';
import { createLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit.ts';
import type { Reply } from './reply.ts';
import { admin } from './routes-admin.ts';
import { invite, otp, recover, signup } from './routes-mail.ts';
import { verifyGet, verifyPost } from './routes-verify.ts';
import { getUser, logout, putUser, token } from './routes-session.ts';

export type AuthServiceOptions = {
	/** Connection string for the `supabase_auth_admin` role. */
	dbUrl: string;
	jwtSecret: string;
	/** The dev mailbox lives in `<dataDir>/mailbox/`. */
	dataDir: string;
	/** The app's URL: mail links point at `<siteUrl>/auth/confirm`. */
	siteUrl: string;
	/** Public URL of the auth API (`https://…/auth/v1`); by default taken from the Host header. */
	apiExternalUrl?: string;
	/** Further allowed `redirect_to` targets; `*` and `**` globs as in GoTrue. */
	redirectUrls?: string[];
	rateLimits?: Partial<RateLimits>;
	/** Seconds a used refresh token may still be swapped (Supabase CLI: 10). */
	refreshTokenReuseIntervalSeconds?: number;
	/** Lifetime of e-mail links and codes (Supabase CLI: 3600). */
	otpExpirySeconds?: number;
	/** Minimum seconds between two mails of one kind to one user (GoTrue: 60). */
	emailMaxFrequencySeconds?: number;
	/** Sign users in on signup without a confirmation mail (GoTrue MAILER_AUTOCONFIRM). */
	autoconfirm?: boolean;
	/**
	 * No self-registration (GoTrue DISABLE_SIGNUP): `/signup` answers 422 signup_disabled and
	 * `/otp` creates nobody. On by default: in this application people are invited.
	 */
	disableSignup?: boolean;
	/**
	 * The secret a trusted proxy (the app's server) sends in `X-Forwarded-For-Secret` to have its
	 * `X-Forwarded-For` believed. Without it, rate limits count the TCP peer's address.
	 */
	forwardingSecret?: string;
	/** Serve the dev mailbox without the service-role key (stack/cli.ts: dev, and the demo). */
	openMailbox?: boolean;
	/** SMTP server for real mail; defaults to the SMTP_URL environment variable. */
	smtpUrl?: string;
	/** Sender of every mail; defaults to SMTP_FROM or a local address. */
	mailFrom?: string;
	log: (message: string) => void;
};

export type AuthService = {
	/** Mounted by the gateway under `/auth/v1`. */
	handle: MountedService;
	/** Mounted by the gateway under `/mailbox`; null when mail goes out by SMTP. */
	mailboxHandle: MountedService | null;
	mailbox: Mailbox | null;
	/** Resolves when the work started after answering (mail) is done. */
	settled(): Promise<void>;
	stop(): Promise<void>;
};

type Route = (context: AuthContext, request: Request) => Promise<Reply>;

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The address rate limits count against: the TCP peer, or the client a trusted proxy names in
 * X-Forwarded-For. Everything here talks over loopback (the app's server, a reverse proxy, a
 * script on the same machine), so the peer's address cannot tell the app's server from anyone
 * else: the proxy proves itself with the installation's forwarding secret. Of its header, the
 * last entry counts, the one that proxy added; earlier ones could be made up by the client.
 */
function clientIp(request: http.IncomingMessage, forwardingSecret: string | null): string {
	const peer = request.socket.remoteAddress ?? 'unknown';
	const forwarded = header(request.headers, 'x-forwarded-for');
	const secret = header(request.headers, FORWARDING_SECRET_HEADER);
	if (!forwarded || !secret || !forwardingSecret) return peer;
	if (!timingSafeEqual(digest(secret), digest(forwardingSecret))) return peer;
	return forwarded.split(',').at(-1)!.trim() || peer;
}

const health: Route = async () => ({
	status: 200,
	body: {
		version: 'local',
		name: 'GoTrue',
		description: 'GoTrue is a user registration and authentication API'
	}
});

export async function startAuthService(options: AuthServiceOptions): Promise<AuthService> {
	const pool = new pg.Pool({ connectionString: options.dbUrl, max: 5 });
	// Work done after the answer (mail for /otp and /recover); the mailbox and stop() wait for it.
	const pending = new Set<Promise<void>>();
	const settled = async () => {
		while (pending.size) await Promise.all([...pending]);
	};
	pool.on('error', (error) => options.log(`auth database: ${error.message}`));
	await pool.query('select 1');
	const mailer = createMailer({
		dataDir: options.dataDir,
		smtpUrl: options.smtpUrl ?? process.env.SMTP_URL,
		from: options.mailFrom ?? process.env.SMTP_FROM
	});
	const context: AuthContext = {
		pool,
		jwtSecret: options.jwtSecret,
		siteUrl: options.siteUrl,
		apiExternalUrl: options.apiExternalUrl?.replace(/\/+$/, '') ?? null,
		redirectUrls: options.redirectUrls ?? [],
		mailer,
		refreshTokenReuseIntervalSeconds: options.refreshTokenReuseIntervalSeconds ?? 10,
		otpExpirySeconds: options.otpExpirySeconds ?? 3600,
		emailMaxFrequencySeconds: options.emailMaxFrequencySeconds ?? 60,
		autoconfirm: options.autoconfirm ?? false,
		disableSignup: options.disableSignup ?? true,
		recentMailRequests: new Map(),
		later: (task) => {
			const run: Promise<void> = new Promise((resolve) => setImmediate(resolve))
				.then(task)
				.catch((error: Error) => options.log(`auth (after answering): ${error.stack ?? error}`))
				.finally(() => pending.delete(run));
			pending.add(run);
		},
		log: options.log
	};
	const limits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
	const limiters = {
		token: createLimiter(limits.token),
		verify: createLimiter(limits.verify),
		otp: createLimiter(limits.otp)
	};

	const settings: Route = async () => ({
		status: 200,
		body: {
			external: { email: true, phone: false, anonymous_users: false },
			disable_signup: context.disableSignup,
			mailer_autoconfirm: context.autoconfirm,
			phone_autoconfirm: false,
			sms_provider: '',
			saml_enabled: false
		}
	});

	const limited =
		(limiter: (ip: string) => void, route: Route): Route =>
		async (ctx, request) => {
			limiter(request.ip);
			return route(ctx, request);
		};

	const routes: Record<string, Route> = {
		'POST /token': limited(limiters.token, token),
		'GET /user': getUser,
		'PUT /user': limited(limiters.otp, putUser),
		'POST /logout': logout,
		'POST /otp': limited(limiters.otp, otp),
		'POST /magiclink': limited(limiters.otp, otp),
		'POST /verify': limited(limiters.verify, verifyPost),
		'GET /verify': limited(limiters.verify, verifyGet),
		'POST /recover': limited(limiters.otp, recover),
		'POST /signup': limited(limiters.otp, signup),
		'POST /invite': invite,
		'GET /settings': settings,
		'GET /health': health
	};

	const route = (method: string, path: string): Route | null => {
		if (path === '/admin' || path.startsWith('/admin/')) return admin;
		return routes[`${method} ${path}`] ?? null;
	};

	const handle: MountedService = (incoming, response, path) => {
		const serve = async () => {
			const url = new URL(incoming.url ?? '/', 'http://auth');
			checkQuery(url.searchParams);
			const cleanPath = path.split('?')[0]!.replace(/\/+$/, '') || '/';
			const found = route(incoming.method ?? 'GET', cleanPath);
			if (!found) throw new AuthError(404, 'not_found', 'Not Found');
			const authorization = header(incoming.headers, 'authorization') ?? '';
			const request: Request = {
				method: incoming.method ?? 'GET',
				path: cleanPath,
				query: url.searchParams,
				headers: incoming.headers,
				ip: clientIp(incoming, options.forwardingSecret ?? null),
				body: await readBody(incoming),
				bearer: /^bearer /i.test(authorization) ? authorization.slice(7).trim() || null : null
			};
			const reply = await found(context, request);
			if ('redirect' in reply) redirect(response, reply.redirect);
			else sendJson(response, incoming, reply.status, reply.body ?? {}, reply.headers);
		};
		serve().catch((error: unknown) => {
			if (response.headersSent) return void response.destroy();
			// The unread rest of an oversized body would be taken for the next request.
			if (error instanceof BodyTooLarge && error.closeConnection)
				response.setHeader('connection', 'close');
			if (error instanceof AuthError) return sendError(response, incoming, error);
			options.log(`auth: ${(error as Error).stack ?? error}`);
			sendError(
				response,
				incoming,
				new AuthError(
					500,
					'unexpected_failure',
					'Unexpected failure, please check server logs for more information'
				)
			);
		});
	};

	return {
		handle,
		mailboxHandle: mailer.mailbox
			? mailboxHandler(mailer.mailbox, {
					jwtSecret: options.jwtSecret,
					open: options.openMailbox ?? false,
					settled
				})
			: null,
		mailbox: mailer.mailbox,
		settled,
		async stop() {
			// Mail still on its way gets a moment; an SMTP server that does not answer must not
			// keep the stack from stopping.
			const waited = new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref());
			await Promise.race([settled(), waited]);
			mailer.close();
			await pool.end();
		}
	};
}
