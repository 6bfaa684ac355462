import {
	confirmationDue,
	monthsBefore,
	REMINDER_AFTER_MONTHS,
	reminderPeriod
} from '$lib/domain/freshness';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { composeMail } from '../mail/compose';
import { translate } from '../i18n';
import type { Job, JobContext } from './job';
import { LINK_LIFETIME_DAYS, linkExpiry, signLink, type ReminderAction } from './signed-links';

type Organisation = { id: string; name: string; last_confirmed_at: string | null };
type Recipient = { email: string; locale: Locale };

/** The members who accepted their invitation, each in the language they chose. */
async function recipientsOf({ admin }: JobContext, organisationId: string): Promise<Recipient[]> {
	const { data, error } = await admin
		.from('organisation_members')
		.select('user_id')
		.eq('organisation_id', organisationId);
	if (error) throw new Error(`could not read members: ${error.message}`);
	const users = await Promise.all(
		data.map(async ({ user_id }) => (await admin.auth.admin.getUserById(user_id)).data.user)
	);
	return users.flatMap((user) => {
		if (!user?.email || !user.email_confirmed_at) return [];
		const locale: unknown = user.user_metadata?.locale;
		return [{ email: user.email, locale: isLocale(locale) ? locale : 'de' }];
	});
}

/** Takes the reminder for this period; false when another run has it already. */
async function claim({ admin }: JobContext, organisation: Organisation): Promise<string | null> {
	const key = `${organisation.id}:${reminderPeriod(organisation.last_confirmed_at)}`;
	const { data, error } = await admin
		.from('reminder_claims')
		.upsert(
			{ job: freshnessJob.name, key, organisation_id: organisation.id },
			{ onConflict: 'job,key', ignoreDuplicates: true }
		)
		.select('id');
	if (error) throw new Error(`could not claim a reminder: ${error.message}`);
	return data[0]?.id ?? null;
}

function reminderMail(context: JobContext, organisation: Organisation, recipient: Recipient) {
	const { locale } = recipient;
	const expiresAt = linkExpiry(context.now);
	const link = (action: ReminderAction) =>
		`${context.appUrl}/erinnerung/${signLink({ organisationId: organisation.id, action, expiresAt }, context.linkSecret)}`;
	const params = { organisation: organisation.name };
	const date = organisation.last_confirmed_at
		? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(
				new Date(organisation.last_confirmed_at)
			)
		: null;
	return composeMail({
		to: recipient.email,
		locale,
		subject: translate(locale, 'reminder.mail.subject', params),
		paragraphs: [
			date
				? translate(locale, 'reminder.mail.last', { ...params, date })
				: translate(locale, 'reminder.mail.never', params),
			translate(locale, 'reminder.mail.ask'),
			`${translate(locale, 'reminder.mail.edit')}: ${link('edit')}`,
			`${translate(locale, 'reminder.mail.inactive')}: ${link('inactive')}`,
			translate(locale, 'reminder.mail.valid', { days: LINK_LIFETIME_DAYS })
		],
		action: { label: translate(locale, 'reminder.mail.confirm'), url: link('confirm') },
		footer: [translate(locale, 'reminder.mail.footer', params)]
	});
}

/**
 * Asks the members of every published entry not confirmed for eleven months whether it is still
 * correct, once per period (the period starts with each confirmation). The claim row is written
 * before the mail goes out, so a second run, or one running at the same time, sends nothing.
 */
export const freshnessJob: Job = {
	name: 'freshness',
	async run(context) {
		const { data, error } = await context.admin
			.from('organisations')
			.select('id, name, last_confirmed_at')
			.eq('status', 'published')
			.or(
				`last_confirmed_at.is.null,last_confirmed_at.lt.${monthsBefore(context.now, REMINDER_AFTER_MONTHS).toISOString()}`
			)
			.order('name');
		if (error) throw new Error(`could not list entries due for confirmation: ${error.message}`);
		let sent = 0;
		let skipped = 0;
		for (const organisation of data) {
			if (!confirmationDue(organisation.last_confirmed_at, context.now)) continue;
			const recipients = await recipientsOf(context, organisation.id);
			const claimId = recipients.length ? await claim(context, organisation) : null;
			if (!claimId) {
				skipped++;
				continue;
			}
			for (const recipient of recipients)
				await context.mailer.send(reminderMail(context, organisation, recipient));
			await context.admin
				.from('reminder_claims')
				.update({ sent_at: new Date().toISOString(), recipients: recipients.length })
				.eq('id', claimId);
			sent++;
		}
		return { job: this.name, sent, skipped };
	}
};
