/**
 * public.search_directory_points, the map's data: the same organisations as search_directory for
 * the same arguments (both call one matching function), only degraded public points, callable by
 * anonymous visitors, never drafts. Each block searches inside a network of its own.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	anon,
	createNetwork,
	createOrganisation,
	createUser,
	search,
	signedIn,
	sql,
	type Organisation
} from './fixtures.ts';

type Points = {
	organisations: Array<[string, string, string]>;
	points: Array<[number, number, number]>;
};

async function points(args: Record<string, unknown>, client: SupabaseClient = anon()) {
	const { data, error } = await client.rpc('search_directory_points', args);
	if (error) throw new Error(`search_directory_points failed: ${JSON.stringify(error)}`);
	return data as Points;
}

/** Every page of search_directory for `args`, as slugs in the list's order. */
async function listedSlugs(args: Record<string, unknown>): Promise<string[]> {
	const rows = await search({ ...args, page_limit: 1000 });
	return rows.map((row) => row.slug);
}

describe('search_directory_points: the same matches as search_directory', () => {
	let network: string;
	const tag = `Karte ${crypto.randomUUID().slice(0, 6)}`;
	const organisations: Record<string, Organisation> = {};

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Karte');
		network = slug;
		const networks = [id];
		organisations.a = await createOrganisation({
			name: `${tag} Antidiskriminierungsberatung`,
			kind: 'counselling_service',
			networks,
			locations: [
				{ key: 'main', latitude: 51.3127, longitude: 9.4797, wheelchair: true },
				{ key: 'branch', latitude: 51.3301, longitude: 9.5012 }
			],
			services: [
				{
					name: 'Beratung A',
					anonymousPossible: true,
					freeOfCharge: true,
					accessModes: ['in_person', 'phone'],
					languages: ['de', 'ar'],
					grounds: ['racism'],
					counsellingTypes: ['anti_discrimination'],
					at: ['main', 'branch']
				}
			],
			slots: [{ location: 'main', weekday: 5, opens: '10:00', closes: '16:00' }]
		});
		organisations.b = await createOrganisation({
			name: `${tag} Migrationsverein`,
			kind: 'migrant_organisation',
			networks,
			locations: [{ key: 'main', latitude: 51.2, longitude: 9.3, wheelchair: false }],
			services: [
				{
					name: 'Beratung B',
					freeOfCharge: false,
					accessModes: ['chat'],
					languages: ['tr'],
					grounds: ['antisemitism'],
					counsellingTypes: ['legal'],
					at: ['main']
				}
			]
		});
		// No location with a point: listed, but no point on the map.
		organisations.c = await createOrganisation({
			name: `${tag} Sprachcafé`,
			kind: 'initiative',
			networks,
			locations: [{ key: 'hidden', latitude: 51.3, longitude: 9.45, visibility: 'on_request' }],
			services: [
				{ name: 'C Arabisch', languages: ['ar'], anonymousPossible: false },
				{ name: 'C Anonym', languages: ['de'], anonymousPossible: true }
			]
		});
		organisations.draft = await createOrganisation({
			name: `${tag} Entwurf Beratung`,
			status: 'draft',
			networks,
			locations: [{ key: 'main', latitude: 51.3127, longitude: 9.4797 }],
			services: [{ name: 'Beratung Entwurf', languages: ['ar'], anonymousPossible: true }]
		});
	});

	const combinations: Array<Record<string, unknown>> = [
		{},
		{ q: 'beratung' },
		{ q: 'Antidiskriminirungsberatung' },
		{ q: 'sprachcafe' },
		{ kinds: ['migrant_organisation', 'initiative'] },
		{ languages: ['ar'] },
		{ languages: ['ar'], anonymous_possible: true },
		{ anonymous_possible: true, free_of_charge: true, languages: ['ar'] },
		{ discrimination_grounds: ['antisemitism'], counselling_types: ['legal'] },
		{ access_modes: ['phone', 'chat'] },
		{ wheelchair_accessible: true },
		{ open_now: true, at: '2026-11-27T11:00:00+01:00' },
		{ open_now: true, at: '2026-11-27T18:00:00+01:00' },
		{ near_latitude: 51.3127, near_longitude: 9.4797 },
		{ near_latitude: 51.3127, near_longitude: 9.4797, radius_m: 5000 },
		{ near_latitude: 51.3127, near_longitude: 9.4797, radius_m: 5000, q: 'beratung' }
	];

	it('selects the same organisations, in the same order, for every filter combination', async () => {
		let nonEmpty = 0;
		for (const combination of combinations) {
			const args = { network, ...combination };
			const map = await points(args);
			const listed = await listedSlugs(args);
			expect(
				map.organisations.map(([slug]) => slug),
				JSON.stringify(combination)
			).toEqual(listed);
			if (listed.length > 0) nonEmpty++;
		}
		// The comparison means something only if the combinations select different sets.
		expect(nonEmpty).toBeGreaterThan(combinations.length / 2);
	});

	it('selects what the filters say (not merely the same as the list)', async () => {
		const slugs = async (args: Record<string, unknown>) =>
			(await points({ network, ...args })).organisations.map(([slug]) => slug).sort();
		expect(await slugs({})).toEqual(
			[organisations.a!.slug, organisations.b!.slug, organisations.c!.slug].sort()
		);
		expect(await slugs({ languages: ['ar'], anonymous_possible: true })).toEqual([
			organisations.a!.slug
		]);
		expect(await slugs({ near_latitude: 51.3127, near_longitude: 9.4797, radius_m: 5000 })).toEqual(
			[organisations.a!.slug]
		);
		expect(await slugs({ q: 'Xylophonorchester' })).toEqual([]);
	});

	it('returns [slug, name, kind] and points indexing into the organisations', async () => {
		const map = await points({ network, near_latitude: 51.3127, near_longitude: 9.4797 });
		expect(map.organisations).toEqual([
			[organisations.a!.slug, `${tag} Antidiskriminierungsberatung`, 'counselling_service'],
			[organisations.b!.slug, `${tag} Migrationsverein`, 'migrant_organisation'],
			[organisations.c!.slug, `${tag} Sprachcafé`, 'initiative']
		]);
		// Two points for A, one for B, none for C (on request only).
		expect(map.points).toHaveLength(3);
		const byOrganisation = (index: number) =>
			map.points.filter(([, , organisation]) => organisation === index);
		expect(
			byOrganisation(0)
				.map(([lat, lng]) => [lat, lng])
				.sort()
		).toEqual([
			[51.3127, 9.4797],
			[51.3301, 9.5012]
		]);
		expect(byOrganisation(1)).toEqual([[51.2, 9.3, 1]]);
		expect(byOrganisation(2)).toEqual([]);
	});

	it('returns empty lists, not null, when nothing matches', async () => {
		expect(await points({ network, q: 'Xylophonorchester' })).toEqual({
			organisations: [],
			points: []
		});
	});

	it('never returns drafts, to visitors, signed-in strangers or the service role', async () => {
		const stranger = signedIn(await createUser());
		for (const client of [anon(), stranger]) {
			for (const args of [{}, { q: 'Entwurf' }, { languages: ['ar'] }]) {
				const map = await points({ network, ...args }, client);
				const text = JSON.stringify(map);
				expect(text).not.toContain(organisations.draft!.slug);
				expect(text).not.toContain('Entwurf');
			}
		}
	});

	it('is executable by visitors and signed-in users, and by nobody through PUBLIC', async () => {
		const [row] = await sql<{ anon: boolean; authenticated: boolean; public: boolean }>(
			`select
			   has_function_privilege('anon', 'public.search_directory_points(text, public.organisation_kind[], text[], text[], text[], public.access_mode[], boolean, boolean, boolean, boolean, text, double precision, double precision, double precision, timestamptz, text[], boolean)', 'execute') as anon,
			   has_function_privilege('authenticated', 'public.search_directory_points(text, public.organisation_kind[], text[], text[], text[], public.access_mode[], boolean, boolean, boolean, boolean, text, double precision, double precision, double precision, timestamptz, text[], boolean)', 'execute') as authenticated,
			   exists (
			     select 1 from pg_proc p, aclexplode(p.proacl) a
			     where p.oid = 'public.search_directory_points'::regproc and a.grantee = 0
			   ) as public`
		);
		expect(row).toEqual({ anon: true, authenticated: true, public: false });
	});

	it('keeps the shared matching function private: visitors cannot call it', async () => {
		const { error } = await anon()
			.schema('private' as 'public')
			.rpc('directory_matches' as 'search_directory_points', {});
		expect(error).not.toBeNull();
		const [row] = await sql<{ anon: boolean }>(
			`select has_function_privilege('anon', p.oid, 'execute') as anon
			 from pg_proc p where p.proname = 'directory_matches' and p.pronamespace = 'private'::regnamespace`
		);
		expect(row).toEqual({ anon: false });
	});
});

