import { describe, expect, it } from 'vitest';
import { entryLocation, entrySnapshot, type EntrySnapshot } from './entry-snapshot';
import {
	addressQuery,
	isReferenced,
	placeFormSchema,
	placeFormValues,
	placeFromForm,
	placeReferences,
	placesWith
} from './place-forms';

const PLACE = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2b01';
const OTHER = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2b02';
const DISTRICT = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2b03';

/** A form as posted: every field a string, as FormData gives them. */
const posted = (fields: Record<string, string> = {}) => ({
	version: '3',
	id: PLACE,
	name: 'Beratungsstelle',
	address_1: 'Königsplatz 1',
	address_2: '',
	postal_code: '34117',
	city: 'Kassel',
	district_id: '',
	latitude: '',
	longitude: '',
	visibility: 'exact',
	wheelchair_accessible: 'yes',
	accessible_toilet: 'unknown',
	hearing_loop: 'no',
	accessibility_notes: '',
	transportation: 'Tram 1, Haltestelle Königsplatz',
	description: '',
	...fields
});

const errorsOf = (input: Record<string, unknown>) => {
	const result = placeFormSchema.safeParse(input);
	if (result.success) return {};
	return Object.fromEntries(
		result.error.issues.map((issue) => [issue.path.join('.'), issue.message])
	);
};

describe('place form: bad input is a field error with a message key', () => {
	it('accepts a complete place', () => {
		expect(placeFormSchema.safeParse(posted()).success).toBe(true);
	});

	it.each([
		['postal_code', '3411', 'entry.field.postalCode'],
		['postal_code', '34117<script>', 'entry.field.postalCode'],
		['city', '   ', 'entry.field.required'],
		['name', 'x'.repeat(201), 'entry.field.tooLong'],
		['transportation', 'x'.repeat(501), 'entry.field.tooLong'],
		['accessibility_notes', 'x'.repeat(1001), 'entry.field.tooLong'],
		['latitude', '91', 'places.field.latitude'],
		['latitude', 'north', 'places.field.latitude'],
		['longitude', '-181', 'places.field.longitude'],
		['district_id', 'Mitte', 'places.field.district'],
		['visibility', 'secret', 'places.field.visibility']
	])('refuses %s = %j with %s', (field, value, message) => {
		const errors = errorsOf(
			posted({
				[field]: value,
				// The coordinate checks are seen on their own, not as half a pair.
				...(field === 'latitude' && { longitude: '9.5' }),
				...(field === 'longitude' && { latitude: '51.3' })
			})
		);
		expect(errors[field]).toBe(message);
	});

	it('wants both coordinates or neither', () => {
		expect(errorsOf(posted({ latitude: '51.3' })).longitude).toBe('places.field.coordinatePair');
		expect(errorsOf(posted({ latitude: '51,3166', longitude: '9,4966' }))).toEqual({});
	});

	it('asks for a district when only the district is to be public', () => {
		expect(errorsOf(posted({ visibility: 'district_only' })).district_id).toBe(
			'places.field.districtRequired'
		);
		expect(errorsOf(posted({ visibility: 'district_only', district_id: DISTRICT }))).toEqual({});
	});

	it('asks for a street or a pin when the place is to appear on the map, not when on request', () => {
		const bare = posted({ address_1: '' });
		expect(errorsOf(bare).address_1).toBe('places.field.addressOrPin');
		expect(errorsOf({ ...bare, visibility: 'approximate' }).address_1).toBe(
			'places.field.addressOrPin'
		);
		expect(errorsOf({ ...bare, latitude: '51.3', longitude: '9.5' })).toEqual({});
		expect(errorsOf({ ...bare, visibility: 'on_request' })).toEqual({});
	});

	it('refuses a malformed place id, so a form cannot name something that is not a place', () => {
		expect(errorsOf(posted({ id: "'; drop table locations; --" })).id).toBe('places.field.id');
	});
});

describe('place form ⇄ snapshot', () => {
	it('turns the form into a place the snapshot schema accepts: numbers, yes/no/unknown, nulls', () => {
		const form = placeFormSchema.parse(posted({ latitude: '51,31664', longitude: '9.4966' }));
		const place = placeFromForm(form);
		expect(entryLocation.parse(place)).toEqual(place);
		expect(place).toMatchObject({
			id: PLACE,
			address_1: 'Königsplatz 1',
			address_2: null,
			latitude: 51.31664,
			longitude: 9.4966,
			wheelchair_accessible: true,
			accessible_toilet: null,
			hearing_loop: false,
			district_id: null
		});
	});

	it('gives back the same form for a stored place', () => {
		const form = placeFormSchema.parse(posted({ latitude: '51.3', longitude: '9.5' }));
		expect(placeFormValues(placeFromForm(form), 3)).toEqual(form);
	});

	it('offers a new place with a fresh id, in Kassel, shown exactly', () => {
		const values = placeFormValues(null, 7, () => OTHER);
		expect(values).toMatchObject({ version: 7, id: OTHER, city: 'Kassel', visibility: 'exact' });
	});

	it('changes a place where it is and adds a new one at the end', () => {
		const first = placeFromForm(placeFormSchema.parse(posted()));
		const second = { ...first, id: OTHER, name: 'Zweigstelle' };
		expect(placesWith([first], second).map((place) => place.id)).toEqual([PLACE, OTHER]);
		const renamed = placesWith([first, second], { ...first, name: 'Neu' });
		expect(renamed.map((place) => place.name)).toEqual(['Neu', 'Zweigstelle']);
	});

	it('asks the geocoder for street, postcode and city; nothing without a street', () => {
		expect(addressQuery({ address_1: 'Königsplatz 1', postal_code: '34117', city: 'Kassel' })).toBe(
			'Königsplatz 1, 34117 Kassel'
		);
		expect(addressQuery({ address_1: ' ', postal_code: '34117', city: 'Kassel' })).toBeNull();
	});
});

describe('place references', () => {
	const place = placeFromForm(placeFormSchema.parse(posted()));
	const snapshot: EntrySnapshot = entrySnapshot.parse({
		profile: {
			name: 'AdiBe',
			short_name: null,
			kind: 'counselling_service',
			description: null,
			website: null,
			email: null,
			phone: null,
			legal_form: null,
			term_ids: []
		},
		texts: [],
		services: [],
		locations: [place, { ...place, id: OTHER }],
		hours: {
			slots: [
				{
					id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2b10',
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

	it('counts the hours at a place and names the services offered there', () => {
		const withService = structuredClone(snapshot);
		withService.services.push({
			id: '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2b20',
			name: 'Beratung',
			description: null,
			eligibility_description: null,
			application_process: null,
			fees_description: null,
			free_of_charge: true,
			anonymous_possible: false,
			appointment_required: false,
			interpreter_on_request: false,
			access_modes: [],
			url: null,
			email: null,
			phone: null,
			languages: [],
			term_ids: [],
			location_ids: [PLACE],
			texts: []
		});
		expect(placeReferences(withService, PLACE)).toEqual({ hours: 1, services: ['Beratung'] });
		expect(isReferenced(placeReferences(withService, PLACE))).toBe(true);
	});

	it('finds nothing at a place nobody refers to', () => {
		expect(placeReferences(snapshot, OTHER)).toEqual({ hours: 0, services: [] });
		expect(isReferenced(placeReferences(snapshot, OTHER))).toBe(false);
	});
});
