/** The mails the auth service sends; each names the link type the app's /auth/confirm expects. */
export type MailKind = 'invite' | 'magiclink' | 'recovery' | 'signup' | 'email_change';
export type Locale = 'de' | 'en';

type Texts = { subject: string; lead: string; action: string };

const TEXTS: Record<Locale, Record<MailKind, Texts>> = {
	de: {
		signup: {
			subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
			lead: 'Sie haben sich beim Bündnisatlas registriert. Bitte bestätigen Sie Ihre E-Mail-Adresse.',
			action: 'E-Mail-Adresse bestätigen'
		},
		invite: {
			subject: 'Einladung zum Bündnisatlas',
			lead: 'Sie wurden zum Bündnisatlas eingeladen. Mit dem folgenden Link nehmen Sie die Einladung an.',
			action: 'Einladung annehmen'
		},
		magiclink: {
			subject: 'Ihr Anmeldelink für den Bündnisatlas',
			lead: 'Mit dem folgenden Link melden Sie sich beim Bündnisatlas an.',
			action: 'Jetzt anmelden'
		},
		recovery: {
			subject: 'Passwort zurücksetzen',
			lead: 'Sie möchten Ihr Passwort für den Bündnisatlas zurücksetzen. Mit dem folgenden Link legen Sie ein neues fest.',
			action: 'Neues Passwort festlegen'
		},
		email_change: {
			subject: 'Bitte bestätigen Sie die Änderung Ihrer E-Mail-Adresse',
			lead: 'Für Ihr Konto im Bündnisatlas wurde eine neue E-Mail-Adresse angegeben. Bitte bestätigen Sie die Änderung.',
			action: 'Änderung bestätigen'
		}
	},
	en: {
		signup: {
			subject: 'Please confirm your email address',
			lead: 'You have signed up for Bündnisatlas. Please confirm your email address.',
			action: 'Confirm email address'
		},
		invite: {
			subject: 'You have been invited to Bündnisatlas',
			lead: 'You have been invited to Bündnisatlas. Follow the link below to accept the invitation.',
			action: 'Accept invitation'
		},
		magiclink: {
			subject: 'Your sign-in link for Bündnisatlas',
			lead: 'Follow the link below to sign in to Bündnisatlas.',
			action: 'Sign in now'
		},
		recovery: {
			subject: 'Reset your password',
			lead: 'You asked to reset your Bündnisatlas password. Follow the link below to choose a new one.',
			action: 'Choose a new password'
		},
		email_change: {
			subject: 'Please confirm your new email address',
			lead: 'A new email address was entered for your Bündnisatlas account. Please confirm the change.',
			action: 'Confirm change'
		}
	}
};

const FOOTER: Record<Locale, (code: string) => string[]> = {
	de: (code) => [
		`Sie können stattdessen auch diesen Code eingeben: ${code}`,
		'Link und Code sind eine Stunde gültig und funktionieren nur einmal.',
		'Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.'
	],
	en: (code) => [
		`You can also enter this code instead: ${code}`,
		'The link and code are valid for one hour and work only once.',
		'If you did not expect this email, you can ignore it.'
	]
};

/** 'en' in the user's metadata chooses English; German is the project's source language. */
export const localeOf = (metadata: Record<string, unknown> | null): Locale =>
	metadata?.locale === 'en' ? 'en' : 'de';

const escapeHtml = (value: string) =>
	value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function renderMail(kind: MailKind, locale: Locale, link: string, code: string) {
	const texts = TEXTS[locale][kind];
	const footer = FOOTER[locale](code);
	const text = [texts.lead, '', `${texts.action}: ${link}`, '', ...footer].join('\n');
	const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><title>${escapeHtml(texts.subject)}</title></head>
<body>
<p>${escapeHtml(texts.lead)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(texts.action)}</a></p>
${footer.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</body>
</html>`;
	return { subject: texts.subject, text, html };
}