describe('search_directory_points: confidential locations', () => {
	const secret = crypto.randomUUID().slice(0, 8);
	// Exact points chosen off the ~500 m grid's cell centres.
	const places = {
		exact: { latitude: 51.316123, longitude: 9.497456 },
		approximate: { latitude: 51.311234, longitude: 9.482817 },
		district: { latitude: 51.324567, longitude: 9.512345 },
		request: { latitude: 51.301987, longitude: 9.461543 }
	};
	let network: string;
	let organisation: Organisation;

	beforeAll(async () => {
		const created = await createNetwork('Karte vertraulich');
		network = created.slug;
		organisation = await createOrganisation({
			name: `Schutzraum Karte ${secret}`,
			networks: [created.id],
			locations: [
				{ key: 'exact', district: 'Mitte', visibility: 'exact', ...places.exact },
				{ key: 'approximate', district: 'West', visibility: 'approximate', ...places.approximate },
				{ key: 'district', district: 'Wesertor', visibility: 'district_only', ...places.district },
				{ key: 'request', district: 'Wehlheiden', visibility: 'on_request', ...places.request }
			]
		});
	});

	it('shows only the degraded public points, rounded to five decimals', async () => {
		const map = await points({ network });
		expect(map.organisations).toEqual([
			[organisation.slug, `Schutzraum Karte ${secret}`, 'counselling_service']
		]);
		const expected = await sql<{ latitude: number; longitude: number }>(
			`select round(latitude::numeric, 5)::float8 as latitude, round(longitude::numeric, 5)::float8 as longitude
			 from public.public_locations where organisation_id = $1 and latitude is not null
			 order by location_id`,
			[organisation.id]
		);
		// The on-request location has no public point at all.
		expect(expected).toHaveLength(3);
		expect(map.points).toEqual(expected.map((point) => [point.latitude, point.longitude, 0]));
		const text = JSON.stringify(map);
		for (const place of [places.approximate, places.district, places.request]) {
			for (const value of [place.latitude, place.longitude]) {
				expect(text).not.toContain(String(value));
				expect(text).not.toContain(value.toFixed(5));
			}
		}
		for (const [latitude, longitude] of map.points) {
			expect(Number(latitude.toFixed(5))).toBe(latitude);
			expect(Number(longitude.toFixed(5))).toBe(longitude);
		}
	});

	it('does not expose the exact points through a tiny radius around them', async () => {
		for (const place of [places.approximate, places.district, places.request]) {
			const map = await points({
				network,
				near_latitude: place.latitude,
				near_longitude: place.longitude,
				radius_m: 25
			});
			expect(map).toEqual({ organisations: [], points: [] });
		}
	});
});
