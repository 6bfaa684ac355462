import { describe, expect, it } from 'vitest';
import { diffEntry, hoursWeek, isEmptyDiff } from './entry-diff';
import { entrySnapshot, type EntrySnapshot } from './entry-snapshot';

const SERVICE = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a01';
const PLACE = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a02';
const SLOT = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a03';

const base: EntrySnapshot = entrySnapshot.parse({
	profile: {
		name: 'AdiBe',
		short_name: null,
		kind: 'counselling_service',
		description: 'Alte Beschreibung',
		website: 'https://adibe.example.org',
		email: null,
		phone: null,
		legal_form: null,
		term_ids: []
	},
	texts: [
		{ field: 'description', language: 'en', text: 'Old text', provenance: 'machine_translated' }
	],
	services: [
		{
			id: SERVICE,
			name: 'Beratung',
			description: null,
			eligibility_description: null,
			application_process: null,
			fees_description: null,
			free_of_charge: true,
			anonymous_possible: false,
			appointment_required: false,
			interpreter_on_request: false,
			access_modes: ['in_person'],
			url: null,
			email: null,
			phone: null,
			languages: ['de'],
			term_ids: [],
			location_ids: [PLACE],
			texts: []
		}
	],
	locations: [
		{
			id: PLACE,
			name: 'Büro',
			description: null,
			address_1: 'Weg 1',
			address_2: null,
			postal_code: '34117',
			city: 'Kassel',
			district_id: null,
			latitude: 51.3,
			longitude: 9.5,
			visibility: 'exact',
			wheelchair_accessible: true,
			accessible_toilet: null,
			hearing_loop: null,
			accessibility_notes: null,
			transportation: null
		}
	],
	hours: {
		slots: [
			{
				id: SLOT,
				location_id: PLACE,
				service_id: null,
				weekday: 1,
				opens_at: '09:00',
				closes_at: '12:00',
				appointment_only: false,
				description: null
			}
		],
		exceptions: []
	},
	contacts: [],
	logo: { path: null }
});

