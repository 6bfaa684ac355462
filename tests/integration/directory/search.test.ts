/**
 * public.search_directory through the real API: relevance (compound words, umlauts, typos),
 * every filter, distance order and radius, opening hours in Europe/Berlin, pagination and
 * publication status. Each describe block searches only inside a network of its own.
 */
import pg from 'pg';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createNetwork, createOrganisation, search, sql as db } from './fixtures.ts';

const names = (rows: Array<{ name: string }>) => rows.map((row) => row.name);

describe('search_directory: text relevance', () => {
	let network: string;
	const tag = `Zz${crypto.randomUUID().slice(0, 6)}`;

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Relevanz');
		network = slug;
		const networks = [id];
		await createOrganisation({ name: `Antidiskriminierungsberatung ${tag}`, networks });
		await createOrganisation({ name: `Beratung für Geflüchtete ${tag}`, networks });
		await createOrganisation({
			name: `Stadtteilverein ${tag}`,
			kind: 'initiative',
			networks,
			services: [
				{
					name: 'Hausaufgabenhilfe',
					description: 'Unterstützung für Schülerinnen und Schüler mit Migrationsgeschichte'
				}
			]
		});
		await createOrganisation({ name: `Sportfreunde ${tag}`, kind: 'initiative', networks });
		await createOrganisation({
			name: `Qwertzuiop Beratungsnetz ${tag}`,
			status: 'draft',
			networks
		});
	});

	it('finds a compound word by its part: "beratung" finds Antidiskriminierungsberatung', async () => {
		const rows = await search({ q: 'beratung', network });
		expect(names(rows)).toContain(`Antidiskriminierungsberatung ${tag}`);
		expect(names(rows)).toContain(`Beratung für Geflüchtete ${tag}`);
		expect(names(rows)).not.toContain(`Sportfreunde ${tag}`);
	});

	it('folds umlauts: "gefluchtete" and "gefluechtete" find "Beratung für Geflüchtete"', async () => {
		for (const q of ['gefluchtete', 'gefluechtete', 'Geflüchtete', 'GEFLÜCHTETE']) {
			const rows = await search({ q, network });
			expect(names(rows), q).toEqual([`Beratung für Geflüchtete ${tag}`]);
		}
	});

	it('ranks the organisation named like the whole query first', async () => {
		const rows = await search({ q: `Beratung für Geflüchtete ${tag}`, network });
		expect(rows[0]?.name).toBe(`Beratung für Geflüchtete ${tag}`);
		expect(rows.every((row) => typeof row.rank === 'number')).toBe(true);
	});

	it('tolerates a typo in a name', async () => {
		expect(names(await search({ q: 'Antidiskriminirungsberatung', network }))).toContain(
			`Antidiskriminierungsberatung ${tag}`
		);
		expect(names(await search({ q: 'Sportfreunte', network }))).toEqual([`Sportfreunde ${tag}`]);
	});

	it('searches service names and descriptions with German stemming', async () => {
		expect(names(await search({ q: 'hausaufgaben', network }))).toEqual([`Stadtteilverein ${tag}`]);
		expect(names(await search({ q: 'Migrationsgeschichten', network }))).toEqual([
			`Stadtteilverein ${tag}`
		]);
	});

	it('returns nothing for a word that occurs nowhere, and never drafts', async () => {
		expect(await search({ q: 'Xylophonorchester', network })).toEqual([]);
		expect(names(await search({ q: 'Qwertzuiop', network }))).toEqual([]);
	});

	it('lists everything (by name) without a query', async () => {
		const rows = await search({ network });
		expect(names(rows)).toEqual([
			`Antidiskriminierungsberatung ${tag}`,
			`Beratung für Geflüchtete ${tag}`,
			`Sportfreunde ${tag}`,
			`Stadtteilverein ${tag}`
		]);
		expect(rows.every((row) => Number(row.total_count) === 4)).toBe(true);
	});
});

