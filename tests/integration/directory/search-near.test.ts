/**
 * private.directory_near (20261203010000), the search's "near a place and nothing else", returns
 * what its definition says on the stack's data: the published organisations with a degraded
 * public point within the radius, nearest first, then by name, one page, with the total and the
 * great-circle distance to the nearest point. The expected rows come from a plain statement over
 * every public point (no index condition, no planner settings). Drafts and confidential places
 * nearby are there to be left out (a draft) or kept to their degraded points (the view).
 * private.directory_nearest_points (20261203010000): per organisation, the distance to its
 * nearest public point inside the radius's cube (or of all points without a radius), against a
 * statement that compares the coordinates instead of using the cube operators and their index.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { confidentialPlaces, createOrganisation } from './fixtures.ts';

let client: pg.Client;
const tag = crypto.randomUUID().slice(0, 6);
/** Kassel's centre and a point in the north of the city. */
const ORIGINS = [
	[51.3127, 9.4797],
	[51.33, 9.5]
] as const;
const RADII = [300, 2_000, 10_000, 100_000];
const PAGES = [
	[20, 0],
	[3, 2],
	[1000, 0]
] as const;

/** Every published organisation's nearest public point within the radius, by distance and name. */
const EXPECTED = `
	with origin as (select private.earth_point($1::float8, $2::float8) as earth),
	chord as (select 2 * 6378168 * sin(least($3::float8 / (2 * 6378168), pi() / 2)) as m)
	select n.organisation_id, 2 * 6378168 * asin(n.chord_m / (2 * 6378168)) as distance_m,
	  count(*) over () as total_count
	from (
	  select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin.earth)) as chord_m
	  from public.public_locations pl, origin
	  where pl.earth is not null
	  group by pl.organisation_id
	) n
	join private.directory_entries e on e.organisation_id = n.organisation_id and e.published
	where n.chord_m <= (select m from chord)
	order by n.chord_m, e.name_folded, e.organisation_id
	limit $4::integer offset $5::integer`;

beforeAll(async () => {
	client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
	await client.connect();
	const { locations } = confidentialPlaces(tag);
	await createOrganisation({ name: `Nahe ${tag}`, locations });
	await createOrganisation({ name: `Entwurf ${tag}`, status: 'draft', locations });
	// Two organisations at the same point: the name decides.
	const same = { key: 'same', latitude: 51.3131, longitude: 9.4801 };
	await createOrganisation({ name: `Zweite ${tag}`, locations: [same] });
	await createOrganisation({ name: `Erste ${tag}`, locations: [same] });
});

afterAll(async () => {
	await client?.end();
});

describe('private.directory_near', () => {
	it.each(
		ORIGINS.flatMap(([latitude, longitude]) =>
			RADII.flatMap((radius) =>
				PAGES.map(([limit, offset]) => [latitude, longitude, radius, limit, offset] as const)
			)
		)
	)('around %f, %f within %i m, %i from %i: as a plain statement finds them', async (...args) => {
		const [latitude, longitude, radius, limit, offset] = args;
		const expected = await client.query(EXPECTED, [latitude, longitude, radius, limit, offset]);
		const { rows } = await client.query(
			`select n.organisation_id, n.distance_m, n.total_count
			 from private.directory_near(private.earth_point($1::float8, $2::float8), $3::float8,
			   2 * 6378168 * sin(least($3::float8 / (2 * 6378168), pi() / 2)), $4::integer, $5::integer) n`,
			[latitude, longitude, radius, limit, offset]
		);
		expect(rows.map((row) => row.organisation_id)).toEqual(
			expected.rows.map((row) => row.organisation_id)
		);
		expect(rows.map((row) => row.total_count)).toEqual(expected.rows.map((row) => row.total_count));
		rows.forEach((row, i) => expect(row.distance_m).toBeCloseTo(expected.rows[i]!.distance_m, 6));
		if (radius >= 2_000 && offset === 0) expect(rows.length).toBeGreaterThan(0);
	});

	it('leaves drafts out and orders organisations at the same point by name', async () => {
		const { rows } = await client.query<{ name: string }>(
			`select o.name
			 from private.directory_near(private.earth_point(51.3131, 9.4801), 1000,
			   2 * 6378168 * sin(least(1000 / (2 * 6378168.0), pi() / 2)), 1000, 0) n
			 join public.organisations o on o.id = n.organisation_id
			 where o.name like '%' || $1`,
			[tag]
		);
		const names = rows.map((row) => row.name);
		expect(names).not.toContain(`Entwurf ${tag}`);
		expect(names.indexOf(`Erste ${tag}`)).toBe(names.indexOf(`Zweite ${tag}`) - 1);
		expect(names).toContain(`Nahe ${tag}`);
	});
});

