/**
 * The branches of the search without a query that 20261203010000 made cheaper (nothing filters; near a
 * place and nothing else; other filters counted once) find the same organisations, in the same
 * order, with the same totals, distances, services and places as the search before issue #13, for
 * cases beyond the comparison in search-reference.test.ts: near without a radius, the network
 * filter alone, kinds and wheelchair access, filters with a place, and pages further on. Both run
 * on the same data (the demo seed, everything the other tests created, and a few of this file's).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installReferenceSearch } from '../../../bench/reference-search.ts';
import { createNetwork, createOrganisation } from './fixtures.ts';

const KASSEL = { near_latitude: 51.3127, near_longitude: 9.4797 };
const WEDNESDAY_MORNING = '2026-11-25T11:00:00+01:00';
const TYPES: Record<string, string> = {
	kinds: 'public.organisation_kind[]',
	languages: 'text[]',
	wheelchair_accessible: 'boolean',
	open_now: 'boolean',
	network: 'text',
	near_latitude: 'double precision',
	near_longitude: 'double precision',
	radius_m: 'double precision',
	at: 'timestamptz',
	page_limit: 'integer',
	page_offset: 'integer'
};

let client: pg.Client;
let network = '';

/** The cases; the network's slug is known once it exists. */
function mix(): Array<Record<string, unknown>> {
	return [
		{ page_offset: 3, page_limit: 7 },
		{ page_offset: 100_000 },
		{ ...KASSEL },
		{ ...KASSEL, page_offset: 20 },
		{ ...KASSEL, radius_m: 2_000, page_offset: 2, page_limit: 5 },
		{ ...KASSEL, radius_m: 50, page_limit: 1000 },
		{ ...KASSEL, radius_m: 10_000, page_limit: 1000 },
		{ network },
		{ network, ...KASSEL, radius_m: 10_000 },
		{ kinds: ['counselling_service'], page_offset: 20 },
		{ kinds: ['migrant_organisation'], ...KASSEL },
		{ wheelchair_accessible: true },
		{ open_now: true, at: WEDNESDAY_MORNING, page_offset: 40 },
		{ languages: ['ar'], ...KASSEL, radius_m: 5_000 },
		{ languages: ['xx'] }
	];
}

function call(name: string, args: Record<string, unknown>, paged = true) {
	const entries = Object.entries(paged ? { page_limit: 20, ...args } : args);
	const named = entries.map(([key], i) => `${key} => $${i + 1}::${TYPES[key]}`);
	return client.query(
		`select * from ${name}(${named.join(', ')})`,
		entries.map(([, value]) => value)
	);
}

/** A row without its services' life areas, which the search returns since 20261201090200. */
function withoutLifeAreas(row: { services: Array<Record<string, unknown>> }) {
	return { ...row, services: row.services.map(({ life_areas: _areas, ...service }) => service) };
}

beforeAll(async () => {
	client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
	await client.connect();
	await installReferenceSearch(client);
	const created = await createNetwork('Ohne Suchwort');
	network = created.slug;
	const tag = crypto.randomUUID().slice(0, 6);
	const here = { key: 'here', latitude: 51.3131, longitude: 9.4801 };
	// Two at the same point (the name decides), one far away, one a draft.
	await createOrganisation({ name: `Zweite ${tag}`, networks: [created.id], locations: [here] });
	await createOrganisation({ name: `Erste ${tag}`, networks: [created.id], locations: [here] });
	await createOrganisation({
		name: `Fern ${tag}`,
		networks: [created.id],
		locations: [{ key: 'far', latitude: 53.55, longitude: 9.99 }]
	});
	await createOrganisation({ name: `Entwurf ${tag}`, status: 'draft', locations: [here] });
});

afterAll(async () => {
	await client?.end();
});

describe('search_directory without a query, before and after issue #13', () => {
	it('the cases find something (the comparison is not of empty lists)', async () => {
		let found = 0;
		for (const args of mix()) if ((await call('public.search_directory', args)).rowCount) found++;
		expect(found).toBeGreaterThan(mix().length / 2);
	});

	it.each(mix().map((_args, i) => [i] as const))(
		'case %i: the same rows, in the same order',
		async (i) => {
			const args = mix()[i]!;
			const [now, before] = await Promise.all([
				call('public.search_directory', args),
				call('private.reference_search_directory', args)
			]);
			expect(now.rows.map(withoutLifeAreas)).toEqual(before.rows);
		}
	);

	it.each(mix().map((_args, i) => [i] as const))('case %i: the same map data', async (i) => {
		const rest = Object.fromEntries(
			Object.entries(mix()[i]!).filter(([key]) => key !== 'page_limit' && key !== 'page_offset')
		);
		const [now, before] = await Promise.all([
			call('public.search_directory_points', rest, false),
			call('private.reference_search_directory_points', rest, false)
		]);
		expect(now.rows.map(Object.values)).toEqual(before.rows.map(Object.values));
	});
});
