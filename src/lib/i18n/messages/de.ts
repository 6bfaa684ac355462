/** German: the source language. Every user-facing string of the app has its key here or in an area. */
import { areaMessages } from './areas.ts';

const core = {
	'site.name': 'Bündnisatlas Kassel',
	'site.tagline': 'Beratung und Unterstützung gegen Rassismus und Diskriminierung',
	'nav.skipToContent': 'Zum Inhalt springen',
	'nav.main': 'Hauptnavigation',
	'nav.home': 'Startseite',
	'nav.language': 'Sprache',
	'home.title': 'Wer hilft bei Rassismus und Diskriminierung?',
	'home.intro':
		'Beratungsstellen, Migrantenorganisationen und Initiativen in Kassel, die Menschen unterstützen, die Rassismus oder Diskriminierung erleben.',
	'home.organisations': 'Organisationen im Bündnis',
	'home.count':
		'{count, plural, one {# veröffentlichte Organisation} other {# veröffentlichte Organisationen}}',
	'home.empty': 'Noch keine Organisation veröffentlicht.',
	'organisation.kind.migrant_organisation': 'Migrantenorganisation',
	'organisation.kind.counselling_service': 'Beratungsstelle',
	'organisation.kind.initiative': 'Initiative',
	'organisation.kind.public_body': 'Öffentliche Stelle',
	'organisation.kind.network': 'Netzwerk / Bündnis',
	'error.title': 'Etwas ist schiefgelaufen',
	'error.notFound': 'Diese Seite gibt es nicht.',
	'error.unavailable':
		'Die Daten sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
	'error.backHome': 'Zur Startseite',
	'nav.account': 'Konto',
	'nav.signIn': 'Anmelden',
	'nav.signOut': 'Abmelden',
	'nav.signedInAs': 'Angemeldet als {email}',
	'nav.portal': 'Meine Organisationen',
	'nav.office': 'Geschäftsstelle',
	'nav.join': 'Mitmachen',
	'form.errorSummary': 'Bitte prüfen Sie die markierten Angaben.',
	'form.unavailable':
		'Das hat gerade nicht geklappt: Die Daten sind vorübergehend nicht erreichbar. Ihre Eingaben sind noch da; bitte senden Sie das Formular in einigen Minuten erneut.',
	'form.titleErrors': 'Fehler:',
	'form.remaining':
		'Noch {count, plural, one {# Zeichen} other {# Zeichen}} frei (höchstens {max}).',
	'form.email.label': 'E-Mail-Adresse',
	'form.email.invalid':
		'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
	'form.password.label': 'Passwort',
	'form.password.required': 'Bitte geben Sie Ihr Passwort ein.',
	'form.password.tooShort': 'Das Passwort muss mindestens 10 Zeichen lang sein.',
	'form.password.tooLong': 'Das Passwort darf höchstens 72 Zeichen lang sein.',
	'form.newPassword.label': 'Neues Passwort',
	'form.newPassword.hint':
		'Mindestens 10 Zeichen. Ein langer Satz ist leichter zu merken und schwerer zu erraten.',
	'form.passwordConfirm.label': 'Neues Passwort wiederholen',
	'form.passwordConfirm.mismatch': 'Die beiden Passwörter stimmen nicht überein.',
	'form.organisation.label': 'Organisation',
	'form.organisation.required': 'Bitte wählen Sie eine Organisation.',
	'form.role.label': 'Rolle',
	'form.role.invalid': 'Bitte wählen Sie eine Rolle.',
	'form.choose': 'Bitte wählen',
	'form.organisationName.invalid':
		'Bitte geben Sie den Namen der Organisation ein (2 bis 200 Zeichen).',
	'form.kind.required': 'Bitte wählen Sie die Art der Organisation.',
	'form.description.invalid': 'Bitte beschreiben Sie Ihre Arbeit in 10 bis 1000 Zeichen.',
	'form.consent.required': 'Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten können.',
	'authError.invalid_credentials':
		'E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingabe.',
	'authError.email_not_confirmed':
		'Ihre E-Mail-Adresse ist noch nicht bestätigt. Bitte öffnen Sie den Link in der E-Mail, die wir Ihnen geschickt haben.',
	'authError.user_banned':
		'Dieses Konto ist gesperrt. Bitte wenden Sie sich an die Geschäftsstelle.',
	'authError.weak_password':
		'Dieses Passwort ist zu leicht zu erraten. Bitte wählen Sie ein längeres.',
	'authError.same_password': 'Das neue Passwort muss sich vom bisherigen unterscheiden.',
	'authError.otp_expired':
		'Der Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.',
	'authError.over_request_rate_limit':
		'Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.',
	'authError.over_email_send_rate_limit':
		'Wir haben gerade schon eine E-Mail an diese Adresse geschickt. Bitte warten Sie eine Minute, bevor Sie eine neue anfordern.',
	'authError.email_exists': 'Zu dieser E-Mail-Adresse gibt es schon ein Konto.',
	'authError.validation_failed':
		'Die Angaben sind unvollständig oder ungültig. Bitte prüfen Sie sie.',
	'authError.session_expired': 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
	'authError.user_not_found': 'Zu dieser E-Mail-Adresse gibt es kein Konto.',
	'authError.signup_disabled': 'Neue Konten werden nur auf Einladung angelegt.',
	'authError.unexpected': 'Das hat leider nicht geklappt. Bitte versuchen Sie es später erneut.',
	'signIn.title': 'Anmelden',
	'signIn.intro': 'Für Organisationen im Bündnis und die Geschäftsstelle.',
	'signIn.passwordHeading': 'Mit Passwort',
	'signIn.submit': 'Anmelden',
	'signIn.forgot': 'Passwort vergessen?',
	'signIn.magicHeading': 'Mit Anmeldelink',
	'signIn.magicIntro': 'Wir schicken Ihnen einen Link, mit dem Sie sich ohne Passwort anmelden.',
	'signIn.magicSubmit': 'Anmeldelink senden',
	'signIn.magicSent':
		'Wenn es zu dieser Adresse ein Konto gibt, ist ein Anmeldelink unterwegs. Bitte sehen Sie in Ihr Postfach.',
	'signIn.noAccount':
		'Noch kein Konto? Konten werden auf Einladung angelegt. Ihre Organisation möchte ins Verzeichnis?',
	'forgotPassword.title': 'Passwort vergessen',
	'forgotPassword.intro':
		'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
	'forgotPassword.submit': 'Link senden',
	'forgotPassword.sent':
		'Wenn es zu dieser Adresse ein Konto gibt, haben wir eine E-Mail mit einem Link geschickt. Der Link ist eine Stunde gültig.',
	'forgotPassword.backToSignIn': 'Zurück zur Anmeldung',
	'updatePassword.title': 'Neues Passwort festlegen',
	'updatePassword.intro':
		'Angemeldet als {email}. Legen Sie Ihr Passwort fest, um sich künftig damit anzumelden.',
	'updatePassword.submit': 'Passwort speichern',
	'authErrorPage.title': 'Das hat nicht geklappt',
	'authErrorPage.newLink': 'Neuen Link anfordern',
	'authErrorPage.signIn': 'Zur Anmeldung',
	'portal.title': 'Meine Organisationen',
	'portal.intro': 'Organisationen, deren Profil Sie pflegen.',
	'portal.empty': 'Sie gehören noch keiner Organisation an.',
	'portal.invite.heading': 'Kollegin oder Kollegen einladen',
	'portal.invite.intro':
		'Die eingeladene Person kann das Profil der Organisation mit Ihnen pflegen (Rolle: Redaktion).',
	'office.title': 'Geschäftsstelle',
	'office.organisations': 'Alle Organisationen',
	'office.inviteMember.heading': 'Person zu einer Organisation einladen',
	'office.inviteStaff.heading': 'Kollegin oder Kollegen der Geschäftsstelle einladen',
	'invite.submit': 'Einladung senden',
	'invite.sent':
		'Die Einladung ist verschickt. Hatte die Person schon ein Konto, hat sie den Zugang sofort.',
	'invite.forbidden': 'Sie dürfen für diese Organisation niemanden einladen.',
	'invite.failed':
		'Die Einladung konnte nicht verschickt werden. Bitte versuchen Sie es später erneut.',
	'table.name': 'Name',
	'table.kind': 'Art',
	'table.status': 'Status',
	'table.role': 'Ihre Rolle',
	'organisation.status.draft': 'Entwurf',
	'organisation.status.published': 'Veröffentlicht',
	'organisation.status.archived': 'Archiviert',
	'memberRole.owner': 'Verantwortlich',
	'memberRole.editor': 'Redaktion',
	'staffRole.office_admin': 'Administration',
	'staffRole.office_staff': 'Mitarbeit',
	'join.title': 'Ins Verzeichnis aufgenommen werden',
	'join.intro':
		'Ihre Organisation unterstützt Menschen, die Rassismus oder Diskriminierung erleben? Schreiben Sie uns. Die Geschäftsstelle prüft Ihre Anfrage und meldet sich bei Ihnen.',
	'join.name.label': 'Name der Organisation',
	'join.kind.label': 'Art der Organisation',
	'join.email.label': 'E-Mail-Adresse für Rückfragen',
	'join.description.label': 'Was macht Ihre Organisation?',
	'join.description.hint': 'Ein paar Sätze genügen ({min} bis {max} Zeichen).',
	'join.consent.label':
		'Ich bin einverstanden, dass die Geschäftsstelle diese Angaben speichert, um die Anfrage zu bearbeiten, und mich dazu per E-Mail kontaktiert.',
	'join.consent.short': 'Einverständnis',
	'join.homepage.label': 'Dieses Feld bitte leer lassen',
	'join.submit': 'Anfrage senden',
	'join.sent':
		'Vielen Dank! Ihre Anfrage ist bei der Geschäftsstelle angekommen. Wir melden uns per E-Mail.',
	'join.tooMany':
		'Von hier kamen gerade viele Anfragen. Bitte versuchen Sie es in einigen Minuten erneut.',
	'error.forbidden': 'Für diese Seite fehlt Ihrem Konto die Berechtigung.',
	'footer.demo': 'Demo-Installation: Kontaktdaten sind erfunden.'
} as const;

export const de = { ...core, ...areaMessages.de } as const;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;
/** The texts outside the areas, which every translation provides in full. */
export type CoreMessages = Record<keyof typeof core, string>;
