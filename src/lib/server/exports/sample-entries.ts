import type { DirectoryEntry, PublicLocation, ServiceSummary } from '$lib/server/directory';

/** Directory rows as the search returns them, for the formatters' unit specs. */
export function sampleLocation(changes: Partial<PublicLocation> = {}): PublicLocation {
	return {
		id: '00000000-0000-4000-8000-00000000000a',
		visibility: 'exact',
		name: 'Beratungsbüro',
		address_1: 'Königsstraße 1',
		address_2: null,
		postal_code: '34117',
		city: 'Kassel',
		district: 'Mitte',
		latitude: 51.3155,
		longitude: 9.4905,
		wheelchair_accessible: true,
		accessible_toilet: false,
		hearing_loop: null,
		transportation: 'Tram 1',
		distance_m: null,
		open_now: false,
		...changes
	};
}

export function sampleService(changes: Partial<ServiceSummary> = {}): ServiceSummary {
	return {
		id: '00000000-0000-4000-8000-0000000000b1',
		name: 'Antidiskriminierungsberatung',
		free_of_charge: true,
		anonymous_possible: true,
		appointment_required: false,
		interpreter_on_request: true,
		access_modes: ['in_person', 'phone'],
		online_only: false,
		languages: ['de', 'tr'],
		discrimination_grounds: ['racism'],
		counselling_types: ['anti_discrimination'],
		life_areas: ['work'],
		...changes
	};
}

export function sampleEntry(changes: Partial<DirectoryEntry> = {}): DirectoryEntry {
	return {
		organisation_id: '00000000-0000-4000-8000-0000000000c1',
		slug: 'adibe',
		name: 'AdiBe – Antidiskriminierungsberatung',
		short_name: 'AdiBe',
		kind: 'counselling_service',
		description: 'Beratung bei Diskriminierung',
		website: 'https://adibe.example.org',
		email: 'info@example.org',
		phone: '+49 561 000000',
		services: [sampleService()],
		locations: [sampleLocation()],
		// The search's row type says number; the database sends null without a place or words.
		distance_m: 0,
		is_open_now: false,
		rank: 0,
		...changes
	};
}
