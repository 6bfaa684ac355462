import { randomUUID } from 'node:crypto';
import { redirectTarget, type AuthContext } from './context.ts';
import { transaction, type Db } from './db.ts';
import {
	checkFrequency,
	clearEmailTokens,
	issueEmailToken,
	matchEmailOtp,
	matchTokenHash,
	parseVerifyType,
	type Match
} from './email-tokens.ts';
import { AuthError, emailExists, validationFailed } from './errors.ts';
import { codeChallengeOf, createFlowState, issueAuthCode } from './flow-state.ts';
import { requireAdmin } from './guards.ts';
import type { Request } from './http.ts';
import type { Reply } from './reply.ts';
import { clientOf, sessionContext } from './routes-session.ts';
import { sendAuthMail } from './send-mail.ts';
import { createSession } from './sessions.ts';
import { randomPassword } from './tokens.ts';
import {
	AUDIENCE,
	DEFAULT_ROLE,
	checkPassword,
	confirmEmail,
	findUserByEmail,
	hashPassword,
	insertUser,
	isConfirmed,
	normaliseEmail,
	updateUser,
	userJson,
	type UserRow
} from './users.ts';

const signupDisabled = () =>
	new AuthError(422, 'signup_disabled', 'Signups not allowed for this instance');

function emailOf(body: Record<string, unknown>): string {
	if (body.phone)
		throw validationFailed('Phone sign-in is not supported by the local auth service', 422);
	return normaliseEmail(body.email);
}

function metadataOf(value: unknown): Record<string, unknown> {
	if (value === undefined || value === null) return {};
	if (typeof value !== 'object' || Array.isArray(value))
		throw validationFailed('data must be a JSON object');
	return value as Record<string, unknown>;
}

/** Sends a fresh confirmation mail (signup) or magic link (confirmed user), as GoTrue's /otp does. */
async function sendConfirmationOrMagicLink(
	context: AuthContext,
	request: Request,
	user: UserRow,
	pkce: ReturnType<typeof codeChallengeOf>
) {
	const kind = isConfirmed(user) ? 'magiclink' : 'signup';
	checkFrequency(
		kind === 'signup' ? user.confirmation_sent_at : user.recovery_sent_at,
		context.emailMaxFrequencySeconds
	);
	const token = await issueEmailToken(context.pool, user, kind, pkce !== null);
	if (pkce)
		await createFlowState(
			context.pool,
			user.id,
			pkce,
			kind === 'signup' ? 'email/signup' : 'magiclink'
		);
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
			userMetadata: metadataOf(request.body.data)
		});
	}
	await sendConfirmationOrMagicLink(context, request, user, pkce);
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
		checkFrequency(user.recovery_sent_at, context.emailMaxFrequencySeconds);
		const token = await issueEmailToken(context.pool, user, 'recovery', pkce !== null);
		if (pkce) await createFlowState(context.pool, user.id, pkce, 'recovery');
		await sendAuthMail(context, request, user, 'recovery', token);
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
		(await insertUser(context.pool, { email, password, userMetadata: metadataOf(body.data) }));
	if (context.autoconfirm) {
		await confirmEmail(context.pool, user);
		const session = await createSession(
			context.pool,
			sessionContext(context, request),
			user.id,
			'password',
			clientOf(request)
		);
		return { status: 200, body: session };
	}
	checkFrequency(user.confirmation_sent_at, context.emailMaxFrequencySeconds);
	const token = await issueEmailToken(context.pool, user, 'signup', pkce !== null);
	if (pkce) await createFlowState(context.pool, user.id, pkce, 'email/signup');
	await sendAuthMail(context, request, user, 'signup', token);
	const updated = await findUserByEmail(context.pool, email);
	return { status: 200, body: await userJson(context.pool, updated!) };
}

export async function invite(context: AuthContext, request: Request): Promise<Reply> {
	requireAdmin(context, request);
	const email = emailOf(request.body);
	let user = await findUserByEmail(context.pool, email);
	if (user && isConfirmed(user)) throw emailExists();
	if (!user) {
		user = await insertUser(context.pool, {
			email,
			password: null,
			userMetadata: metadataOf(request.body.data),
			invited: true
		});
	} else {
		user = await updateUser(context.pool, user.id, { invited_at: new Date() });
	}
	const token = await issueEmailToken(context.pool, user, 'invite', false);
	await sendAuthMail(context, request, user, 'invite', token);
	const updated = await findUserByEmail(context.pool, email);
	return { status: 200, body: await userJson(context.pool, updated!) };
}

