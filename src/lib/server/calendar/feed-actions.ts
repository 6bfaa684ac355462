/**
 * The create and revoke actions of a feed panel, shared by the office calendar (a staff
 * member's own feed) and the portal (an organisation's feed). The owner comes from the page; the
 * table's policies decide whether the person may manage it.
 */
import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { createFeedSchema, revokeFeedSchema } from '$lib/domain/calendar-feed-forms';
import { feedPath } from '$lib/domain/calendar-feeds';
import { fieldError } from '$lib/domain/form-errors';
import { formAdapter } from '$lib/domain/form-adapter';
import type { Locale } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n/messages/de';
import { createFeed, revokeFeed, type FeedOwner } from './feed-tokens';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';

type Context = {
	supabase: SupabaseClient<Database>;
	locale: Locale;
	origin: string;
	/** The owner a form names (an organisation id for portal forms), or null when it may not. */
	owner: (organisation: string | undefined) => FeedOwner | null;
};

const failed = (organisation: string | undefined, error: MessageKey) =>
	fail(400, { form: 'feed' as const, organisation, error });

export async function createFeedAction(formData: FormData, context: Context) {
	const parsed = await superValidate(formData, formAdapter(createFeedSchema));
	if (!parsed.valid) {
		// A page shows several panels (one per organisation): the refusal names its panel.
		const organisation = formData.get('organisation')?.toString();
		return fail(400, {
			form: 'feed' as const,
			organisation,
			labelError: fieldError(parsed.errors.label),
			labelValue: parsed.data.label,
			error: fieldError(parsed.errors.organisation)
		});
	}
	const owner = context.owner(parsed.data.organisation);
	if (!owner) return failed(parsed.data.organisation, 'calendar.feed.error');
	const token = await createFeed(context.supabase, owner, {
		locale: context.locale,
		label: parsed.data.label
	});
	if (!token) return failed(parsed.data.organisation, 'calendar.feed.error');
	return {
		form: 'feed' as const,
		organisation: parsed.data.organisation,
		createdUrl: `${context.origin}${feedPath(token)}`
	};
}

export async function revokeFeedAction(formData: FormData, context: Context) {
	const parsed = await superValidate(formData, formAdapter(revokeFeedSchema));
	if (!parsed.valid) return failed(undefined, 'calendar.feed.error');
	const owner = context.owner(parsed.data.organisation);
	const done = owner ? await revokeFeed(context.supabase, owner, parsed.data.feed) : false;
	if (!done) return failed(parsed.data.organisation, 'calendar.feed.error');
	return { form: 'feed' as const, organisation: parsed.data.organisation, revoked: true };
}
