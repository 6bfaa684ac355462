/**
 * Secret feed links: a random token shown once, only its SHA-256 stored. Created, listed and
 * revoked with the signed-in person's own client: the table's policies decide who manages which
 * (a staff member their own person feed, an organisation's members its feed).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { FeedLink } from '$lib/domain/calendar-feeds';
import type { Locale } from '$lib/i18n/locales';

type Client = SupabaseClient<Database>;

export type FeedOwner =
	{ scope: 'person'; userId: string } | { scope: 'organisation'; organisationId: string };

/** 32 random bytes, URL-safe: 43 characters. */
export const newFeedToken = () => randomBytes(32).toString('base64url');

/** The hash as PostgREST takes a bytea: '\x' and hex. */
const hashOf = (token: string) => `\\x${createHash('sha256').update(token).digest('hex')}`;

/** Creates a feed link; the token (for the URL) is returned now and never again. */
export async function createFeed(
	supabase: Client,
	owner: FeedOwner,
	options: { locale: Locale; label?: string }
): Promise<string | null> {
	const token = newFeedToken();
	const { error } = await supabase.from('calendar_feed_tokens').insert({
		scope: owner.scope,
		user_id: owner.scope === 'person' ? owner.userId : null,
		organisation_id: owner.scope === 'organisation' ? owner.organisationId : null,
		token_hash: hashOf(token),
		locale: options.locale,
		label: options.label || null
	});
	return error ? null : token;
}

export async function listFeeds(supabase: Client, owner: FeedOwner): Promise<FeedLink[]> {
	let request = supabase
		.from('calendar_feed_tokens')
		.select('id, label, created_at, revoked_at')
		.order('created_at', { ascending: false })
		.limit(50);
	request =
		owner.scope === 'person'
			? request.eq('scope', 'person').eq('user_id', owner.userId)
			: request.eq('scope', 'organisation').eq('organisation_id', owner.organisationId);
	const { data, error } = await request;
	if (error) throw new Error(`feed links: ${error.message}`);
	return data.map((row) => ({
		id: row.id,
		label: row.label,
		createdAt: row.created_at,
		revokedAt: row.revoked_at
	}));
}

/** Revokes a feed link the person may manage; false when there is none (or it is not theirs). */
export async function revokeFeed(supabase: Client, owner: FeedOwner, id: string): Promise<boolean> {
	let request = supabase
		.from('calendar_feed_tokens')
		// The database dates it (any update revokes); the value only has to be a timestamp.
		.update({ revoked_at: new Date().toISOString() })
		.eq('id', id);
	request =
		owner.scope === 'person'
			? request.eq('user_id', owner.userId)
			: request.eq('organisation_id', owner.organisationId);
	const { data, error } = await request.select('id');
	return !error && data.length === 1;
}