/**
 * Applies a matched token: confirms the address, finishes an e-mail change or its first half,
 * and clears every e-mail token of the user. Null means "first half of a secure e-mail change".
 */
async function applyVerification(db: Db, match: Match): Promise<UserRow | null> {
	let user = match.user;
	if (match.type === 'email_change') {
		const other =
			match.address === 'current' ? user.email_change_token_new : user.email_change_token_current;
		if (other) {
			const column =
				match.address === 'current' ? 'email_change_token_current' : 'email_change_token_new';
			await updateUser(db, user.id, { [column]: '', email_change_confirm_status: 1 });
			return null;
		}
		user = await updateUser(db, user.id, {
			email: user.email_change,
			email_change: '',
			email_change_confirm_status: 0,
			email_change_sent_at: null
		});
		await db.query(
			`update auth.identities
			 set identity_data = identity_data || jsonb_build_object('email', $2::text), updated_at = now()
			 where user_id = $1 and provider = 'email'`,
			[user.id, user.email]
		);
	}
	if (match.type === 'invite' && !user.encrypted_password) {
		user = await updateUser(db, user.id, {
			encrypted_password: await hashPassword(randomPassword())
		});
	}
	if (!isConfirmed(user)) user = await confirmEmail(db, user);
	await clearEmailTokens(db, user.id);
	return user;
}

const EMAIL_CHANGE_HALF =
	'Confirmation link accepted. Please proceed to confirm link sent to the other email';

export async function verifyPost(context: AuthContext, request: Request): Promise<Reply> {
	const body = request.body;
	const type = parseVerifyType(body.type);
	const hash = typeof body.token_hash === 'string' ? body.token_hash : '';
	const code = typeof body.token === 'string' ? body.token : '';
	if ((hash === '') === (code === '')) {
		throw validationFailed('Verify requires either a token or a token hash');
	}
	if (hash && (body.email || body.phone || body.redirect_to)) {
		throw validationFailed('Only the token_hash and type should be provided');
	}
	const email = code ? emailOf(body) : '';
	const verified = await transaction(context.pool, async (db) => {
		const match = hash
			? await matchTokenHash(db, type, hash, context.otpExpirySeconds)
			: await matchEmailOtp(db, type, email, code, context.otpExpirySeconds);
		return applyVerification(db, match);
	});
	if (!verified) return { status: 200, body: { msg: EMAIL_CHANGE_HALF, code: 200 } };
	const session = await createSession(
		context.pool,
		sessionContext(context, request),
		verified.id,
		'otp',
		clientOf(request)
	);
	return { status: 200, body: session };
}

/** GET /verify: the link GoTrue mails and generate_link returns; answers with a 303. */
export async function verifyGet(context: AuthContext, request: Request): Promise<Reply> {
	const target = new URL(redirectTarget(context, request));
	const hash = request.query.get('token') ?? '';
	const pkce = hash.startsWith('pkce_');
	const withParams = (params: Record<string, string>, inQuery: boolean) => {
		const url = new URL(target);
		const encoded = new URLSearchParams(params);
		if (inQuery) encoded.forEach((value, key) => url.searchParams.set(key, value));
		else url.hash = encoded.toString();
		return url.href;
	};
	let type;
	try {
		type = parseVerifyType(request.query.get('type'));
	} catch (error) {
		const message = (error as AuthError).message;
		return {
			redirect: withParams(
				{ error: 'invalid_request', error_code: 'validation_failed', error_description: message },
				pkce
			)
		};
	}
	try {
		const verified = await transaction(context.pool, async (db) =>
			applyVerification(db, await matchTokenHash(db, type, hash, context.otpExpirySeconds))
		);
		if (!verified) return { redirect: withParams({ message: EMAIL_CHANGE_HALF }, false) };
		if (pkce) {
			const authCode = await issueAuthCode(context.pool, verified.id);
			if (authCode) return { redirect: withParams({ code: authCode }, true) };
		}
		const session = await createSession(
			context.pool,
			sessionContext(context, request),
			verified.id,
			'otp',
			clientOf(request)
		);
		return {
			redirect: withParams(
				{
					access_token: session.access_token,
					expires_at: String(session.expires_at),
					expires_in: String(session.expires_in),
					refresh_token: session.refresh_token,
					token_type: 'bearer',
					type,
					sb: ''
				},
				false
			)
		};
	} catch (error) {
		if (!(error instanceof AuthError)) throw error;
		return {
			redirect: withParams(
				{ error: 'access_denied', error_code: error.code, error_description: error.message },
				pkce
			)
		};
	}
}
