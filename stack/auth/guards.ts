import type { AuthContext } from './context.ts';
import { AuthError, notAdmin } from './errors.ts';
import type { Request } from './http.ts';
import { UUID_PATTERN, verifyAccessToken } from './tokens.ts';
import { isBanned, type UserRow } from './users.ts';

// GOTRUE_JWT_ADMIN_ROLES default.
const ADMIN_ROLES = ['service_role', 'supabase_admin'];

function bearerClaims(context: AuthContext, request: Request): Record<string, unknown> {
	if (!request.bearer) {
		throw new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
	}
	const claims = verifyAccessToken(request.bearer, context.jwtSecret);
	if (!claims) {
		throw new AuthError(
			403,
			'bad_jwt',
			'invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired'
		);
	}
	return claims;
}

export const isAdmin = (claims: Record<string, unknown>) =>
	ADMIN_ROLES.includes(String(claims.role));

/** GoTrue's requireAdmin: a valid JWT whose role is an admin role. */
export function requireAdmin(context: AuthContext, request: Request): void {
	const claims = bearerClaims(context, request);
	if (!isAdmin(claims)) throw notAdmin();
}

export type Authenticated = {
	user: UserRow;
	sessionId: string | null;
	claims: Record<string, unknown>;
};

/** GoTrue's requireAuthentication: valid JWT, an existing user and (if named) session. */
export async function requireUser(context: AuthContext, request: Request): Promise<Authenticated> {
	const claims = bearerClaims(context, request);
	const sub = claims.sub;
	if (typeof sub !== 'string' || !sub) {
		throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
	}
	if (!UUID_PATTERN.test(sub))
		throw new AuthError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID');
	const sessionId = typeof claims.session_id === 'string' ? claims.session_id : null;
	// One round trip: this runs for every GET /user, which the app's server sends on each request.
	const { rows } = await context.pool.query<UserRow & { session_found: boolean }>(
		`select *, $2::uuid is null or exists (select 1 from auth.sessions where id = $2::uuid)
			as session_found
		 from auth.users where id = $1`,
		[sub, sessionId && UUID_PATTERN.test(sessionId) ? sessionId : null]
	);
	if (!rows[0])
		throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
	const { session_found: sessionFound, ...user } = rows[0];
	if (sessionId && !(UUID_PATTERN.test(sessionId) && sessionFound)) {
		throw new AuthError(
			403,
			'session_not_found',
			'Session from session_id claim in JWT does not exist'
		);
	}
	if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned');
	return { user, sessionId, claims };
}
