/**
 * A confidential location's exact point and street never reach someone who is neither a member
 * of its organisation nor office staff: not from the locations table, not from public_locations,
 * not embedded in another table's response, not from the search RPC (results or distances).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
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
	type Organisation,
	confidentialPlaces
} from './fixtures.ts';

const secret = crypto.randomUUID().slice(0, 8);
const { places, locations, hidden } = confidentialPlaces(secret);
const hiddenStrings = hidden.flatMap((place) => [
	place.address,
	String(place.latitude),
	String(place.longitude)
]);

function expectNoSecrets(payload: unknown, what: string) {
	const text = JSON.stringify(payload);
	for (const value of hiddenStrings) expect(text, `${what} leaks ${value}`).not.toContain(value);
}

describe('confidential locations', () => {
	let organisation: Organisation;
	let network: string;
	let callers: Array<{ who: string; client: () => SupabaseClient }>;
	let member: SupabaseClient;
	let staff: SupabaseClient;

	beforeAll(async () => {
		const created = await createNetwork('Vertraulich');
		network = created.slug;
		organisation = await createOrganisation({
			name: `Schutzraum ${secret}`,
			networks: [created.id],
			locations,
			services: [
				{ name: `Beratung ${secret}`, at: ['exact', 'approximate', 'district', 'request'] }
			],
			slots: [{ location: 'request', weekday: 1, opens: '09:00', closes: '17:00' }]
		});
		const stranger = await createUser();
		const memberId = await createUser();
		await makeMember(memberId, organisation.id);
		const staffId = await createUser();
		await makeStaff(staffId);
		member = signedIn(memberId);
		staff = signedIn(staffId);
		callers = [
			{ who: 'anonymous visitor', client: anon },
			{ who: 'signed-in non-member', client: () => signedIn(stranger) }
		];
	});

	it('keeps the locations table from visitors (no grant) and from non-members (no rows)', async () => {
		const visitor = await anon().from('locations').select('*');
		expect(visitor.error?.code).toBe('42501');
		expect(visitor.data).toBeNull();
		const [, nonMember] = callers;
		const { data, error } = await nonMember!
			.client()
			.from('locations')
			.select('*')
			.eq('organisation_id', organisation.id);
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});

	it('publishes each location degraded by its visibility', async () => {
		for (const { who, client } of callers) {
			const { data, error } = await client()
				.from('public_locations')
				.select(
					'location_id, visibility, name, address_1, postal_code, city, district, latitude, longitude, accessibility_notes, transportation'
				)
				.eq('organisation_id', organisation.id);
			expect(error, who).toBeNull();
			expectNoSecrets(data, `public_locations for ${who}`);
			const byId = Object.fromEntries((data ?? []).map((row) => [row.location_id, row]));
			expect(byId[organisation.locations.exact!]).toMatchObject({
				name: `Haus ${secret}`,
				address_1: places.exact.address,
				latitude: places.exact.latitude,
				longitude: places.exact.longitude,
				district: 'Mitte'
			});
			const approximate = byId[organisation.locations.approximate!];
			expect(approximate).toMatchObject({
				name: null,
				address_1: null,
				postal_code: '34119',
				district: 'West',
				city: 'Kassel'
			});
			// Snapped to the centre of its grid cell: within ~400 m, never the exact point.
			expect(Math.abs(approximate.latitude - places.approximate.latitude)).toBeLessThan(0.0026);
			expect(Math.abs(approximate.longitude - places.approximate.longitude)).toBeLessThan(0.0038);
			expect(approximate.latitude).not.toBe(places.approximate.latitude);
			const [wesertor] = await sql<{ latitude: number; longitude: number }>(
				`select latitude, longitude from public.districts where city = 'Kassel' and name = 'Wesertor'`
			);
			expect(byId[organisation.locations.district!]).toMatchObject({
				name: null,
				address_1: null,
				postal_code: null,
				district: 'Wesertor',
				latitude: wesertor!.latitude,
				longitude: wesertor!.longitude
			});
			expect(byId[organisation.locations.request!]).toMatchObject({
				name: null,
				address_1: null,
				postal_code: null,
				district: null,
				latitude: null,
				longitude: null,
				city: 'Kassel'
			});
		}
	});

	it('degrades deterministically: the same point every time, so reads cannot be averaged', async () => {
		const read = async () =>
			(
				await anon()
					.from('public_locations')
					.select('latitude, longitude')
					.eq('location_id', organisation.locations.approximate!)
					.single()
			).data;
		const first = await read();
		await sql(`update public.locations set description = 'touched' where id = $1`, [
			organisation.locations.approximate
		]);
		expect(await read()).toEqual(first);
	});

	it('follows a change of visibility at once', async () => {
		const [row] = await sql<{ id: string }>(
			`insert into public.locations (organisation_id, address_1, latitude, longitude, visibility)
			 values ($1, $2, 51.3, 9.4, 'exact') returning id`,
			[organisation.id, `Umzug ${secret}`]
		);
		await sql(`update public.locations set visibility = 'on_request' where id = $1`, [row!.id]);
		const { data } = await anon()
			.from('public_locations')
			.select('address_1, latitude')
			.eq('location_id', row!.id)
			.single();
		expect(data).toEqual({ address_1: null, latitude: null });
	});

	it('leaks nothing through embedded resources of public tables', async () => {
		for (const { who, client } of callers) {
			const attempts = [
				client()
					.from('services')
					.select('*, service_locations(*, locations(*))')
					.eq('organisation_id', organisation.id),
				client()
					.from('public_locations')
					.select('*, locations(*)')
					.eq('organisation_id', organisation.id),
				client().from('schedules').select('*, locations(*)').eq('organisation_id', organisation.id),
				client()
					.from('organisations')
					.select('*, locations(*), public_locations(*)')
					.eq('id', organisation.id)
			];
			for (const attempt of attempts) {
				const { data, error } = await attempt;
				expectNoSecrets({ data, error }, `embedding for ${who}`);
			}
		}
	});

	it('returns only degraded places from the search RPC, and distances from degraded points', async () => {
		for (const { who, client } of callers) {
			const rows = await search(
				{
					network,
					near_latitude: places.approximate.latitude,
					near_longitude: places.approximate.longitude
				},
				client()
			);
			expectNoSecrets(rows, `search_directory for ${who}`);
			expect(rows).toHaveLength(1);
			const locations = rows[0]!.locations;
			expect(locations.map((location) => location.id)).toEqual(
				expect.arrayContaining(Object.values(organisation.locations))
			);
			const approximate = locations.find(
				(location) => location.id === organisation.locations.approximate
			)!;
			// Searching at the exact point must not reveal it by a zero distance.
			expect(Number(approximate.distance_m)).toBeGreaterThan(50);
			expect(rows[0]!.distance_m).toBeGreaterThan(50);
			const request = locations.find((location) => location.id === organisation.locations.request)!;
			expect(request).toMatchObject({
				latitude: null,
				longitude: null,
				address_1: null,
				distance_m: null
			});
		}
	});

	it('does not expose the exact points through a tiny radius around them', async () => {
		for (const place of hidden) {
			const rows = await search({
				network,
				near_latitude: place.latitude,
				near_longitude: place.longitude,
				radius_m: 25
			});
			expect(rows, `radius search at ${place.address}`).toEqual([]);
		}
	});

	it('shows members of the organisation and office staff the exact places', async () => {
		for (const [who, client] of [
			['member', member],
			['office staff', staff]
		] as const) {
			const { data, error } = await client
				.from('locations')
				.select('id, address_1, latitude')
				.eq('organisation_id', organisation.id);
			expect(error, who).toBeNull();
			const addresses = (data ?? []).map((row) => row.address_1);
			for (const place of Object.values(places)) expect(addresses, who).toContain(place.address);
		}
	});

	it('lets nobody write the public projection, not even office staff or the service role', async () => {
		const { url, serviceRoleKey } = inject('stack');
		const attempts = [
			anon()
				.from('public_locations')
				.update({ address_1: 'x' })
				.eq('location_id', organisation.locations.request!),
			staff
				.from('public_locations')
				.update({ address_1: 'x' })
				.eq('location_id', organisation.locations.request!),
			staff.from('public_locations').insert({
				location_id: organisation.locations.request!,
				organisation_id: organisation.id,
				visibility: 'exact',
				city: 'x'
			}),
			member.from('public_locations').delete().eq('location_id', organisation.locations.request!)
		];
		for (const attempt of attempts) expect((await attempt).error?.code).toBe('42501');
		const response = await fetch(
			`${url}/rest/v1/public_locations?location_id=eq.${organisation.locations.request}`,
			{
				method: 'DELETE',
				headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` }
			}
		);
		expect(response.status).toBe(403);
		const [row] = await sql(
			`select address_1 from public.public_locations where location_id = $1`,
			[organisation.locations.request]
		);
		expect(row).toEqual({ address_1: null });
	});
});
