import { env } from '$env/dynamic/private';
import { createMailer, devMailer, type Mail, type Mailer } from './transport';

export type { Mail, Mailer };

export class MailNotConfiguredError extends Error {
	constructor() {
		super('Mail is not configured: set SMTP_URL (or DEV_MAILBOX_DIR on the embedded stack).');
	}
}

let shared: Mailer | null = null;

/**
 * The app's own mails (review decisions, join requests, reminders): by SMTP when SMTP_URL is set,
 * as on a real deployment; into the embedded stack's dev mailbox when the stack passes
 * DEV_MAILBOX_DIR, so they appear next to the auth service's mails. Same sender as the auth mails.
 */
export function appMailer(): Mailer {
	if (shared) return shared;
	if (env.SMTP_URL)
		shared = createMailer({ dataDir: '', smtpUrl: env.SMTP_URL, from: env.SMTP_FROM });
	else if (env.DEV_MAILBOX_DIR) shared = devMailer(env.DEV_MAILBOX_DIR, env.SMTP_FROM);
	else throw new MailNotConfiguredError();
	return shared;
}
