import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
/**
 * How mail leaves the system, shared by the embedded stack's auth service and the app: SMTP in
 * production, JSON files in the dev mailbox (`<dataDir>/mailbox/`) on the embedded stack. Plain
 * Node with no `$lib` imports, so the stack (run by Node directly) can import it too.
 */

/** A language tag of the recipient (the app's five, the auth service's two). */
export type Mail = { to: string; subject: string; text: string; html: string; locale: string };
export type StoredMail = Mail & { id: string; from: string; sentAt: string };

export type Mailbox = {
	/** Newest first; only mails to `to` when given (case-insensitive). */
	list(to?: string): Promise<StoredMail[]>;
	get(id: string): Promise<StoredMail | null>;
};

export type Mailer = {
	send(mail: Mail): Promise<void>;
	/** The dev mailbox; null when mail goes out by SMTP. */
	mailbox: Mailbox | null;
	close(): void;
};

const ID_PATTERN = /^[0-9]{13}-[0-9a-f]{8}$/;

function devMailbox(folder: string, from: string): Mailer {
	const read = async (file: string) =>
		JSON.parse(await readFile(join(folder, file), 'utf8')) as StoredMail;
	const mailbox: Mailbox = {
		async list(to) {
			const files = await readdir(folder).catch(() => [] as string[]);
			const ids = files
				.filter((file) => file.endsWith('.json'))
				.sort()
				.reverse();
			const mails = await Promise.all(ids.map(read));
			const wanted = to?.trim().toLowerCase();
			return wanted ? mails.filter((mail) => mail.to.toLowerCase() === wanted) : mails;
		},
		async get(id) {
			if (!ID_PATTERN.test(id)) return null;
			return read(`${id}.json`).catch(() => null);
		}
	};
	let last = 0;
	return {
		mailbox,
		async send(mail) {
			// Millisecond prefix keeps file names in sending order, even for two mails in one ms.
			last = Math.max(Date.now(), last + 1);
			const id = `${last}-${randomBytes(4).toString('hex')}`;
			const stored: StoredMail = { id, from, sentAt: new Date(last).toISOString(), ...mail };
			await mkdir(folder, { recursive: true });
			await writeFile(join(folder, `${id}.json`), JSON.stringify(stored, null, '\t'), {
				mode: 0o600
			});
		},
		close() {}
	};
}

function smtpMailer(url: string, from: string): Mailer {
	const transport = nodemailer.createTransport(url);
	return {
		mailbox: null,
		async send(mail) {
			await transport.sendMail({
				from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				html: mail.html
			});
		},
		close: () => transport.close()
	};
}

/** The dev mailbox's folder in a stack's data folder; the app finds it through DEV_MAILBOX_DIR. */
export const mailboxFolder = (dataDir: string) => join(dataDir, 'mailbox');

/** SMTP when `smtpUrl` is set (production), otherwise JSON files under `<dataDir>/mailbox/`. */
export function createMailer(options: {
	dataDir: string;
	smtpUrl?: string;
	from?: string;
}): Mailer {
	const from = options.from || 'Bündnisatlas <noreply@localhost>';
	return options.smtpUrl
		? smtpMailer(options.smtpUrl, from)
		: devMailbox(mailboxFolder(options.dataDir), from);
}

/** A mailer writing straight into a dev mailbox folder (the app on the embedded stack). */
export const devMailer = (folder: string, from?: string): Mailer =>
	devMailbox(folder, from || 'Bündnisatlas <noreply@localhost>');