/** Per organisation, the nearest public point in the box of ± radius around the origin. */
const EXPECTED_POINTS = `
	with origin as (select private.earth_point($1::float8, $2::float8) as earth)
	select pl.organisation_id, min(extensions.cube_distance(pl.earth, origin.earth)) as chord_m
	from public.public_locations pl, origin
	where pl.earth is not null
	  and ($3::float8 is null or (
	    abs(extensions.cube_ll_coord(pl.earth, 1) - extensions.cube_ll_coord(origin.earth, 1)) <= $3
	    and abs(extensions.cube_ll_coord(pl.earth, 2) - extensions.cube_ll_coord(origin.earth, 2)) <= $3
	    and abs(extensions.cube_ll_coord(pl.earth, 3) - extensions.cube_ll_coord(origin.earth, 3)) <= $3))
	group by pl.organisation_id
	order by pl.organisation_id`;

describe('private.directory_nearest_points', () => {
	it.each(
		ORIGINS.flatMap(([latitude, longitude]) =>
			[...RADII, null].map((radius) => [latitude, longitude, radius] as const)
		)
	)(
		'around %f, %f within %s m: as a plain statement finds them',
		async (latitude, longitude, radius) => {
			const expected = await client.query(EXPECTED_POINTS, [latitude, longitude, radius]);
			const { rows } = await client.query(
				`select n.organisation_id, n.chord_m
				 from private.directory_nearest_points(private.earth_point($1::float8, $2::float8), $3::float8) n
				 order by n.organisation_id`,
				[latitude, longitude, radius]
			);
			expect(rows.map((row) => row.organisation_id)).toEqual(
				expected.rows.map((row) => row.organisation_id)
			);
			rows.forEach((row, i) => expect(row.chord_m).toBeCloseTo(expected.rows[i]!.chord_m, 6));
			if (radius === null || radius >= 2_000) expect(rows.length).toBeGreaterThan(0);
		}
	);

	it('finds nothing without an origin', async () => {
		const { rows } = await client.query(
			`select count(*)::int as n from private.directory_nearest_points(null, 10000)`
		);
		expect(rows[0].n).toBe(0);
	});
});

/**
 * private.directory_nearest_points_among (20261204010000): the same distances as
 * private.directory_nearest_points, for the given organisations only; the search asks it for its
 * matches near a place.
 */
describe('private.directory_nearest_points_among', () => {
	it.each(
		ORIGINS.flatMap(([latitude, longitude]) =>
			[...RADII, null].map((radius) => [latitude, longitude, radius] as const)
		)
	)(
		'around %f, %f within %s m: the plain statement’s rows of the given organisations',
		async (latitude, longitude, radius) => {
			const all = await client.query<{ organisation_id: string; chord_m: number }>(
				EXPECTED_POINTS,
				[latitude, longitude, radius]
			);
			// Every other organisation near the origin, and one without any point at all.
			const given = all.rows.filter((_, i) => i % 2 === 0).map((row) => row.organisation_id);
			const far = crypto.randomUUID();
			const { rows } = await client.query(
				`select n.organisation_id, n.chord_m
				 from private.directory_nearest_points_among(private.earth_point($1::float8, $2::float8),
				   $3::float8, $4::uuid[]) n
				 order by n.organisation_id`,
				[latitude, longitude, radius, [...given, far]]
			);
			const expected = all.rows.filter((row) => given.includes(row.organisation_id));
			expect(rows.map((row) => row.organisation_id)).toEqual(
				expected.map((row) => row.organisation_id)
			);
			rows.forEach((row, i) => expect(row.chord_m).toBeCloseTo(expected[i]!.chord_m, 6));
			if (radius === null || radius >= 2_000) expect(rows.length).toBeGreaterThan(0);
		}
	);

	it('finds nothing for no organisations or without an origin', async () => {
		const { rows } = await client.query(
			`select
			   (select count(*)::int from private.directory_nearest_points_among(
			     private.earth_point(51.3127, 9.4797), 10000, '{}')) as none,
			   (select count(*)::int from private.directory_nearest_points_among(null, 10000,
			     array(select organisation_id from private.directory_entries))) as nowhere`
		);
		expect(rows[0]).toEqual({ none: 0, nowhere: 0 });
	});
});
