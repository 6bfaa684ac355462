import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { verifyLink, type LinkClaim } from './signed-links';

/**
 * What following a reminder link does. The link is the authority (signed, expiring, one action
 * for one organisation), so the service role carries it out: the person need not sign in.
 *   confirm   stamps the confirmation date at once (one click, as promised in the mail);
 *   edit      only leads to the portal, where signing in decides as always;
 *   inactive  asks first (a GET must not take an entry offline: mail scanners follow links),
 *             then archives the entry; the office can restore it.
 */
export type ReminderLinkOutcome =
	| { kind: 'invalid' }
	| { kind: 'confirmed'; organisation: string }
	| { kind: 'edit'; organisationId: string }
	| { kind: 'ask-inactive'; organisation: string }
	| { kind: 'archived'; organisation: string };

type Admin = SupabaseClient<Database>;

async function organisationOf(admin: Admin, claim: LinkClaim) {
	const { data, error } = await admin
		.from('organisations')
		.select('id, name, status')
		.eq('id', claim.organisationId)
		.maybeSingle();
	if (error) throw new Error(`could not read the organisation: ${error.message}`);
	return data;
}

/** The link opened (GET): verify, then confirm, lead to editing, or ask about archiving. */
export async function openReminderLink(
	admin: Admin,
	token: string,
	secret: string,
	now: Date
): Promise<ReminderLinkOutcome> {
	const verdict = verifyLink(token, secret, now);
	if (!verdict.ok) return { kind: 'invalid' };
	const { claim } = verdict;
	const organisation = await organisationOf(admin, claim);
	if (!organisation || organisation.status === 'archived') return { kind: 'invalid' };
	if (claim.action === 'edit') return { kind: 'edit', organisationId: organisation.id };
	if (claim.action === 'inactive') return { kind: 'ask-inactive', organisation: organisation.name };
	const { error } = await admin
		.from('organisations')
		.update({ last_confirmed_at: now.toISOString() })
		.eq('id', organisation.id);
	if (error) throw new Error(`could not confirm the entry: ${error.message}`);
	return { kind: 'confirmed', organisation: organisation.name };
}

/** "No longer active", confirmed by a POST from the question page: the entry is archived. */
export async function archiveByReminderLink(
	admin: Admin,
	token: string,
	secret: string,
	now: Date
): Promise<ReminderLinkOutcome> {
	const verdict = verifyLink(token, secret, now);
	if (!verdict.ok || verdict.claim.action !== 'inactive') return { kind: 'invalid' };
	const organisation = await organisationOf(admin, verdict.claim);
	if (!organisation) return { kind: 'invalid' };
	const { error } = await admin
		.from('organisations')
		.update({ status: 'archived' })
		.eq('id', organisation.id);
	if (error) throw new Error(`could not archive the entry: ${error.message}`);
	return { kind: 'archived', organisation: organisation.name };
}