describe('search_directory: filters', () => {
	let network: string;
	const tag = `Filter ${crypto.randomUUID().slice(0, 6)}`;

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Filter');
		network = slug;
		const networks = [id];
		await createOrganisation({
			name: `${tag} A`,
			kind: 'counselling_service',
			networks,
			locations: [{ key: 'main', latitude: 51.31, longitude: 9.48, wheelchair: true }],
			services: [
				{
					name: 'Beratung A',
					anonymousPossible: true,
					freeOfCharge: true,
					accessModes: ['in_person', 'phone'],
					languages: ['de', 'ar'],
					grounds: ['racism'],
					counsellingTypes: ['anti_discrimination'],
					at: ['main']
				}
			]
		});
		await createOrganisation({
			name: `${tag} B`,
			kind: 'migrant_organisation',
			networks,
			locations: [{ key: 'main', latitude: 51.32, longitude: 9.49, wheelchair: false }],
			services: [
				{
					name: 'Beratung B',
					anonymousPossible: false,
					freeOfCharge: false,
					accessModes: ['chat'],
					languages: ['tr'],
					grounds: ['antisemitism'],
					counsellingTypes: ['legal'],
					at: ['main']
				}
			]
		});
		// Two services: each matches one filter, none both.
		await createOrganisation({
			name: `${tag} C`,
			kind: 'initiative',
			networks,
			services: [
				{ name: 'C Arabisch', languages: ['ar'], anonymousPossible: false },
				{ name: 'C Anonym', languages: ['de'], anonymousPossible: true }
			]
		});
		// Not in the network: never returned when the network filter is set.
		await createOrganisation({
			name: `${tag} outside`,
			kind: 'counselling_service',
			services: [{ name: 'Beratung X', languages: ['ar'] }]
		});
	});

	const filtered = async (args: Record<string, unknown>) =>
		names(await search({ network, ...args })).sort();

	it('filters by kind', async () => {
		expect(await filtered({ kinds: ['migrant_organisation'] })).toEqual([`${tag} B`]);
		expect(await filtered({ kinds: ['counselling_service', 'initiative'] })).toEqual([
			`${tag} A`,
			`${tag} C`
		]);
	});

	it('filters by discrimination ground and counselling type', async () => {
		expect(await filtered({ discrimination_grounds: ['antisemitism'] })).toEqual([`${tag} B`]);
		expect(await filtered({ discrimination_grounds: ['racism', 'antisemitism'] })).toEqual([
			`${tag} A`,
			`${tag} B`
		]);
		expect(await filtered({ counselling_types: ['anti_discrimination'] })).toEqual([`${tag} A`]);
		expect(await filtered({ counselling_types: ['victim_support'] })).toEqual([]);
	});

	it('filters by language and shows only the matching services', async () => {
		const rows = await search({ network, languages: ['ar'] });
		expect(names(rows).sort()).toEqual([`${tag} A`, `${tag} C`]);
		const c = rows.find((row) => row.name === `${tag} C`)!;
		expect(c.services.map((service) => service.name)).toEqual(['C Arabisch']);
		expect(c.services[0]).toMatchObject({ languages: ['ar'], online_only: true });
	});

	it('filters by access mode', async () => {
		expect(await filtered({ access_modes: ['chat'] })).toEqual([`${tag} B`]);
		expect(await filtered({ access_modes: ['phone', 'chat'] })).toEqual([`${tag} A`, `${tag} B`]);
	});

	it('filters by anonymous possible and free of charge', async () => {
		expect(await filtered({ anonymous_possible: true })).toEqual([`${tag} A`, `${tag} C`]);
		expect(await filtered({ free_of_charge: true })).toEqual([`${tag} A`, `${tag} C`]);
	});

	it('requires one service to satisfy all service filters together', async () => {
		expect(await filtered({ languages: ['ar'], anonymous_possible: true })).toEqual([`${tag} A`]);
	});

	it('filters by wheelchair access of a public location', async () => {
		expect(await filtered({ wheelchair_accessible: true })).toEqual([`${tag} A`]);
	});

	it('filters by network', async () => {
		const all = names(await search({ languages: ['ar'], q: tag, page_limit: 100 }));
		expect(all).toContain(`${tag} outside`);
		expect(await filtered({ languages: ['ar'] })).not.toContain(`${tag} outside`);
	});

	it('rejects an unknown access mode instead of ignoring it', async () => {
		await expect(search({ network, access_modes: ['telepathy'] })).rejects.toThrow(/access_mode/);
	});
});

