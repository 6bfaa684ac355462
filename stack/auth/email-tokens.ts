import { randomUUID } from 'node:crypto';
import type { Db } from './db.ts';
import { otpExpired, overEmailSendRateLimit, validationFailed } from './errors.ts';
import { constantTimeEqual, newOtp, tokenHash } from './tokens.ts';
import { updateUser, type UserRow } from './users.ts';

/** Verification types of POST /verify; `email` is resolved to `signup` or `magiclink`. */
export type VerifyType = 'signup' | 'invite' | 'magiclink' | 'recovery' | 'email_change' | 'email';
export const VERIFY_TYPES: VerifyType[] = [
	'signup',
	'invite',
	'magiclink',
	'recovery',
	'email_change',
	'email'
];

type Column = 'confirmation_token' | 'recovery_token';
const COLUMNS: Record<
	'signup' | 'invite' | 'magiclink' | 'recovery',
	{ token: Column; sentAt: keyof UserRow }
> = {
	signup: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
	invite: { token: 'confirmation_token', sentAt: 'confirmation_sent_at' },
	magiclink: { token: 'recovery_token', sentAt: 'recovery_sent_at' },
	recovery: { token: 'recovery_token', sentAt: 'recovery_sent_at' }
};

export type IssuedToken = { otp: string; hash: string };

function newToken(email: string, pkce: boolean): IssuedToken {
	const otp = newOtp();
	const hash = tokenHash(email, otp);
	return { otp, hash: pkce ? `pkce_${hash}` : hash };
}

/** GoTrue's per-user mail frequency (SMTP_MAX_FREQUENCY) for one kind of mail. */
export function checkFrequency(sentAt: Date | null, maxFrequencySeconds: number): void {
	if (!sentAt) return;
	const waitMs = sentAt.getTime() + maxFrequencySeconds * 1000 - Date.now();
	if (waitMs > 0) throw overEmailSendRateLimit(Math.ceil(waitMs / 1000));
}

async function recordOneTimeToken(
	db: Db,
	userId: string,
	type:
		| 'confirmation_token'
		| 'recovery_token'
		| 'email_change_token_new'
		| 'email_change_token_current',
	hash: string,
	relatesTo: string
) {
	await db.query(
		`insert into auth.one_time_tokens (id, user_id, token_type, token_hash, relates_to)
		 values ($1, $2, $3, $4, $5)
		 on conflict (user_id, token_type) do update
		 set token_hash = excluded.token_hash, relates_to = excluded.relates_to, updated_at = now()`,
		[randomUUID(), userId, type, hash, relatesTo]
	);
}

/** A fresh single-use token for a signup, invite, magic-link or recovery mail. */
export async function issueEmailToken(
	db: Db,
	user: UserRow,
	kind: 'signup' | 'invite' | 'magiclink' | 'recovery',
	pkce: boolean
): Promise<IssuedToken> {
	const issued = newToken(user.email!, pkce);
	const { token, sentAt } = COLUMNS[kind];
	await updateUser(db, user.id, { [token]: issued.hash, [sentAt]: new Date() });
	await recordOneTimeToken(db, user.id, token, issued.hash, user.email!);
	return issued;
}

/** Both tokens of a secure e-mail change: one for the current, one for the new address. */
export async function issueEmailChangeTokens(
	db: Db,
	user: UserRow,
	newEmail: string,
	pkce: boolean
) {
	const current = newToken(user.email!, pkce);
	const next = newToken(newEmail, pkce);
	await updateUser(db, user.id, {
		email_change: newEmail,
		email_change_token_current: current.hash,
		email_change_token_new: next.hash,
		email_change_confirm_status: 0,
		email_change_sent_at: new Date()
	});
	await recordOneTimeToken(db, user.id, 'email_change_token_current', current.hash, user.email!);
	await recordOneTimeToken(db, user.id, 'email_change_token_new', next.hash, newEmail);
	return { current, next };
}

