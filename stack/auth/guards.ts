import type { AuthContext } from './context.ts';
import { AuthError, notAdmin } from './errors.ts';
import type { Request } from './http.ts';
import { sessionExists } from './sessions.ts';
import { UUID_PATTERN, verifyAccessToken } from './tokens.ts';
import { findUserById, isBanned, type UserRow } from './users.ts';

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

export function isAdmin(context: AuthContext, request: Request): boolean {
	if (!request.bearer) return false;
	const claims = verifyAccessToken(request.bearer, context.jwtSecret);
	return !!claims && ADMIN_ROLES.includes(String(claims.role));
}

/** GoTrue's requireAdmin: a valid JWT whose role is an admin role. */
export function requireAdmin(context: AuthContext, request: Request): void {
	const claims = bearerClaims(context, request);
	if (!ADMIN_ROLES.includes(String(claims.role))) throw notAdmin();
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
	const user = await findUserById(context.pool, sub);
	if (!user)
		throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
	const sessionId = typeof claims.session_id === 'string' ? claims.session_id : null;
	if (
		sessionId &&
		!(UUID_PATTERN.test(sessionId) && (await sessionExists(context.pool, sessionId)))
	) {
		throw new AuthError(
			403,
			'session_not_found',
			'Session from session_id claim in JWT does not exist'
		);
	}
	if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned');
	return { user, sessionId, claims };
}
