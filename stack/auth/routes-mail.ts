import { randomUUID } from 'node:crypto';
import type { AuthContext } from './context.ts';
import { checkFrequency, issueEmailToken } from './email-tokens.ts';
import { AuthError, validationFailed } from './errors.ts';
import { codeChallengeOf, createFlowState, type CodeChallenge } from './flow-state.ts';
import { requireAdmin } from './guards.ts';
import type { Request } from './http.ts';
import type { Reply } from './reply.ts';
import { signIn } from './routes-session.ts';
import { sendAuthMail } from './send-mail.ts';
import { randomPassword } from './tokens.ts';
import {
	AUDIENCE,
	DEFAULT_ROLE,
	checkPassword,
	confirmEmail,
	findUserByEmail,
	insertUser,
	inviteUser,
	isConfirmed,
	metadataOf,
	normaliseEmail,
	userJson,
	type UserRow
} from './users.ts';

const signupDisabled = () =>
	new AuthError(422, 'signup_disabled', 'Signups not allowed for this instance');

export function emailOf(body: Record<string, unknown>): string {
	if (body.phone)
		throw validationFailed('Phone sign-in is not supported by the local auth service', 422);
	return normaliseEmail(body.email);
}

type TokenMail = 'signup' | 'magiclink' | 'recovery';

/** A fresh token by mail (GoTrue mail.go); the caller has checked the frequency. */
async function sendTokenMail(
	context: AuthContext,
	request: Request,
	user: UserRow,
	kind: TokenMail,
	pkce: CodeChallenge | null
) {
	const token = await issueEmailToken(context.pool, user, kind, pkce !== null);
	if (pkce)
		await createFlowState(context.pool, user.id, pkce, kind === 'signup' ? 'email/signup' : kind);
	await sendAuthMail(context, request, user, kind, token);
}

/**
 * GoTrue's per-user mail frequency (SMTP_MAX_FREQUENCY), applied alike to addresses with and
 * without an account: the time of the last mail of this kind in the database, or of the last
 * request for one here (unknown addresses, and mail still on its way). Magic links and recovery
 * mails share GoTrue's recovery_sent_at, so they share one limit here too.
 */
function limitMailFrequency(
	context: AuthContext,
	kind: TokenMail,
	email: string,
	user: UserRow | null
) {
	const column = kind === 'signup' ? 'confirmation' : 'recovery';
	const key = `${column}:${email}`;
	const sentAt = user?.[kind === 'signup' ? 'confirmation_sent_at' : 'recovery_sent_at'];
	const asked = context.recentMailRequests.get(key) ?? 0;
	const last = Math.max(sentAt?.getTime() ?? 0, asked);
	checkFrequency(last ? new Date(last) : null, context.emailMaxFrequencySeconds);
	const now = Date.now();
	const recent = context.recentMailRequests;
	if (recent.size > 10_000) {
		for (const [address, at] of recent) {
			if (at + context.emailMaxFrequencySeconds * 1000 < now) recent.delete(address);
		}
	}
	recent.set(key, now);
}

/**
 * POST /otp. The answer is the same `{}` whether or not the address has an account, and it
 * does not wait for the token or the mail: those are made after answering, so neither the
 * status, the body nor the time tells who has an account. A confirmed address gets a magic
 * link; a new or unconfirmed one a signup confirmation, but only while sign-up is enabled (as in
 * GoTrue, where /otp signs such addresses up) and, for a new one, `create_user` is not false.
 * Deviation: GoTrue answers 422 otp_disabled or signup_disabled where nothing is sent.
 */
export async function otp(context: AuthContext, request: Request): Promise<Reply> {
	const email = emailOf(request.body);
	const pkce = codeChallengeOf(request.body);
	const userMetadata = metadataOf(request.body.data, 'data');
	const user = await findUserByEmail(context.pool, email);
	const signupAllowed =
		!context.disableSignup && (user !== null || request.body.create_user !== false);
	const kind: TokenMail = user && isConfirmed(user) ? 'magiclink' : 'signup';
	const sends = kind === 'magiclink' || signupAllowed;
	// Nothing is sent where nothing is allowed, but the limit is counted as if it were.
	limitMailFrequency(context, sends ? kind : 'magiclink', email, user);
	if (sends) {
		context.later(async () => {
			const recipient =
				user ??
				(await insertUser(context.pool, { email, password: randomPassword(), userMetadata }));
			await sendTokenMail(context, request, recipient, kind, pkce);
		});
	}
	return { status: 200, body: {} };
}

/** POST /recover: `{}` for every address; the recovery mail goes out after answering. */
export async function recover(context: AuthContext, request: Request): Promise<Reply> {
	const email = emailOf(request.body);
	const pkce = codeChallengeOf(request.body);
	const user = await findUserByEmail(context.pool, email);
	limitMailFrequency(context, 'recovery', email, user);
	if (user) context.later(() => sendTokenMail(context, request, user, 'recovery', pkce));
	return { status: 200, body: {} };
}

/** What GoTrue answers for a confirmed address when confirmations are on (no enumeration). */
function obfuscatedUser(email: string) {
	const now = new Date().toISOString();
	return {
		id: randomUUID(),
		aud: AUDIENCE,
		role: DEFAULT_ROLE,
		email,
		phone: '',
		confirmation_sent_at: now,
		app_metadata: { provider: 'email', providers: ['email'] },
		user_metadata: {},
		identities: [],
		created_at: now,
		updated_at: now,
		is_anonymous: false
	};
}

export async function signup(context: AuthContext, request: Request): Promise<Reply> {
	if (context.disableSignup) throw signupDisabled();
	const body = request.body;
	if (body.password === undefined || body.password === null || body.password === '') {
		throw validationFailed('Signup requires a valid password');
	}
	const password = checkPassword(body.password);
	const email = emailOf(body);
	const pkce = codeChallengeOf(body);
	const existing = await findUserByEmail(context.pool, email);
	if (existing && isConfirmed(existing)) {
		if (context.autoconfirm)
			throw new AuthError(422, 'user_already_exists', 'User already registered');
		return { status: 200, body: obfuscatedUser(email) };
	}
	const user =
		existing ??
		(await insertUser(context.pool, {
			email,
			password,
			userMetadata: metadataOf(body.data, 'data')
		}));
	if (context.autoconfirm) {
		await confirmEmail(context.pool, user);
		return { status: 200, body: await signIn(context, request, user.id, 'password') };
	}
	checkFrequency(user.confirmation_sent_at, context.emailMaxFrequencySeconds);
	await sendTokenMail(context, request, user, 'signup', pkce);
	const updated = await findUserByEmail(context.pool, email);
	return { status: 200, body: await userJson(context.pool, updated!) };
}

export async function invite(context: AuthContext, request: Request): Promise<Reply> {
	requireAdmin(context, request);
	const email = emailOf(request.body);
	const user = await inviteUser(
		context.pool,
		await findUserByEmail(context.pool, email),
		email,
		metadataOf(request.body.data, 'data')
	);
	const token = await issueEmailToken(context.pool, user, 'invite', false);
	await sendAuthMail(context, request, user, 'invite', token);
	const updated = await findUserByEmail(context.pool, email);
	return { status: 200, body: await userJson(context.pool, updated!) };
}