describe('search_directory: near a point', () => {
	let network: string;
	const tag = `Nah ${crypto.randomUUID().slice(0, 6)}`;
	// A quiet spot far from the demo data: distances below are from here.
	const origin = { near_latitude: 48.0, near_longitude: 11.0 };

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Nähe');
		network = slug;
		const networks = [id];
		await createOrganisation({
			name: `${tag} 5 km`,
			networks,
			locations: [{ key: 'm', latitude: 48.045, longitude: 11.0 }]
		});
		await createOrganisation({
			name: `${tag} 1 km`,
			networks,
			locations: [{ key: 'm', latitude: 48.009, longitude: 11.0 }]
		});
		await createOrganisation({
			name: `${tag} 2 km`,
			networks,
			locations: [
				{ key: 'far', latitude: 48.2, longitude: 11.0 },
				{ key: 'near', latitude: 48.0, longitude: 11.0268 }
			]
		});
		await createOrganisation({
			name: `${tag} on request`,
			networks,
			locations: [{ key: 'm', latitude: 48.0, longitude: 11.0, visibility: 'on_request' }]
		});
	});

	it('orders by distance to the nearest public location, places without a point last', async () => {
		const rows = await search({ network, ...origin });
		expect(names(rows)).toEqual([`${tag} 1 km`, `${tag} 2 km`, `${tag} 5 km`, `${tag} on request`]);
		expect(rows[0]!.distance_m).toBeGreaterThan(950);
		expect(rows[0]!.distance_m).toBeLessThan(1050);
		expect(rows[1]!.distance_m).toBeGreaterThan(1900);
		expect(rows[1]!.distance_m).toBeLessThan(2100);
		expect(rows[3]!.distance_m).toBeNull();
		const twoKm = rows[1]!;
		expect(
			twoKm.locations.map((location) => Math.round(Number(location.distance_m) / 1000))
		).toEqual([2, 22]);
	});

	it('keeps only organisations within the radius', async () => {
		expect(names(await search({ network, ...origin, radius_m: 3000 }))).toEqual([
			`${tag} 1 km`,
			`${tag} 2 km`
		]);
		expect(await search({ network, ...origin, radius_m: 500 })).toEqual([]);
	});

	it('can answer a radius search from the GiST index on the public points', async () => {
		const client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
		await client.connect();
		try {
			// The test database is small, so the planner is told to prefer the index when it can.
			await client.query('set enable_seqscan = off');
			const { rows } = await client.query<{ 'QUERY PLAN': string }>(
				`explain select location_id from public.public_locations
				 where extensions.cube_enlarge(private.earth_point(48.0, 11.0), 3000, 3) operator(extensions.@>) earth`
			);
			expect(rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/public_locations_earth_idx/);
		} finally {
			await client.end();
		}
	});
});

