import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { transaction, type Db } from './db.ts';
import { badRequest, validationFailed } from './errors.ts';
import {
	ACCESS_TOKEN_SECONDS,
	newRefreshToken,
	signAccessToken,
	type AccessTokenClaims
} from './tokens.ts';
import { findUserById, INSTANCE_ID, isBanned, userJson, type UserRow } from './users.ts';

export type AuthMethod = 'password' | 'otp';

type SessionContext = { jwtSecret: string; issuer: string };
type RefreshTokenRow = {
	id: string;
	token: string;
	user_id: string;
	revoked: boolean;
	updated_at: Date;
	parent: string | null;
	session_id: string | null;
};

const refreshTokenNotFound = () =>
	badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');
const sessionNotFound = () =>
	badRequest('session_not_found', 'Invalid Refresh Token: No Valid Session Found');

async function insertRefreshToken(
	db: Db,
	userId: string,
	sessionId: string,
	parent: string | null
) {
	const token = newRefreshToken();
	await db.query(
		`insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at,
			parent, session_id)
		 values ($1, $2, $3, false, now(), now(), $4, $5)`,
		[INSTANCE_ID, token, userId, parent, sessionId]
	);
	return token;
}

type AmrRow = { authentication_method: string; updated_at: Date };

const amrJson = (rows: AmrRow[]) =>
	rows.map((row) => ({
		method: row.authentication_method,
		timestamp: Math.floor(row.updated_at.getTime() / 1000)
	}));

async function amrOf(db: Db, sessionId: string) {
	const { rows } = await db.query<AmrRow>(
		`select authentication_method, updated_at from auth.mfa_amr_claims
		 where session_id = $1 order by updated_at desc`,
		[sessionId]
	);
	return amrJson(rows);
}

/** The AccessTokenResponse of contract §2 for a session and its current refresh token. */
async function sessionResponse(
	db: Db,
	context: SessionContext,
	user: UserRow,
	sessionId: string,
	refreshToken: string,
	amr: AccessTokenClaims['amr']
) {
	const { token, exp } = signAccessToken(
		{
			iss: context.issuer,
			sub: user.id,
			aud: user.aud ?? '',
			email: user.email ?? '',
			phone: user.phone ?? '',
			app_metadata: user.raw_app_meta_data ?? {},
			user_metadata: user.raw_user_meta_data ?? {},
			role: user.role ?? '',
			aal: 'aal1',
			amr,
			session_id: sessionId,
			is_anonymous: user.is_anonymous
		},
		context.jwtSecret
	);
	return {
		access_token: token,
		token_type: 'bearer',
		expires_in: ACCESS_TOKEN_SECONDS,
		expires_at: exp,
		refresh_token: refreshToken,
		user: await userJson(db, user)
	};
}

export type SessionResponse = Awaited<ReturnType<typeof sessionResponse>>;

/** Signs a user in: a new session with its AMR entry and first refresh token. */
export async function createSession(
	pool: pg.Pool,
	context: SessionContext,
	userId: string,
	method: AuthMethod,
	client: { userAgent?: string; ip?: string }
): Promise<SessionResponse> {
	return transaction(pool, async (db) => {
		const sessionId = randomUUID();
		await db.query(
			`insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
			 values ($1, $2, now(), now(), 'aal1', $3, $4)`,
			[sessionId, userId, client.userAgent ?? null, client.ip ?? null]
		);
		const amr = await db.query<AmrRow>(
			`insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
			 values ($1, now(), now(), $2, $3) returning authentication_method, updated_at`,
			[sessionId, method, randomUUID()]
		);
		const user = await db.query<UserRow>(
			`update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1 returning *`,
			[userId]
		);
		await db.query(
			`update auth.identities set last_sign_in_at = now() where user_id = $1 and provider = 'email'`,
			[userId]
		);
		const refreshToken = await insertRefreshToken(db, userId, sessionId, null);
		return sessionResponse(db, context, user.rows[0]!, sessionId, refreshToken, amrJson(amr.rows));
	});
}

/**
 * GoTrue's legacy refresh-token grant (contract §5): rotation on every use; a revoked token is
 * answered with the session's active token when that one is its child (the client lost the
 * answer), gets a new child within the reuse interval, and otherwise revokes the whole family.
 */
export async function refreshSession(
	pool: pg.Pool,
	context: SessionContext & { reuseIntervalSeconds: number },
	token: unknown
): Promise<SessionResponse> {
	if (typeof token !== 'string' || token === '') throw validationFailed('refresh_token required');
	if (token.length === 12 && !/^[a-z0-9]{12}$/.test(token)) {
		throw validationFailed('Invalid refresh token format');
	}
	const result = await transaction(pool, async (db) => {
		const { rows } = await db.query<RefreshTokenRow>(
			'select * from auth.refresh_tokens where token = $1 for update',
			[token]
		);
		const current = rows[0];
		if (!current) throw refreshTokenNotFound();
		if (!current.session_id) throw sessionNotFound();
		// Serialises concurrent refreshes of one session (an SSR page and the browser at once).
		const session = await db.query('select id from auth.sessions where id = $1 for update', [
			current.session_id
		]);
		if (!session.rows[0]) throw sessionNotFound();
		const user = await findUserById(db, current.user_id);
		if (!user) throw refreshTokenNotFound();
		if (isBanned(user)) throw badRequest('user_banned', 'User is banned');

		let issued: string | null = null;
		if (current.revoked) {
			const active = await db.query<RefreshTokenRow>(
				`select * from auth.refresh_tokens where session_id = $1 and revoked = false
				 order by id desc limit 1`,
				[current.session_id]
			);
			const activeToken = active.rows[0];
			const reusable =
				Date.now() <= current.updated_at.getTime() + context.reuseIntervalSeconds * 1000;
			if (activeToken && activeToken.parent === current.token) {
				issued = activeToken.token;
			} else if (!activeToken || !reusable) {
				// Deviation: once the family is revoked, no token of it works again, even inside the
				// reuse interval (GoTrue would still swap a token revoked moments ago).
				await db.query('update auth.refresh_tokens set revoked = true where session_id = $1', [
					current.session_id
				]);
				// Committed, not rolled back: the revocation must stick although the call fails.
				return { reused: true as const };
			}
		}
		if (!issued) {
			// A token reused inside the interval keeps its revocation time, so the interval cannot
			// be stretched by reusing it again and again.
			await db.query(
				`update auth.refresh_tokens
				 set revoked = true, updated_at = case when revoked then updated_at else now() end
				 where id = $1`,
				[current.id]
			);
			issued = await insertRefreshToken(db, user.id, current.session_id, current.token);
		}
		await db.query(
			'update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1',
			[current.session_id]
		);
		const amr = await amrOf(db, current.session_id);
		return sessionResponse(db, context, user, current.session_id, issued, amr);
	});
	if ('reused' in result) {
		throw badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used');
	}
	return result;
}

export async function deleteSessions(
	db: Db,
	userId: string,
	scope: 'global' | 'local' | 'others',
	currentSessionId: string | null
): Promise<void> {
	if (scope === 'global') {
		await db.query('delete from auth.sessions where user_id = $1', [userId]);
	} else if (currentSessionId && scope === 'local') {
		await db.query('delete from auth.sessions where id = $1', [currentSessionId]);
	} else if (currentSessionId) {
		await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [
			userId,
			currentSessionId
		]);
	}
}
