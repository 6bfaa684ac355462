import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAuthService, type AuthServiceOptions } from '../../../stack/auth/service.ts';

/** Where the contract tests run: the local stack, or a real Supabase project. */
export type Target = {
	name: string;
	url: string;
	anonKey: string;
	serviceRoleKey: string;
	/** Only the local stack has a dev mailbox. */
	local: boolean;
	/** The local stack believes X-Forwarded-For only with its forwarding secret. */
	forwardingSecret?: string;
};

const octet = () => Math.floor(Math.random() * 254) + 1;

/**
 * Each client poses as a browser of its own (X-Forwarded-For with the forwarding secret, as the
 * app's server sends it), so that the per-IP rate limits count per test, as they would per
 * person. The rate-limit tests send from one address on purpose.
 */
export const clientAddress = () => `10.${octet()}.${octet()}.${octet()}`;

/** The headers with which the app's server names its client, as `from`. */
export const forwardedFor = (target: Target, from = clientAddress()): Record<string, string> => ({
	'x-forwarded-for': from,
	...(target.forwardingSecret && { 'x-forwarded-for-secret': target.forwardingSecret })
});

const options = (target: Target, headers: Record<string, string> = {}) => ({
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
	global: { headers: { ...forwardedFor(target), ...headers } }
});

export const anon = (target: Target) => createClient(target.url, target.anonKey, options(target));
export const admin = (target: Target) =>
	createClient(target.url, target.serviceRoleKey, options(target));

/** A client acting with a user's access token, for PostgREST. */
export const asUser = (target: Target, accessToken: string): SupabaseClient =>
	createClient(
		target.url,
		target.anonKey,
		options(target, { Authorization: `Bearer ${accessToken}` })
	);

export const uniqueEmail = (label = 'user') => `${label}-${randomUUID().slice(0, 12)}@example.org`;

export const PASSWORD = 'correct-horse-battery';

/** A confirmed user with a password, made through the admin API. */
export async function confirmedUser(target: Target, metadata: Record<string, unknown> = {}) {
	const email = uniqueEmail();
	const { data, error } = await admin(target).auth.admin.createUser({
		email,
		password: PASSWORD,
		email_confirm: true,
		user_metadata: metadata
	});
	if (error) throw error;
	return { email, id: data.user.id };
}

/** A confirmed user, signed in with the password grant. */
export async function signedInUser(target: Target) {
	const user = await confirmedUser(target);
	const { data, error } = await anon(target).auth.signInWithPassword({
		email: user.email,
		password: PASSWORD
	});
	if (error) throw error;
	return { ...user, session: data.session };
}

/**
 * A raw request to the auth API, for status codes and headers supabase-js hides. Sends the API
 * version header as supabase-js does unless `legacy` is set.
 */
export async function authFetch(
	target: Target,
	path: string,
	init: {
		method?: string;
		body?: unknown;
		bearer?: string;
		apikey?: string | null;
		legacy?: boolean;
		from?: string;
	} = {}
) {
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		...forwardedFor(target, init.from)
	};
	const apikey = init.apikey === undefined ? target.anonKey : init.apikey;
	if (apikey) headers.apikey = apikey;
	if (init.bearer) headers.authorization = `Bearer ${init.bearer}`;
	if (!init.legacy) headers['x-supabase-api-version'] = '2024-01-01';
	const response = await fetch(`${target.url}/auth/v1${path}`, {
		method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
		headers,
		body:
			init.body === undefined
				? undefined
				: typeof init.body === 'string'
					? init.body
					: JSON.stringify(init.body),
		redirect: 'manual'
	});
	const text = await response.text();
	let json: Record<string, unknown>;
	try {
		json = text ? JSON.parse(text) : {};
	} catch {
		json = { text };
	}
	return { status: response.status, headers: response.headers, json };
}

export type StoredMail = {
	id: string;
	to: string;
	subject: string;
	text: string;
	html: string;
	locale: string;
	sentAt: string;
};

/** The dev mailbox's mails to `email`, newest first (it needs the service-role key). */
export async function mailsTo(target: Target, email: string): Promise<StoredMail[]> {
	const response = await fetch(
		`${target.url}/mailbox/api/messages?to=${encodeURIComponent(email)}`,
		{ headers: { apikey: target.serviceRoleKey } }
	);
	if (!response.ok) throw new Error(`mailbox answered ${response.status}`);
	return response.json();
}

/** The confirm link of the newest mail to `email`, and its parts. */
export async function latestLink(target: Target, email: string) {
	const [mail] = await mailsTo(target, email);
	if (!mail) throw new Error(`no mail to ${email}`);
	const link = new URL(mail.text.match(/https?:\/\/\S+/)![0]);
	const code = mail.text.match(/\b(\d{6})\b/)![1]!;
	return {
		mail,
		link,
		tokenHash: link.searchParams.get('token_hash')!,
		type: link.searchParams.get('type')!,
		next: link.searchParams.get('next')!,
		code
	};
}

/** The real Supabase project named by AUTH_CONTRACT_* variables, or null. */
export function remoteTarget(): Target | null {
	const {
		AUTH_CONTRACT_URL: url,
		AUTH_CONTRACT_ANON_KEY: anonKey,
		AUTH_CONTRACT_SERVICE_ROLE_KEY: serviceRoleKey
	} = process.env;
	if (!url || !anonKey || !serviceRoleKey) return null;
	return { name: 'Supabase project', url, anonKey, serviceRoleKey, local: false };
}

export const decodeJwt = (token: string) =>
	JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<
		string,
		unknown
	>;

/**
 * A second auth service on a stack's database with other settings, mounted as the gateway mounts
 * it (`/auth/v1`, and its own dev mailbox under `/mailbox`).
 */
export async function serveAuth(
	stack: {
		superuserDbUrl: string;
		jwtSecret: string;
		anonKey: string;
		serviceRoleKey: string;
		forwardingSecret: string;
	},
	settings: Partial<AuthServiceOptions>
) {
	const dataDir = await mkdtemp(join(tmpdir(), 'buendnisatlas-auth-'));
	const auth = await startAuthService({
		dbUrl: stack.superuserDbUrl,
		jwtSecret: stack.jwtSecret,
		dataDir,
		siteUrl: 'https://atlas.example',
		forwardingSecret: stack.forwardingSecret,
		log: () => {},
		...settings
	});
	const server = http.createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://auth').pathname;
		if (path.startsWith('/mailbox') && auth.mailboxHandle)
			auth.mailboxHandle(request, response, path.slice('/mailbox'.length));
		else auth.handle(request, response, path.slice('/auth/v1'.length));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as net.AddressInfo;
	const target: Target = {
		name: 'second service',
		local: true,
		url: `http://127.0.0.1:${port}`,
		anonKey: stack.anonKey,
		serviceRoleKey: stack.serviceRoleKey,
		forwardingSecret: stack.forwardingSecret
	};
	return {
		target,
		async stop() {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			await auth.stop();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}