describe('search_directory: open now (Europe/Berlin)', () => {
	let network: string;
	const tag = `Offen ${crypto.randomUUID().slice(0, 6)}`;

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Öffnungszeiten');
		network = slug;
		const networks = [id];
		// Friday 22:00 until Saturday 02:00; Thursday 22:00–02:00 too.
		await createOrganisation({
			name: `${tag} Nachtcafé`,
			networks,
			locations: [{ key: 'm', latitude: 51.31, longitude: 9.48 }],
			slots: [
				{ location: 'm', weekday: 5, opens: '22:00', closes: '02:00' },
				{ location: 'm', weekday: 4, opens: '22:00', closes: '02:00' }
			],
			exceptions: [{ from: '2026-12-24', to: '2026-12-24' }]
		});
		// Fridays 10–16, two slots on Wednesday; closed at Christmas; special hours on 23 December.
		await createOrganisation({
			name: `${tag} Büro`,
			networks,
			locations: [{ key: 'm', latitude: 51.31, longitude: 9.48 }],
			slots: [
				{ location: 'm', weekday: 5, opens: '10:00', closes: '16:00' },
				{ location: 'm', weekday: 3, opens: '09:00', closes: '12:00' },
				{ location: 'm', weekday: 3, opens: '14:00', closes: '17:00' }
			],
			exceptions: [
				{ from: '2026-12-24', to: '2026-12-26' },
				{ from: '2026-12-23', to: '2026-12-23', closed: false, opens: '10:00', closes: '13:00' }
			]
		});
	});

	const openAt = async (at: string) => names(await search({ network, open_now: true, at })).sort();
	const flags = async (at: string) =>
		Object.fromEntries((await search({ network, at })).map((row) => [row.name, row.is_open_now]));

	it('opens a slot that runs past midnight on both sides of midnight', async () => {
		expect(await openAt('2026-11-27T23:00:00+01:00')).toEqual([`${tag} Nachtcafé`]);
		expect(await openAt('2026-11-28T01:30:00+01:00')).toEqual([`${tag} Nachtcafé`]);
		expect(await openAt('2026-11-28T02:30:00+01:00')).toEqual([]);
		expect(await openAt('2026-11-27T21:00:00+01:00')).toEqual([]);
	});

	it('reads the time in Europe/Berlin, summer and winter', async () => {
		// 21:30 UTC is 22:30 in Berlin in winter, 23:30 in summer.
		expect(await openAt('2026-11-27T21:30:00Z')).toEqual([`${tag} Nachtcafé`]);
		expect(await openAt('2026-07-03T20:30:00Z')).toEqual([`${tag} Nachtcafé`]);
		expect(await openAt('2026-07-03T19:30:00Z')).toEqual([]);
	});

	it('honours several slots a day', async () => {
		expect(await openAt('2026-11-25T11:00:00+01:00')).toEqual([`${tag} Büro`]);
		expect(await openAt('2026-11-25T13:00:00+01:00')).toEqual([]);
		expect(await openAt('2026-11-25T15:00:00+01:00')).toEqual([`${tag} Büro`]);
	});

	it('is closed on a holiday, also after midnight of a holiday evening', async () => {
		expect(await openAt('2026-12-18T11:00:00+01:00')).toEqual([`${tag} Büro`]);
		expect(await openAt('2026-12-25T11:00:00+01:00')).toEqual([]);
		// Thursday 24 December is a holiday for the café: its Thursday-night slot does not run,
		// so at 01:00 on Friday it is closed; on the Friday night it opens again.
		expect(await openAt('2026-12-25T01:00:00+01:00')).toEqual([]);
		expect(await openAt('2026-12-25T23:00:00+01:00')).toEqual([`${tag} Nachtcafé`]);
	});

	it('uses special hours on an exception day instead of the weekly slots', async () => {
		expect(await openAt('2026-12-23T12:00:00+01:00')).toEqual([`${tag} Büro`]);
		expect(await openAt('2026-12-23T15:00:00+01:00')).toEqual([]);
	});

	it('flags each result and each location open or closed without filtering', async () => {
		const rows = await search({ network, at: '2026-11-28T01:30:00+01:00' });
		expect(rows).toHaveLength(2);
		expect(await flags('2026-11-28T01:30:00+01:00')).toEqual({
			[`${tag} Büro`]: false,
			[`${tag} Nachtcafé`]: true
		});
		const cafe = rows.find((row) => row.name === `${tag} Nachtcafé`)!;
		expect(cafe.locations[0]).toMatchObject({ open_now: true });
	});
});

describe('search_directory: pagination and publication', () => {
	let network: string;
	const tag = `Seite ${crypto.randomUUID().slice(0, 6)}`;

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Seiten');
		network = slug;
		for (const letter of ['A', 'B', 'C', 'D', 'E'])
			await createOrganisation({ name: `${tag} ${letter}`, networks: [id] });
		await createOrganisation({ name: `${tag} Entwurf`, status: 'draft', networks: [id] });
		await createOrganisation({ name: `${tag} Archiv`, status: 'archived', networks: [id] });
	});

	it('pages with limit and offset and reports the total', async () => {
		const first = await search({ network, page_limit: 2, page_offset: 0 });
		const third = await search({ network, page_limit: 2, page_offset: 4 });
		expect(names(first)).toEqual([`${tag} A`, `${tag} B`]);
		expect(names(third)).toEqual([`${tag} E`]);
		expect([...first, ...third].every((row) => Number(row.total_count) === 5)).toBe(true);
		expect(await search({ network, page_limit: 2, page_offset: 10 })).toEqual([]);
	});

	it('returns only published organisations, to staff-less callers and the service role alike', async () => {
		const rows = await search({ network, page_limit: 100 });
		expect(names(rows)).not.toContain(`${tag} Entwurf`);
		expect(names(rows)).not.toContain(`${tag} Archiv`);
	});

	it('returns the result shape the page, exports and embed share', async () => {
		const [row] = await search({ network, page_limit: 1 });
		expect(Object.keys(row!).sort()).toEqual(
			[
				'description',
				'distance_m',
				'email',
				'is_open_now',
				'kind',
				'locations',
				'name',
				'organisation_id',
				'phone',
				'rank',
				'services',
				'short_name',
				'slug',
				'total_count',
				'website'
			].sort()
		);
	});
});

