import { redirectTarget, type AuthContext } from './context.ts';
import { transaction, type Db } from './db.ts';
import {
	clearEmailTokens,
	matchEmailOtp,
	matchTokenHash,
	parseVerifyType,
	type Match
} from './email-tokens.ts';
import { AuthError, validationFailed } from './errors.ts';
import { issueAuthCode } from './flow-state.ts';
import type { Request } from './http.ts';
import type { Reply } from './reply.ts';
import { emailOf } from './routes-mail.ts';
import { signIn } from './routes-session.ts';
import { randomPassword } from './tokens.ts';
import {
	confirmEmail,
	hashPassword,
	isConfirmed,
	setIdentityEmail,
	updateUser,
	type UserRow
} from './users.ts';

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
		await setIdentityEmail(db, user.id, user.email!);
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
	return { status: 200, body: await signIn(context, request, verified.id, 'otp') };
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
		const session = await signIn(context, request, verified.id, 'otp');
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
