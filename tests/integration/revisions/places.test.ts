/**
 * Places through the portal's way of saving, as numbered stories against the real API: the
 * place form's values become the working copy's `locations` section, the public keeps seeing the
 * approved places until the office approves, a confidential place's address and point never
 * reach visitors (not even after approval), another organisation's member cannot save, and a
 * place that hours refer to cannot be removed behind their back.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryLocation, EntrySnapshot } from '$lib/domain/entry-snapshot';
import { entrySnapshot } from '$lib/domain/entry-snapshot';
import {
	addressQuery,
	placeFormSchema,
	placeFormValues,
	placeFromForm,
	placesWith
} from '$lib/domain/place-forms';
import { createGeocoder, geocoderConfig } from '$lib/server/geocoder';
import { startNominatimServer, type NominatimServer } from '../../support/nominatim-server.ts';
import {
	anon,
	createNetwork,
	createOrganisation,
	createUser,
	makeMember,
	makeStaff,
	search,
	signedIn,
	sql,
	type Organisation
} from '../directory/fixtures.ts';

type Revision = { id: string; status: string; version: number; proposed: EntrySnapshot };

const tag = crypto.randomUUID().slice(0, 8);
const secretStreet = `Schutzweg ${tag} 7`;
const secretPoint = { latitude: 51.301987, longitude: 9.461543 };

async function workingCopy(client: SupabaseClient, organisation: string): Promise<Revision> {
	const { data, error } = await client.rpc('entry_working_copy', { p_organisation: organisation });
	expect(error).toBeNull();
	const row = data as Revision;
	return { ...row, proposed: entrySnapshot.parse(row.proposed) };
}

function saveLocations(client: SupabaseClient, revision: Revision, locations: EntryLocation[]) {
	return client.rpc('save_entry_section', {
		p_revision: revision.id,
		p_section: 'locations',
		p_value: locations as never,
		p_expected_version: revision.version
	});
}

/** A place as the portal's form posts it, validated and mapped as the page does. */
function placeFromPost(fields: Record<string, string>, version: number): EntryLocation {
	const blank = placeFormValues(null, version);
	const parsed = placeFormSchema.parse({ ...blank, ...fields });
	return placeFromForm(parsed);
}

async function publicPlaces(organisation: Organisation) {
	const { data, error } = await anon()
		.from('public_locations')
		.select('*')
		.eq('organisation_id', organisation.id);
	expect(error).toBeNull();
	return data ?? [];
}