describe('search_directory: drafts and typo tolerance', () => {
	let network: string;
	const tag = `Zz${crypto.randomUUID().slice(0, 6)}`;

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Tippfehler');
		network = slug;
		await createOrganisation({ name: `Qwertzhaus ${tag}`, networks: [id] });
		// Spelled exactly like the query below: it must neither switch the typo fallback off nor
		// show, by the missing typo match, that an unpublished organisation of that name exists.
		await createOrganisation({ name: `Qwretzhaus ${tag}`, status: 'draft', networks: [id] });
	});

	it('still tolerates the typo when a draft matches the query as written', async () => {
		expect(names(await search({ q: `Qwretzhaus ${tag}`, network }))).toEqual([`Qwertzhaus ${tag}`]);
	});
});

// The filters read facets precomputed on write (private.directory_entries, service_facets): every
// kind of change must reach the search at once, not only the data an organisation was created with.
describe('search_directory: follows changes to what it filters by', () => {
	let network: string;
	let organisation: Awaited<ReturnType<typeof createOrganisation>>;
	const tag = `Wandel ${crypto.randomUUID().slice(0, 6)}`;
	const friday = '2026-11-27T11:00:00+01:00';
	const found = async (args: Record<string, unknown>) =>
		names(await search({ network, ...args })).includes(`${tag} Verein`);

	beforeAll(async () => {
		const { id, slug } = await createNetwork('Wandel');
		network = slug;
		organisation = await createOrganisation({
			name: `${tag} Verein`,
			kind: 'initiative',
			networks: [id],
			locations: [{ key: 'm', latitude: 51.31, longitude: 9.48 }],
			services: [{ name: 'Beratung', languages: ['de'], anonymousPossible: false }]
		});
	});

	it('a language, a ground, anonymity and access modes added or removed later', async () => {
		const service = organisation.services['Beratung'];
		expect(await found({ languages: ['uk'] })).toBe(false);
		await db(
			`insert into public.service_languages (organisation_id, service_id, language) values ($1, $2, 'uk')`,
			[organisation.id, service]
		);
		expect(await found({ languages: ['uk'] })).toBe(true);
		await db(`delete from public.service_languages where service_id = $1 and language = 'uk'`, [
			service
		]);
		expect(await found({ languages: ['uk'] })).toBe(false);

		expect(await found({ discrimination_grounds: ['disability'] })).toBe(false);
		await db(
			`insert into public.service_taxonomy_terms (organisation_id, service_id, taxonomy_term_id)
			 select $1, $2, id from public.taxonomy_terms where vocabulary = 'discrimination_grounds' and code = 'disability'`,
			[organisation.id, service]
		);
		expect(await found({ discrimination_grounds: ['disability'] })).toBe(true);

		expect(await found({ anonymous_possible: true, access_modes: ['video'] })).toBe(false);
		await db(
			`update public.services set anonymous_possible = true, access_modes = '{video}' where id = $1`,
			[service]
		);
		expect(await found({ anonymous_possible: true, access_modes: ['video'] })).toBe(true);
	});

	it('a service added later, and one deleted', async () => {
		expect(await found({ free_of_charge: true, languages: ['fa'] })).toBe(false);
		const [row] = await db<{ id: string }>(
			`insert into public.services (organisation_id, name, free_of_charge) values ($1, 'Sprechstunde', true) returning id`,
			[organisation.id]
		);
		await db(
			`insert into public.service_languages (organisation_id, service_id, language) values ($1, $2, 'fa')`,
			[organisation.id, row!.id]
		);
		const rows = await search({ network, free_of_charge: true, languages: ['fa'] });
		expect(rows.map((r) => r.services.map((s) => s.name))).toEqual([['Sprechstunde']]);
		await db(`delete from public.services where id = $1`, [row!.id]);
		expect(await found({ free_of_charge: true, languages: ['fa'] })).toBe(false);
	});

	it('opening hours added, changed and removed later', async () => {
		expect(await found({ open_now: true, at: friday })).toBe(false);
		const [slot] = await db<{ id: string }>(
			`insert into public.schedules (organisation_id, location_id, weekday, opens_at, closes_at)
			 values ($1, $2, 5, '10:00', '12:00') returning id`,
			[organisation.id, organisation.locations.m]
		);
		expect(await found({ open_now: true, at: friday })).toBe(true);
		await db(`update public.schedules set opens_at = '11:30' where id = $1`, [slot!.id]);
		expect(await found({ open_now: true, at: friday })).toBe(false);
		await db(
			`update public.schedules set opens_at = '10:00', valid_to = '2026-11-20' where id = $1`,
			[slot!.id]
		);
		expect(await found({ open_now: true, at: friday })).toBe(false);
		await db(`update public.schedules set valid_to = null where id = $1`, [slot!.id]);
		expect(await found({ open_now: true, at: friday })).toBe(true);
		await db(`delete from public.schedules where id = $1`, [slot!.id]);
		expect(await found({ open_now: true, at: friday })).toBe(false);
	});

	it('a Sunday night slot runs into Monday morning', async () => {
		const [slot] = await db<{ id: string }>(
			`insert into public.schedules (organisation_id, weekday, opens_at, closes_at)
			 values ($1, 7, '22:00', '03:00') returning id`,
			[organisation.id]
		);
		expect(await found({ open_now: true, at: '2026-11-29T23:00:00+01:00' })).toBe(true);
		expect(await found({ open_now: true, at: '2026-11-30T02:59:00+01:00' })).toBe(true);
		expect(await found({ open_now: true, at: '2026-11-30T03:00:00+01:00' })).toBe(false);
		expect(await found({ open_now: true, at: '2026-11-29T21:59:00+01:00' })).toBe(false);
		await db(`delete from public.schedules where id = $1`, [slot!.id]);
	});

	it('a change of name, kind and publication status', async () => {
		expect(await found({ kinds: ['initiative'] })).toBe(true);
		await db(`update public.organisations set kind = 'migrant_organisation' where id = $1`, [
			organisation.id
		]);
		expect(await found({ kinds: ['initiative'] })).toBe(false);
		expect(await found({ kinds: ['migrant_organisation'] })).toBe(true);

		await db(`update public.organisations set name = $2 where id = $1`, [
			organisation.id,
			`${tag} Verein Ährenfeld`
		]);
		const [row] = await search({ network, q: 'ahrenfeld' });
		expect(row?.name).toBe(`${tag} Verein Ährenfeld`);
		await db(`update public.organisations set name = $2 where id = $1`, [
			organisation.id,
			`${tag} Verein`
		]);

		await db(`update public.organisations set status = 'draft' where id = $1`, [organisation.id]);
		expect(await search({ network })).toEqual([]);
		await db(`update public.organisations set status = 'published' where id = $1`, [
			organisation.id
		]);
		expect(await found({})).toBe(true);
	});
});

