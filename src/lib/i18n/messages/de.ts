/** German: the source language. Every user-facing string of the app has its key here. */
export const de = {
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
	'home.count': '{count} veröffentlichte Organisationen',
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
	'footer.demo': 'Demo-Installation: Kontaktdaten sind erfunden.'
} as const;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;
