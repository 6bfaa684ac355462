/**
 * Tells an organisation's members about the office's decision on their revision, each in their
 * own language (the locale kept with their account when they were invited; German otherwise).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';
import { composeMail } from './mail/compose';
import { appMailer } from './mail/outbox';
import { translate } from './i18n';
import { createServiceRoleClient } from './supabase';

type Decision = { kind: 'approved' } | { kind: 'rejected'; reason: string };

/** Members' addresses and languages: accounts are read with the service role (no user involved). */
async function memberRecipients(
	supabase: SupabaseClient<Database>,
	organisationId: string
): Promise<Array<{ email: string; locale: Locale }>> {
	const { data, error } = await supabase
		.from('organisation_members')
		.select('user_id')
		.eq('organisation_id', organisationId);
	if (error) throw new Error(`could not list the organisation's members: ${error.message}`);
	const admin = createServiceRoleClient().auth.admin;
	const accounts = await Promise.all(data.map(({ user_id }) => admin.getUserById(user_id)));
	return accounts.flatMap(({ data: account }) => {
		const user = account.user;
		if (!user?.email) return [];
		const locale: unknown = user.user_metadata?.locale;
		return [{ email: user.email, locale: isLocale(locale) ? locale : DEFAULT_LOCALE }];
	});
}

export async function mailDecision(
	supabase: SupabaseClient<Database>,
	organisation: { id: string; name: string },
	decision: Decision,
	appUrl: string
): Promise<void> {
	const recipients = await memberRecipients(supabase, organisation.id);
	const mailer = appMailer();
	const url = new URL(`/portal/organisationen/${organisation.id}`, appUrl).href;
	for (const { email, locale } of recipients) {
		const say = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
			translate(locale, key, params);
		const name = { name: organisation.name };
		await mailer.send(
			composeMail({
				to: email,
				locale,
				subject:
					decision.kind === 'rejected'
						? say('entry.mail.rejected.subject', name)
						: say('entry.mail.approved.subject', name),
				paragraphs:
					decision.kind === 'rejected'
						? [
								say('entry.mail.rejected.body', name),
								say('entry.mail.rejected.reason', { reason: decision.reason })
							]
						: [say('entry.mail.approved.body', name)],
				action: { label: say('entry.mail.action'), url },
				footer: [say('entry.mail.footer')]
			})
		);
	}
}