describe('search_directory: precomputed facets', () => {
	it('equal a fresh recomputation for every organisation, after all the changes above', async () => {
		// One transaction, rolled back: recompute everything and compare with what triggers kept.
		const client = new pg.Client({ connectionString: inject('stack').superuserDbUrl });
		await client.connect();
		try {
			await client.query('begin');
			await client.query(`create temp table kept_entries as select * from private.directory_entries;
				create temp table kept_facets as select * from private.service_facets;`);
			await client.query(
				`select private.refresh_directory_facets(array(select id from public.organisations))`
			);
			const { rows } = await client.query(`
				select 'entries' as what, count(*)::int as differences from (
				  (select * from private.directory_entries except select * from kept_entries)
				  union all (select * from kept_entries except select * from private.directory_entries)) d
				union all
				select 'facets', count(*)::int from (
				  (select * from private.service_facets except select * from kept_facets)
				  union all (select * from kept_facets except select * from private.service_facets)) f
				union all
				select 'organisations without entry', count(*)::int from public.organisations o
				where not exists (select 1 from kept_entries e where e.organisation_id = o.id)`);
			expect(rows).toEqual([
				{ what: 'entries', differences: 0 },
				{ what: 'facets', differences: 0 },
				{ what: 'organisations without entry', differences: 0 }
			]);
		} finally {
			await client.query('rollback');
			await client.end();
		}
	});
});
