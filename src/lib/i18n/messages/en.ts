import type { Messages } from './de.ts';

export const en: Messages = {
	'site.name': 'Bündnisatlas Kassel',
	'site.tagline': 'Counselling and support against racism and discrimination',
	'nav.skipToContent': 'Skip to content',
	'nav.main': 'Main navigation',
	'nav.home': 'Home',
	'nav.language': 'Language',
	'home.title': 'Who helps with racism and discrimination?',
	'home.intro':
		'Counselling services, migrant organisations and initiatives in Kassel that support people who experience racism or discrimination.',
	'home.organisations': 'Organisations in the alliance',
	'home.count': '{count} published organisations',
	'home.empty': 'No organisation has been published yet.',
	'organisation.kind.migrant_organisation': 'Migrant organisation',
	'organisation.kind.counselling_service': 'Counselling service',
	'organisation.kind.initiative': 'Initiative',
	'organisation.kind.public_body': 'Public body',
	'organisation.kind.network': 'Network / alliance',
	'error.title': 'Something went wrong',
	'error.notFound': 'This page does not exist.',
	'error.unavailable': 'The data cannot be reached right now. Please try again later.',
	'error.backHome': 'Back to the home page',
	'footer.demo': 'Demo installation: contact details are made up.'
};