/** Single use: every e-mail token of the user goes once one of them has been used. */
export async function clearEmailTokens(db: Db, userId: string): Promise<void> {
	await db.query(
		`update auth.users set confirmation_token = '', recovery_token = '',
			email_change_token_new = '', email_change_token_current = '', updated_at = now()
		 where id = $1`,
		[userId]
	);
	await db.query('delete from auth.one_time_tokens where user_id = $1', [userId]);
}

const isExpired = (sentAt: Date | null, expirySeconds: number) =>
	!sentAt || Date.now() > sentAt.getTime() + expirySeconds * 1000;

export type Match = {
	user: UserRow;
	type: Exclude<VerifyType, 'email'>;
	/** For email_change: which address the token belonged to. */
	address?: 'current' | 'new';
	pkce: boolean;
};

function checkCandidate(
	user: UserRow,
	type: Exclude<VerifyType, 'email'>,
	matches: (stored: string | null) => boolean,
	expirySeconds: number
): Match | null {
	if (type === 'email_change') {
		for (const address of ['current', 'new'] as const) {
			const stored =
				address === 'current' ? user.email_change_token_current : user.email_change_token_new;
			if (matches(stored) && !isExpired(user.email_change_sent_at, expirySeconds)) {
				return { user, type, address, pkce: stored!.startsWith('pkce_') };
			}
		}
		return null;
	}
	const { token, sentAt } = COLUMNS[type];
	const stored = user[token];
	if (!matches(stored) || isExpired(user[sentAt] as Date | null, expirySeconds)) return null;
	return { user, type, pkce: stored!.startsWith('pkce_') };
}

/**
 * The user a token_hash (from a mail link) belongs to, or 403 otp_expired. The row stays locked
 * until the caller's transaction ends, so a token cannot be used twice at the same moment.
 */
export async function matchTokenHash(
	db: Db,
	type: VerifyType,
	hash: string,
	expirySeconds: number
): Promise<Match> {
	const types: Array<Exclude<VerifyType, 'email'>> =
		type === 'email' ? ['signup', 'magiclink'] : [type];
	if (hash) {
		for (const candidateType of types) {
			const columns =
				candidateType === 'email_change'
					? ['email_change_token_current', 'email_change_token_new']
					: [COLUMNS[candidateType].token];
			const { rows } = await db.query<UserRow>(
				`select * from auth.users where ${columns.map((c) => `${c} = $1`).join(' or ')} limit 1 for update`,
				[hash]
			);
			const match =
				rows[0] &&
				checkCandidate(
					rows[0],
					candidateType,
					(stored) => !!stored && constantTimeEqual(stored, hash),
					expirySeconds
				);
			if (match) return match;
		}
	}
	throw otpExpired();
}

/** The user an e-mail address and 6-digit code belong to, or 403 otp_expired. */
export async function matchEmailOtp(
	db: Db,
	type: VerifyType,
	email: string,
	otp: string,
	expirySeconds: number
): Promise<Match> {
	const types: Array<Exclude<VerifyType, 'email'>> =
		type === 'email' ? ['signup', 'magiclink'] : [type];
	const hash = tokenHash(email, otp);
	const matches = (stored: string | null) =>
		!!stored && (constantTimeEqual(stored, hash) || constantTimeEqual(stored, `pkce_${hash}`));
	const { rows } = await db.query<UserRow>(
		`select * from auth.users where email = $1 or (email_change = $1 and email_change <> '') for update`,
		[email]
	);
	for (const user of rows) {
		for (const candidateType of types) {
			const match = checkCandidate(user, candidateType, matches, expirySeconds);
			if (match) return match;
		}
	}
	throw otpExpired('Token has expired or is invalid');
}

export function parseVerifyType(value: unknown): VerifyType {
	if (typeof value !== 'string' || !VERIFY_TYPES.includes(value as VerifyType)) {
		throw validationFailed(`Verify requires a verification type`);
	}
	return value as VerifyType;
}
