import { describe, expect, it } from 'vitest';
import { diffEntry } from './entry-diff';
import { entrySnapshot, type EntryLocation, type EntrySnapshot } from './entry-snapshot';

const PLACE = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2c01';
const NEW_PLACE = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2c02';
const MITTE = '7f1c3c52-41c7-4b5e-9a57-0d3c0b1c2c03';

const office: EntryLocation = {
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
	wheelchair_accessible: null,
	accessible_toilet: null,
	hearing_loop: null,
	accessibility_notes: null,
	transportation: null
};

const base: EntrySnapshot = entrySnapshot.parse({
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
	locations: [office],
	hours: { slots: [], exceptions: [] },
	contacts: [],
	logo: { path: null }
});

const withPlaces = (...locations: EntryLocation[]) => ({ ...structuredClone(base), locations });

describe('review diff: places', () => {
	it('shows a moved place as one address line and one position, not column by column', () => {
		const moved = withPlaces({
			...office,
			address_1: 'Königsplatz 1',
			latitude: 51.3166,
			longitude: 9.4966
		});
		expect(diffEntry(base, moved).fields).toEqual([
			{
				section: 'locations',
				subject: 'Büro',
				field: 'address',
				language: null,
				before: 'Weg 1, 34117 Kassel',
				after: 'Königsplatz 1, 34117 Kassel'
			},
			{
				section: 'locations',
				subject: 'Büro',
				field: 'position',
				language: null,
				before: '51.3, 9.5',
				after: '51.3166, 9.4966'
			}
		]);
	});

	it('marks a change of visibility as prominent, and names the district', () => {
		const hidden = withPlaces({ ...office, visibility: 'district_only', district_id: MITTE });
		const fields = diffEntry(base, hidden, { districts: new Map([[MITTE, 'Mitte']]) }).fields;
		expect(fields).toEqual([
			{
				section: 'locations',
				subject: 'Büro',
				field: 'district_id',
				language: null,
				before: null,
				after: 'Mitte'
			},
			{
				section: 'locations',
				subject: 'Büro',
				field: 'visibility',
				language: null,
				before: 'exact',
				after: 'district_only',
				prominent: true
			}
		]);
	});

	it('shows an added place with its address, position and (prominent) visibility', () => {
		const added = withPlaces(office, {
			...office,
			id: NEW_PLACE,
			name: 'Schutzraum',
			address_1: 'Geheimweg 2',
			visibility: 'on_request',
			wheelchair_accessible: true
		});
		const fields = diffEntry(base, added).fields;
		expect(fields[0]).toEqual({
			section: 'locations',
			subject: null,
			field: 'added',
			language: null,
			before: null,
			after: 'Schutzraum'
		});
		const byField = Object.fromEntries(fields.slice(1).map((change) => [change.field, change]));
		expect(byField.address?.after).toBe('Geheimweg 2, 34117 Kassel');
		expect(byField.position?.after).toBe('51.3, 9.5');
		expect(byField.visibility).toMatchObject({ after: 'on_request', prominent: true });
		expect(byField.wheelchair_accessible?.after).toBe('true');
		expect(
			fields.every((change) => change.subject === 'Schutzraum' || change.field === 'added')
		).toBe(true);
	});

	it('says nothing about places that did not change', () => {
		expect(diffEntry(base, withPlaces({ ...office })).fields).toEqual([]);
	});
});
