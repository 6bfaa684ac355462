import { isIP } from 'node:net';
import { externalUrl, type AuthContext } from './context.ts';
import { issueEmailChangeTokens, checkFrequency } from './email-tokens.ts';
import {
	AuthError,
	emailExists,
	invalidCredentials,
	notAdmin,
	validationFailed
} from './errors.ts';
import { codeChallengeOf, createFlowState, redeemAuthCode } from './flow-state.ts';
import { isAdmin, requireUser } from './guards.ts';
import type { Request } from './http.ts';
import type { Reply } from './reply.ts';
import { sendAuthMail } from './send-mail.ts';
import { createSession, deleteSessions, refreshSession, type AuthMethod } from './sessions.ts';
import {
	checkPassword,
	findUserByEmail,
	findUserById,
	hashPassword,
	isBanned,
	isConfirmed,
	mergeMetadata,
	normaliseEmail,
	passwordMatches,
	updateUser,
	userJson
} from './users.ts';

const clientOf = (request: Request) => ({
	userAgent: request.headers['user-agent'],
	// auth.sessions.ip is inet; a forwarded address may be anything.
	ip: isIP(request.ip) ? request.ip : undefined
});

const sessionContext = (context: AuthContext, request: Request) => ({
	jwtSecret: context.jwtSecret,
	issuer: externalUrl(context, request)
});

/** A new session for the user, from the requesting client. */
export const signIn = (
	context: AuthContext,
	request: Request,
	userId: string,
	method: AuthMethod
) =>
	createSession(context.pool, sessionContext(context, request), userId, method, clientOf(request));

async function passwordGrant(context: AuthContext, request: Request): Promise<Reply> {
	const { email, password } = request.body;
	if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) {
		throw invalidCredentials();
	}
	const user = await findUserByEmail(context.pool, email.trim().toLowerCase());
	// Compared even for an unknown address, so that response times do not reveal who has an account.
	if (!(await passwordMatches(user, password)) || !user) throw invalidCredentials();
	if (!isConfirmed(user)) throw new AuthError(400, 'email_not_confirmed', 'Email not confirmed');
	if (isBanned(user)) throw new AuthError(400, 'user_banned', 'User is banned');
	return { status: 200, body: await signIn(context, request, user.id, 'password') };
}

async function pkceGrant(context: AuthContext, request: Request): Promise<Reply> {
	const { userId, authenticationMethod } = await redeemAuthCode(
		context.pool,
		request.body.auth_code,
		request.body.code_verifier
	);
	const method = authenticationMethod === 'password' ? 'password' : 'otp';
	return { status: 200, body: await signIn(context, request, userId, method) };
}

export async function token(context: AuthContext, request: Request): Promise<Reply> {
	switch (request.query.get('grant_type')) {
		case 'password':
			return passwordGrant(context, request);
		case 'refresh_token': {
			const session = await refreshSession(
				context.pool,
				{
					...sessionContext(context, request),
					reuseIntervalSeconds: context.refreshTokenReuseIntervalSeconds
				},
				request.body.refresh_token
			);
			return { status: 200, body: session };
		}
		case 'pkce':
			return pkceGrant(context, request);
		default:
			throw new AuthError(400, 'invalid_credentials', 'unsupported_grant_type');
	}
}

export async function getUser(context: AuthContext, request: Request): Promise<Reply> {
	const { user } = await requireUser(context, request);
	return { status: 200, body: await userJson(context.pool, user) };
}

/** PUT /user: metadata, password (other sessions end) and e-mail (confirmed by mail). */
export async function putUser(context: AuthContext, request: Request): Promise<Reply> {
	const { user, sessionId, claims } = await requireUser(context, request);
	const body = request.body;
	if (body.app_metadata !== undefined && !isAdmin(claims)) throw notAdmin();
	if (body.phone)
		throw validationFailed('Phone changes are not supported by the local auth service', 422);
	let updated = user;
	if (body.data !== undefined) {
		updated = await updateUser(context.pool, user.id, {
			raw_user_meta_data: mergeMetadata(updated.raw_user_meta_data, body.data)
		});
	}
	if (body.password !== undefined) {
		const password = checkPassword(body.password);
		if (await passwordMatches(updated, password)) {
			throw new AuthError(
				422,
				'same_password',
				'New password should be different from the old password.'
			);
		}
		updated = await updateUser(context.pool, user.id, {
			encrypted_password: await hashPassword(password)
		});
		await deleteSessions(context.pool, user.id, 'others', sessionId);
	}
	if (body.email !== undefined && body.email !== '') {
		const email = normaliseEmail(body.email);
		if (email !== updated.email) {
			if (await findUserByEmail(context.pool, email)) throw emailExists();
			checkFrequency(updated.email_change_sent_at, context.emailMaxFrequencySeconds);
			const pkce = codeChallengeOf(body);
			const tokens = await issueEmailChangeTokens(context.pool, updated, email, pkce !== null);
			if (pkce) await createFlowState(context.pool, user.id, pkce, 'email_change');
			await sendAuthMail(context, request, updated, 'email_change', tokens.current);
			await sendAuthMail(context, request, updated, 'email_change', tokens.next, email);
			updated = (await findUserById(context.pool, user.id)) ?? updated;
		}
	}
	return { status: 200, body: await userJson(context.pool, updated) };
}

export async function logout(context: AuthContext, request: Request): Promise<Reply> {
	const { user, sessionId } = await requireUser(context, request);
	const scope = request.query.get('scope') ?? 'global';
	if (scope !== 'global' && scope !== 'local' && scope !== 'others') {
		throw validationFailed(`Unsupported logout scope "${scope}"`);
	}
	await deleteSessions(context.pool, user.id, scope, sessionId);
	return { status: 204 };
}