describe('diffEntry', () => {
	it('finds nothing between an entry and itself', () => {
		const diff = diffEntry(base, structuredClone(base));
		expect(diff).toEqual({ fields: [], hours: null });
		expect(isEmptyDiff(diff)).toBe(true);
	});

	it('lists a changed profile field as old → new', () => {
		const after = structuredClone(base);
		after.profile.description = 'Neue Beschreibung';
		expect(diffEntry(base, after).fields).toEqual([
			{
				section: 'profile',
				subject: null,
				field: 'description',
				language: null,
				before: 'Alte Beschreibung',
				after: 'Neue Beschreibung'
			}
		]);
	});

	it('lists texts per language, with a change of provenance on its own line', () => {
		const after = structuredClone(base);
		after.texts = [
			{
				field: 'description',
				language: 'en',
				text: 'New text',
				provenance: 'translated_by_person'
			},
			{ field: 'description', language: 'tr', text: 'Yeni', provenance: 'written_by_organisation' }
		];
		expect(diffEntry(base, after).fields).toEqual([
			{
				section: 'texts',
				subject: null,
				field: 'description',
				language: 'en',
				before: 'Old text',
				after: 'New text'
			},
			{
				section: 'texts',
				subject: null,
				field: 'provenance',
				language: 'en',
				before: 'machine_translated',
				after: 'translated_by_person'
			},
			{
				section: 'texts',
				subject: null,
				field: 'description',
				language: 'tr',
				before: null,
				after: 'Yeni'
			}
		]);
	});

	it('names the service a field belongs to, and lists added and removed services whole', () => {
		const after = structuredClone(base);
		after.services[0]!.languages = ['de', 'tr'];
		after.services.push({
			...structuredClone(base.services[0]!),
			id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a09',
			name: 'Neu'
		});
		const changes = diffEntry(base, after).fields;
		expect(changes).toContainEqual({
			section: 'services',
			subject: 'Beratung',
			field: 'languages',
			language: null,
			before: 'de',
			after: 'de\ntr'
		});
		expect(changes).toContainEqual({
			section: 'services',
			subject: null,
			field: 'added',
			language: null,
			before: null,
			after: 'Neu'
		});
		const removed = structuredClone(base);
		removed.locations = [];
		expect(diffEntry(base, removed).fields).toEqual([
			{
				section: 'locations',
				subject: null,
				field: 'removed',
				language: null,
				before: 'Büro',
				after: null
			}
		]);
	});

	it('lists an added service field by field, with places, services and terms by name', () => {
		const TERM = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a0a';
		const after = structuredClone(base);
		after.services.push({
			...structuredClone(base.services[0]!),
			id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a0b',
			name: 'Jugendberatung',
			anonymous_possible: true,
			access_modes: ['phone', 'chat'],
			term_ids: [TERM]
		});
		after.contacts.push({
			id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a0c',
			service_id: SERVICE,
			name: 'Aylin Demir',
			title: null,
			email: 'aylin@example.org',
			phone: null,
			show_publicly: false
		});
		const names = { term: (id: string) => (id === TERM ? 'Rassismus' : undefined) };
		const changes = diffEntry(base, after, names).fields;
		const of = (subject: string, field: string) =>
			changes.find((change) => change.subject === subject && change.field === field);
		expect(changes[0]).toMatchObject({
			section: 'services',
			field: 'added',
			after: 'Jugendberatung'
		});
		expect(of('Jugendberatung', 'location_ids')).toMatchObject({ before: null, after: 'Büro' });
		expect(of('Jugendberatung', 'term_ids')).toMatchObject({ before: null, after: 'Rassismus' });
		expect(of('Jugendberatung', 'access_modes')).toMatchObject({ after: 'chat\nphone' });
		expect(of('Jugendberatung', 'anonymous_possible')).toMatchObject({ after: 'true' });
		expect(of('Jugendberatung', 'description')).toBeUndefined();
		expect(changes.some((change) => change.field === 'id' || change.field === 'texts')).toBe(false);
		expect(of('Aylin Demir', 'service_id')).toMatchObject({ before: null, after: 'Beratung' });
		expect(of('Aylin Demir', 'show_publicly')).toMatchObject({ before: null, after: 'false' });
		// Without the vocabularies, a term is still shown (by its id), never dropped.
		expect(diffEntry(base, after).fields.find((change) => change.field === 'term_ids')?.after).toBe(
			TERM
		);
	});

	it('shows a changed contact field by field, naming the contact', () => {
		const contact = {
			id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a0d',
			service_id: null,
			name: 'Aylin Demir',
			title: 'Beratung',
			email: 'aylin@example.org',
			phone: null,
			show_publicly: true
		};
		const before = { ...structuredClone(base), contacts: [contact] };
		const after = {
			...structuredClone(base),
			contacts: [{ ...contact, email: 'demir@example.org', show_publicly: false }]
		};
		expect(diffEntry(before, after).fields).toEqual([
			{
				section: 'contacts',
				subject: 'Aylin Demir',
				field: 'email',
				language: null,
				before: 'aylin@example.org',
				after: 'demir@example.org'
			},
			{
				section: 'contacts',
				subject: 'Aylin Demir',
				field: 'show_publicly',
				language: null,
				before: 'true',
				after: 'false'
			}
		]);
	});

	it('shows changed hours as two weeks, Monday to Sunday, and ignores a mere reordering', () => {
		const after = structuredClone(base);
		after.hours.slots.push({
			...base.hours.slots[0]!,
			id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a10',
			weekday: 3,
			opens_at: '14:00',
			closes_at: '18:00',
			appointment_only: true
		});
		const diff = diffEntry(base, after);
		expect(diff.fields).toEqual([]);
		expect(diff.hours?.before.map((day) => day.slots.length)).toEqual([1, 0, 0, 0, 0, 0, 0]);
		expect(diff.hours?.after[2]).toEqual({
			weekday: 3,
			slots: [{ opens_at: '14:00', closes_at: '18:00', appointment_only: true, description: null }]
		});
		const reordered = structuredClone(after);
		reordered.hours.slots.reverse();
		expect(diffEntry(after, reordered).hours).toBeNull();
	});

	it('lists a new dated exception', () => {
		const after = structuredClone(base);
		after.hours.exceptions = [
			{
				id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2a11',
				location_id: null,
				service_id: null,
				starts_on: '2026-12-24',
				ends_on: '2026-12-26',
				closed: true,
				opens_at: null,
				closes_at: null,
				description: 'Weihnachten'
			}
		];
		const diff = diffEntry(base, after);
		expect(diff.hours?.exceptionsBefore).toEqual([]);
		expect(diff.hours?.exceptionsAfter.map((row) => row.description)).toEqual(['Weihnachten']);
	});
});

describe('hoursWeek', () => {
	it('sorts each day by opening time', () => {
		const slot = base.hours.slots[0]!;
		const week = hoursWeek([
			{ ...slot, opens_at: '14:00', closes_at: '16:00' },
			{ ...slot, opens_at: '08:00', closes_at: '10:00' }
		]);
		expect(week[0]!.slots.map((s) => s.opens_at)).toEqual(['08:00', '14:00']);
	});
});
