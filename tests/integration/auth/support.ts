import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';

/** Where the contract tests run: the local stack, or a real Supabase project. */
export type Target = {
	name: string;
	url: string;
	anonKey: string;
	serviceRoleKey: string;
	/** Only the local stack has a dev mailbox. */
	local: boolean;
};

const octet = () => Math.floor(Math.random() * 254) + 1;

/**
 * Each client poses as a browser of its own (X-Forwarded-For from a local peer, as the app's
 * server sends it), so that the per-IP rate limits count per test, as they would per person. The
 * rate-limit tests send from one address on purpose.
 */
export const clientAddress = () => `10.${octet()}.${octet()}.${octet()}`;

const options = (headers: Record<string, string> = {}) => ({
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
	global: { headers: { 'x-forwarded-for': clientAddress(), ...headers } }
});

export const anon = (target: Target) => createClient(target.url, target.anonKey, options());
export const admin = (target: Target) => createClient(target.url, target.serviceRoleKey, options());

/** A client acting with a user's access token, for PostgREST. */
export const asUser = (target: Target, accessToken: string): SupabaseClient =>
	createClient(target.url, target.anonKey, options({ Authorization: `Bearer ${accessToken}` }));

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
		'x-forwarded-for': init.from ?? clientAddress()
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

/** The dev mailbox's mails to `email`, newest first. */
export async function mailsTo(target: Target, email: string): Promise<StoredMail[]> {
	const response = await fetch(
		`${target.url}/mailbox/api/messages?to=${encodeURIComponent(email)}`
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
