/**
 * The search after issue #13 (20261130120000: matches found through the indexes, a bounded
 * ranking for very common words on a list page) finds the same organisations, in the same order,
 * with the same relevance, distances, services, places and totals as the search before it. The
 * old definitions are read from their migration and installed under test-only names
 * (bench/reference-search.ts); both run on the same data: the demo seed, everything the other
 * tests created, and a few organisations of this file's own.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { installReferenceSearch } from '../../../bench/reference-search.ts';
import { createNetwork, createOrganisation } from './fixtures.ts';

const KASSEL = { near_latitude: 51.3127, near_longitude: 9.4797 };
const WEDNESDAY_MORNING = '2026-11-25T11:00:00+01:00';

/** The argument types of public.search_directory, for calling it with named arguments. */
const TYPES: Record<string, string> = {
	q: 'text',
	kinds: 'public.organisation_kind[]',
	discrimination_grounds: 'text[]',
	counselling_types: 'text[]',
	languages: 'text[]',
	access_modes: 'public.access_mode[]',
	anonymous_possible: 'boolean',
	free_of_charge: 'boolean',
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

/** The bench's mix and more: long typos, common words, filters, near, combinations, paging. */
const MIX: Array<Record<string, unknown>> = [
	{},
	{ page_offset: 20 },
	{ q: 'beratung' },
	{ q: 'Beratung für Geflüchtete' },
	{ q: 'antidiskriminirung' },
	{ q: 'Antidiskriminirungsberatung' },
	{ q: 'respnse' },
	{ q: 'gefluechtete' },
	{ q: 'für' },
	{ q: 'x' },
	{ q: 'Xylophonorchester' },
	{ anonymous_possible: true, free_of_charge: true, languages: ['ar'] },
	{ open_now: true, at: WEDNESDAY_MORNING },
	{ ...KASSEL, radius_m: 10_000 },
	{ ...KASSEL, radius_m: 2_000, q: 'beratung' },
	{ kinds: ['counselling_service'], q: 'antidiskriminirung' },
	{
		q: 'beratung',
		kinds: ['counselling_service', 'migrant_organisation'],
		languages: ['ar'],
		open_now: true,
		at: WEDNESDAY_MORNING,
		...KASSEL,
		radius_m: 10_000
	},
	{ wheelchair_accessible: true, q: 'verein' },
	// Near a place without a radius: every match, nearest first (20261204010000).
	{ ...KASSEL, q: 'beratung', languages: ['ar'] },
	// As the exports read: pages of 1,000.
	{ q: 'beratung', page_limit: 1000 },
	{ q: 'antidiskriminirung', page_limit: 1000 },
	{ page_limit: 1000 }
];

let client: pg.Client;

/** A row without its services' life areas, which the search returns since 20261201090200. */
function withoutLifeAreas(row: { services: Array<Record<string, unknown>> }) {
	return { ...row, services: row.services.map(({ life_areas: _areas, ...service }) => service) };
}

function call(name: string, args: Record<string, unknown>, paged = true) {
	const entries = Object.entries(paged ? { page_limit: 20, ...args } : args);
	const named = entries.map(([key], i) => `${key} => $${i + 1}::${TYPES[key]}`);
	return client.query(
		`select * from ${name}(${named.join(', ')})`,
		entries.map(([, value]) => value)
	);
}

beforeAll(async () => {
	client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
	await client.connect();
	await installReferenceSearch(client);
	// Names that the typo, the compound-word and the prefix rules all touch.
	const { id } = await createNetwork('Vergleich');
	const tag = crypto.randomUUID().slice(0, 6);
	await createOrganisation({
		name: `Antidiskriminierungsberatung Vergleich ${tag}`,
		networks: [id]
	});
	await createOrganisation({ name: `Beratung ${tag}`, networks: [id] });
	await createOrganisation({ name: `Antidiskriminierung ${tag}`, status: 'draft', networks: [id] });
});

afterAll(async () => {
	await client?.end();
});

describe('search_directory before and after issue #13', () => {
	it.each(MIX.map((args) => [JSON.stringify(args), args] as const))(
		'%s: the same rows, in the same order',
		async (_label, args) => {
			const [now, before] = await Promise.all([
				call('public.search_directory', args),
				call('private.reference_search_directory', args)
			]);
			expect(now.rows.map(withoutLifeAreas)).toEqual(before.rows);
		}
	);

	it('finds something for most of the mix (the comparison is not of empty lists)', async () => {
		let found = 0;
		for (const args of MIX) if ((await call('public.search_directory', args)).rowCount) found++;
		expect(found).toBeGreaterThan(MIX.length / 2);
	});

	it.each(MIX.map((args) => [JSON.stringify(args), args] as const))(
		'%s: the same map data',
		async (_label, args) => {
			// The map takes no paging.
			const rest = Object.fromEntries(
				Object.entries(args).filter(([key]) => key !== 'page_limit' && key !== 'page_offset')
			);
			const [now, before] = await Promise.all([
				call('public.search_directory_points', rest, false),
				call('private.reference_search_directory_points', rest, false)
			]);
			// One json value, in a column named after each function.
			expect(now.rows.map(Object.values)).toEqual(before.rows.map(Object.values));
		}
	);
});
