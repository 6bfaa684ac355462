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

/** A fresh token by mail, at most one per kind and `emailMaxFrequencySeconds` (GoTrue mail.go). */
async function sendTokenMail(
	context: AuthContext,
	request: Request,
	user: UserRow,
	kind: 'signup' | 'magiclink' | 'recovery',
	pkce: CodeChallenge | null
) {
	checkFrequency(
		kind === 'signup' ? user.confirmation_sent_at : user.recovery_sent_at,
		context.emailMaxFrequencySeconds
	);
	const token = await issueEmailToken(context.pool, user, kind, pkce !== null);
	if (pkce)
		await createFlowState(context.pool, user.id, pkce, kind === 'signup' ? 'email/signup' : kind);
	await sendAuthMail(context, request, user, kind, token);
}

export async function otp(context: AuthContext, request: Request): Promise<Reply> {
	const email = emailOf(request.body);
	const pkce = codeChallengeOf(request.body);
	let user = await findUserByEmail(context.pool, email);
	if (!user) {
		if (request.body.create_user === false) {
			throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
		}
		if (context.disableSignup) throw signupDisabled();
		user = await insertUser(context.pool, {
			email,
			password: randomPassword(),
			userMetadata: metadataOf(request.body.data, 'data')
		});
	}
	// A new or unconfirmed address gets the signup confirmation, a confirmed one a magic link.
	await sendTokenMail(context, request, user, isConfirmed(user) ? 'magiclink' : 'signup', pkce);
	return { status: 200, body: {} };
}

function rememberUnknownRecovery(context: AuthContext, email: string) {
	const now = Date.now();
	const recent = context.recentUnknownRecoveries;
	if (recent.size > 10_000) {
		for (const [address, at] of recent) {
			if (at + context.emailMaxFrequencySeconds * 1000 < now) recent.delete(address);
		}
	}
	recent.set(email, now);
}

export async function recover(context: AuthContext, request: Request): Promise<Reply> {
	const email = emailOf(request.body);
	const pkce = codeChallengeOf(request.body);
	const user = await findUserByEmail(context.pool, email);
	// Unknown addresses get the same answers, including the frequency limit, so that the endpoint
	// does not reveal who has an account (GoTrue answers a repeat for them with 200).
	if (!user) {
		const last = context.recentUnknownRecoveries.get(email);
		checkFrequency(last ? new Date(last) : null, context.emailMaxFrequencySeconds);
		rememberUnknownRecovery(context, email);
	} else {
		await sendTokenMail(context, request, user, 'recovery', pkce);
	}
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
