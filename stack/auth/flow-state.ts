import { createHash, randomUUID } from 'node:crypto';
import type { Db } from './db.ts';
import { AuthError, validationFailed } from './errors.ts';
import { constantTimeEqual } from './tokens.ts';

// GoTrue's FlowStateExpiryDuration.
const AUTH_CODE_SECONDS = 300;

export type CodeChallenge = { challenge: string; method: 's256' | 'plain' };

/** The PKCE challenge a request carries (@supabase/ssr always sends one), or null. */
export function codeChallengeOf(body: Record<string, unknown>): CodeChallenge | null {
	const challenge = body.code_challenge;
	const method = String(body.code_challenge_method ?? '').toLowerCase();
	if (challenge === undefined || challenge === null || challenge === '') return null;
	if (typeof challenge !== 'string' || challenge.length < 43 || challenge.length > 128) {
		throw validationFailed('code challenge has to be between 43 and 128 characters');
	}
	if (method !== 's256' && method !== 'plain') {
		throw validationFailed('code challenge method not supported');
	}
	return { challenge, method };
}

export async function createFlowState(
	db: Db,
	userId: string,
	pkce: CodeChallenge,
	authenticationMethod: string
): Promise<void> {
	await db.query(
		`insert into auth.flow_state (id, user_id, auth_code, code_challenge_method, code_challenge,
			provider_type, created_at, updated_at, authentication_method)
		 values ($1, $2, $3, $4, $5, 'email', now(), now(), $6)`,
		[randomUUID(), userId, randomUUID(), pkce.method, pkce.challenge, authenticationMethod]
	);
}

/** The auth code GET /verify hands to the app as `?code=` for a PKCE mail link. */
export async function issueAuthCode(db: Db, userId: string): Promise<string | null> {
	const { rows } = await db.query<{ auth_code: string }>(
		`update auth.flow_state set auth_code_issued_at = now(), updated_at = now()
		 where id = (select id from auth.flow_state where user_id = $1 order by created_at desc limit 1)
		 returning auth_code`,
		[userId]
	);
	return rows[0]?.auth_code ?? null;
}

/** Redeems an auth code with its verifier (grant_type=pkce); the code works once. */
export async function redeemAuthCode(db: Db, authCode: unknown, verifier: unknown) {
	if (typeof authCode !== 'string' || !authCode || typeof verifier !== 'string' || !verifier) {
		throw validationFailed('invalid request: both auth code and code verifier should be non-empty');
	}
	const { rows } = await db.query<{
		user_id: string;
		code_challenge: string;
		code_challenge_method: 's256' | 'plain';
		authentication_method: string;
		auth_code_issued_at: Date | null;
		created_at: Date;
	}>('delete from auth.flow_state where auth_code = $1 returning *', [authCode]);
	const state = rows[0];
	if (!state) {
		throw new AuthError(
			404,
			'flow_state_not_found',
			'invalid flow state, no valid flow state found'
		);
	}
	const issuedAt = state.auth_code_issued_at ?? state.created_at;
	if (Date.now() > issuedAt.getTime() + AUTH_CODE_SECONDS * 1000) {
		throw new AuthError(400, 'flow_state_expired', 'invalid flow state, flow state has expired');
	}
	const expected =
		state.code_challenge_method === 's256'
			? createHash('sha256').update(verifier).digest('base64url')
			: verifier;
	if (!constantTimeEqual(expected, state.code_challenge)) {
		throw new AuthError(
			403,
			'bad_code_verifier',
			'code challenge does not match previously saved code verifier'
		);
	}
	return { userId: state.user_id, authenticationMethod: state.authentication_method };
}
