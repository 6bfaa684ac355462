/**
 * The mails around a "please list us" request: a receipt to the requester when it arrives, a
 * notice to the office, and the office's "no" with its reason. Each in its reader's language;
 * the invitation that an acceptance sends is Auth's own mail (see acceptJoinRequest).
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';
import { translate } from './i18n';
import { composeMail } from './mail/compose';
import { appMailer } from './mail/outbox';
import { createServiceRoleClient } from './supabase';

type Request = { organisationName: string; email: string; locale: Locale };

export async function mailRequestReceived(request: Request): Promise<void> {
	const { locale } = request;
	await appMailer().send(
		composeMail({
			to: request.email,
			locale,
			subject: translate(locale, 'joinMail.received.subject'),
			paragraphs: [
				translate(locale, 'joinMail.received.body', { name: request.organisationName }),
				translate(locale, 'joinMail.received.next')
			],
			footer: [translate(locale, 'joinMail.footer')]
		})
	);
}

/** Every office colleague hears of a new request, in the language their account was made in. */
export async function notifyOfficeOfRequest(request: Request, appUrl: string): Promise<void> {
	const service = createServiceRoleClient();
	const { data: staff, error } = await service.from('staff').select('user_id');
	if (error) throw new Error(`could not list the office: ${error.message}`);
	const users = await Promise.all(
		staff.map(({ user_id }) => service.auth.admin.getUserById(user_id))
	);
	const mailer = appMailer();
	for (const { data } of users) {
		const email = data.user?.email;
		if (!email) continue;
		const wanted: unknown = data.user?.user_metadata?.locale;
		const locale = isLocale(wanted) ? wanted : DEFAULT_LOCALE;
		await mailer.send(
			composeMail({
				to: email,
				locale,
				subject: translate(locale, 'joinMail.notice.subject', { name: request.organisationName }),
				paragraphs: [
					translate(locale, 'joinMail.notice.body', {
						name: request.organisationName,
						email: request.email
					})
				],
				action: {
					label: translate(locale, 'joinMail.notice.action'),
					url: new URL('/office/anfragen', appUrl).href
				}
			})
		);
	}
}

export async function mailRequestDeclined(request: Request & { reason: string }): Promise<void> {
	const { locale } = request;
	await appMailer().send(
		composeMail({
			to: request.email,
			locale,
			subject: translate(locale, 'joinMail.declined.subject'),
			paragraphs: [
				translate(locale, 'joinMail.declined.body', { name: request.organisationName }),
				request.reason
			],
			footer: [translate(locale, 'joinMail.footer')]
		})
	);
}