describe('places in the portal: revisions, confidentiality, access', () => {
	let a: Organisation;
	let b: Organisation;
	let network: string;
	let memberA: SupabaseClient;
	let memberB: SupabaseClient;
	let staff: SupabaseClient;
	let nominatim: NominatimServer;
	let confidentialId: string;

	beforeAll(async () => {
		nominatim = await startNominatimServer();
		const created = await createNetwork(`Orte ${tag}`);
		network = created.slug;
		const spec = (name: string) => ({
			name,
			networks: [created.id],
			locations: [{ key: 'office', address: `Alter Weg ${tag}`, latitude: 51.3, longitude: 9.5 }],
			slots: [{ location: 'office', weekday: 1, opens: '09:00', closes: '12:00' }]
		});
		a = await createOrganisation(spec(`Orte A ${tag}`));
		b = await createOrganisation(spec(`Orte B ${tag}`));
		const idA = await createUser();
		await makeMember(idA, a.id);
		memberA = signedIn(idA);
		const idB = await createUser();
		await makeMember(idB, b.id);
		memberB = signedIn(idB);
		const staffId = await createUser();
		await makeStaff(staffId);
		staff = signedIn(staffId);
	});
	afterAll(() => nominatim?.stop());

	it('1. an address typed into the place form is found by the geocoder (local Nominatim stand-in)', async () => {
		const geocode = createGeocoder(geocoderConfig({ GEOCODER_URL: nominatim.url }));
		const query = addressQuery({
			address_1: 'Königsplatz 1',
			postal_code: '34117',
			city: 'Kassel'
		});
		expect(query).toBe('Königsplatz 1, 34117 Kassel');
		const found = await geocode(query!, { locale: 'de' });
		expect(found).toMatchObject({ ok: true, place: { latitude: 51.3166, longitude: 9.4966 } });
		expect(nominatim.lastRequest()?.url.searchParams.get('q')).toBe('königsplatz 1, 34117 kassel');
	});

	it('2. a member saves a new place: a pending revision, and the public still sees the old places', async () => {
		const publicBefore = await publicPlaces(a);
		const revision = await workingCopy(memberA, a.id);
		const place = placeFromPost(
			{
				name: `Treffpunkt ${tag}`,
				address_1: 'Königsplatz 1',
				postal_code: '34117',
				latitude: '51,3166',
				longitude: '9.4966',
				visibility: 'exact',
				wheelchair_accessible: 'yes',
				transportation: 'Tram 1, Königsplatz'
			},
			revision.version
		);
		const { data, error } = await saveLocations(
			memberA,
			revision,
			placesWith(revision.proposed.locations, place)
		);
		expect(error).toBeNull();
		const saved = data as Revision;
		expect(saved.status).toBe('open');
		expect(saved.version).toBe(revision.version + 1);
		expect(saved.proposed.locations).toContainEqual(place);

		expect(await publicPlaces(a)).toEqual(publicBefore);
		const [live] = await sql(`select count(*)::int as n from public.locations where id = $1`, [
			place.id
		]);
		expect(live).toEqual({ n: 0 });
	});

	it('3. a confidential place never shows its address or point to visitors, even once approved', async () => {
		const revision = await workingCopy(memberA, a.id);
		const place = placeFromPost(
			{
				name: `Schutzraum ${tag}`,
				address_1: secretStreet,
				postal_code: '34121',
				latitude: String(secretPoint.latitude),
				longitude: String(secretPoint.longitude),
				visibility: 'on_request',
				transportation: `Bus zum ${secretStreet}`
			},
			revision.version
		);
		confidentialId = place.id;
		const saved = await saveLocations(
			memberA,
			revision,
			placesWith(revision.proposed.locations, place)
		);
		expect(saved.error).toBeNull();
		expect(
			(await memberA.rpc('submit_entry_revision', { p_revision: revision.id })).error
		).toBeNull();
		const approved = await staff.rpc('approve_entry_revision', { p_revision: revision.id });
		expect(approved.error).toBeNull();

		const secrets = [
			secretStreet,
			String(secretPoint.latitude),
			String(secretPoint.longitude),
			`Schutzraum ${tag}`
		];
		const rows = await publicPlaces(a);
		const searched = await search({ network });
		const forVisitors = JSON.stringify({ rows, searched });
		for (const secret of secrets) expect(forVisitors).not.toContain(secret);
		expect(rows.find((row) => row.location_id === confidentialId)).toMatchObject({
			visibility: 'on_request',
			city: 'Kassel',
			address_1: null,
			latitude: null,
			longitude: null
		});
		// The approved exact place is public as entered.
		expect(rows).toContainEqual(
			expect.objectContaining({ name: `Treffpunkt ${tag}`, address_1: 'Königsplatz 1' })
		);
		// The organisation itself still has the whole address, for the people who ask.
		const own = await memberA.from('locations').select('address_1').eq('id', confidentialId);
		expect(own.data).toEqual([{ address_1: secretStreet }]);
	});

	it("4. a member of B can neither save places into A's working copy nor read it", async () => {
		const theirs = await workingCopy(memberA, a.id);
		const opened = await memberB.rpc('entry_working_copy', { p_organisation: a.id });
		expect(opened.error?.code).toBe('42501');
		const intruder = placeFromPost(
			{
				name: `Eindringling ${tag}`,
				address_1: 'Friedrichsplatz 1',
				latitude: '51.3128',
				longitude: '9.4976'
			},
			theirs.version
		);
		const saved = await saveLocations(memberB, theirs, [intruder]);
		expect(saved.error?.code).toBe('42501');
		const read = await memberB.from('entry_revisions').select('id').eq('id', theirs.id);
		expect(read.data).toEqual([]);
		const [row] = await sql(`select version, proposed from public.entry_revisions where id = $1`, [
			theirs.id
		]);
		expect(row).toEqual({ version: theirs.version, proposed: theirs.proposed });
	});

	it('5. removing a place that opening hours refer to is refused by the database too: no broken references', async () => {
		const revision = await workingCopy(memberB, b.id);
		const [office] = revision.proposed.locations;
		expect(revision.proposed.hours.slots.map((slot) => slot.location_id)).toContain(office!.id);
		const saved = await saveLocations(
			memberB,
			revision,
			revision.proposed.locations.filter((place) => place.id !== office!.id)
		);
		expect(saved.error).not.toBeNull();
		const after = await workingCopy(memberB, b.id);
		expect(after.version).toBe(revision.version);
		expect(after.proposed.locations.map((place) => place.id)).toContain(office!.id);
	});
});
