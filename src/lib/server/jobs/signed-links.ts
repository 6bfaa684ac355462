import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * One-click links in reminder mails: whoever holds the link may do this one thing for this one
 * organisation until it expires, without signing in (volunteers read mail on a phone, far from
 * their password). The token is the claim and an HMAC-SHA256 over it with the link secret.
 * Relative imports only: the cron runner loads this without SvelteKit.
 */

export const REMINDER_ACTIONS = ['confirm', 'edit', 'inactive'] as const;
export type ReminderAction = (typeof REMINDER_ACTIONS)[number];

export type LinkClaim = {
	organisationId: string;
	action: ReminderAction;
	/** Expiry, seconds since the epoch. */
	expiresAt: number;
};

/** Long enough for a volunteer who reads mail once a week or two. */
export const LINK_LIFETIME_DAYS = 30;

export type LinkVerdict =
	{ ok: true; claim: LinkClaim } | { ok: false; reason: 'malformed' | 'tampered' | 'expired' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const sign = (payload: string, secret: string) =>
	createHmac('sha256', secret).update(payload).digest('base64url');

/** A token for `claim`: `<payload>.<signature>`, URL-safe. */
export function signLink(claim: LinkClaim, secret: string): string {
	const payload = Buffer.from(
		JSON.stringify([claim.organisationId, claim.action, claim.expiresAt])
	).toString('base64url');
	return `${payload}.${sign(payload, secret)}`;
}

function parseClaim(payload: string): LinkClaim | null {
	try {
		const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		if (!Array.isArray(value) || value.length !== 3) return null;
		const [organisationId, action, expiresAt] = value as unknown[];
		if (typeof organisationId !== 'string' || !UUID.test(organisationId)) return null;
		if (!REMINDER_ACTIONS.includes(action as ReminderAction)) return null;
		if (typeof expiresAt !== 'number' || !Number.isInteger(expiresAt)) return null;
		return { organisationId, action: action as ReminderAction, expiresAt };
	} catch {
		return null;
	}
}

/** Checks the signature first (nothing unsigned is even parsed), then the expiry. */
export function verifyLink(token: string, secret: string, now: Date): LinkVerdict {
	const [payload, signature, ...rest] = token.split('.');
	if (!payload || !signature || rest.length) return { ok: false, reason: 'malformed' };
	const expected = Buffer.from(sign(payload, secret));
	const given = Buffer.from(signature);
	if (expected.length !== given.length || !timingSafeEqual(expected, given))
		return { ok: false, reason: 'tampered' };
	const claim = parseClaim(payload);
	if (!claim) return { ok: false, reason: 'malformed' };
	if (now.getTime() / 1000 > claim.expiresAt) return { ok: false, reason: 'expired' };
	return { ok: true, claim };
}

/** Expiry for a link issued at `now`. */
export const linkExpiry = (now: Date, days = LINK_LIFETIME_DAYS) =>
	Math.floor(now.getTime() / 1000) + days * 24 * 3600;

/**
 * The secret links are signed with: LINK_SECRET when set, otherwise derived from the
 * service-role key, which the app and the cron runner both hold already (one secret less to
 * configure; rotating the key invalidates outstanding links, which is what rotation is for).
 */
export function linkSecretFrom(env: Record<string, string | undefined>) {
	if (env.LINK_SECRET) return env.LINK_SECRET;
	if (!env.SUPABASE_SERVICE_ROLE_KEY)
		throw new Error('Set LINK_SECRET (or SUPABASE_SERVICE_ROLE_KEY) to sign reminder links.');
	return createHmac('sha256', env.SUPABASE_SERVICE_ROLE_KEY)
		.update('buendnisatlas reminder links')
		.digest('hex');
}
