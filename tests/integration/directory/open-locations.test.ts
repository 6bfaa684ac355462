/**
 * public.open_locations: the organisation page's "open now". The opening-hours rules themselves
 * are private.open_scopes' (tested through the search); this checks the wrapper visitors call:
 * it answers per scope (location, service, whole organisation), in Europe/Berlin, across
 * midnight and on exception days, and gives nothing for drafts, archived or unknown slugs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	anon,
	createOrganisation,
	createUser,
	signedIn,
	sql,
	type Organisation
} from './fixtures.ts';

type Scope = { location_id: string | null; service_id: string | null };

async function openScopes(slug: string, at: string, client = anon()): Promise<Scope[]> {
	const { data, error } = await client.rpc('open_locations', { organisation_slug: slug, at });
	if (error) throw new Error(`open_locations failed: ${JSON.stringify(error)}`);
	return (data as Scope[]).sort((a, b) =>
		`${a.location_id}${a.service_id}`.localeCompare(`${b.location_id}${b.service_id}`)
	);
}

describe('open_locations', () => {
	const tag = crypto.randomUUID().slice(0, 8);
	let cafe: Organisation;
	let draft: Organisation;
	let archived: Organisation;

	beforeAll(async () => {
		// Night café: Friday 22:00 until Saturday 02:00 at the café; office Wednesdays 09–12;
		// closed on Christmas Eve, special hours 10–13 on 23 December at the café only.
		cafe = await createOrganisation({
			name: `Nachtcafé ${tag}`,
			services: [{ name: `Krisentelefon ${tag}` }],
			locations: [
				{ key: 'cafe', latitude: 51.31, longitude: 9.48 },
				{ key: 'office', latitude: 51.32, longitude: 9.49, visibility: 'on_request' }
			],
			slots: [
				{ location: 'cafe', weekday: 5, opens: '22:00', closes: '02:00' },
				{ location: 'office', weekday: 3, opens: '09:00', closes: '12:00' }
			],
			exceptions: [
				{ from: '2026-12-24', to: '2026-12-24' },
				{
					location: 'cafe',
					from: '2026-12-23',
					to: '2026-12-23',
					closed: false,
					opens: '10:00',
					closes: '13:00'
				}
			]
		});
		// The crisis line (service only, no place) on Saturdays 20:00–23:00, and hours of the
		// whole organisation on Sundays 10:00–11:00.
		await sql(
			`insert into public.schedules (organisation_id, service_id, weekday, opens_at, closes_at)
			 values ($1, $2, 6, '20:00', '23:00'), ($1, null, 7, '10:00', '11:00')`,
			[cafe.id, cafe.services[`Krisentelefon ${tag}`]]
		);
		const alwaysOpen = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
			location: 'm',
			weekday,
			opens: '00:00',
			closes: '23:59'
		}));
		const place = [{ key: 'm', latitude: 51.3, longitude: 9.47 }];
		draft = await createOrganisation({
			name: `Entwurf ${tag}`,
			status: 'draft',
			locations: place,
			slots: alwaysOpen
		});
		archived = await createOrganisation({
			name: `Archiv ${tag}`,
			status: 'archived',
			locations: place,
			slots: alwaysOpen
		});
	});

	const at = (location: string) => ({ location_id: cafe.locations[location]!, service_id: null });

	it('is open during a weekly slot, at the slot’s location only', async () => {
		// Wednesday 25 November 2026, 11:00 in Kassel.
		expect(await openScopes(cafe.slug, '2026-11-25T11:00:00+01:00')).toEqual([at('office')]);
		expect(await openScopes(cafe.slug, '2026-11-25T12:30:00+01:00')).toEqual([]);
	});

	it('stays open across midnight and closes when the slot ends', async () => {
		expect(await openScopes(cafe.slug, '2026-11-27T23:30:00+01:00')).toEqual([at('cafe')]);
		expect(await openScopes(cafe.slug, '2026-11-28T01:30:00+01:00')).toEqual([at('cafe')]);
		expect(await openScopes(cafe.slug, '2026-11-28T02:00:00+01:00')).toEqual([]);
		expect(await openScopes(cafe.slug, '2026-11-27T21:59:00+01:00')).toEqual([]);
	});

	it('reads the clock in Europe/Berlin, in winter and in summer time', async () => {
		// 21:30 UTC on a November Friday is 22:30 in Kassel; 20:30 UTC in July is 22:30 too.
		expect(await openScopes(cafe.slug, '2026-11-27T21:30:00Z')).toEqual([at('cafe')]);
		expect(await openScopes(cafe.slug, '2026-07-03T20:30:00Z')).toEqual([at('cafe')]);
		expect(await openScopes(cafe.slug, '2026-07-03T19:30:00Z')).toEqual([]);
	});

	it('is closed on a holiday exception and uses special hours on an exception day', async () => {
		// Wednesday 23 December: the café's special hours replace nothing at the office, whose
		// Wednesday slot still runs; Thursday 24 December closes the whole organisation.
		expect(await openScopes(cafe.slug, '2026-12-23T11:00:00+01:00')).toEqual(
			[at('cafe'), at('office')].sort((a, b) => a.location_id.localeCompare(b.location_id))
		);
		expect(await openScopes(cafe.slug, '2026-12-23T13:30:00+01:00')).toEqual([]);
		// Wednesday 30 December, same hour: the office is open again, the café is not.
		expect(await openScopes(cafe.slug, '2026-12-30T11:00:00+01:00')).toEqual([at('office')]);
		expect(await openScopes(cafe.slug, '2026-12-16T11:00:00+01:00')).toEqual([at('office')]);
	});

	it('names a service’s own hours and the whole organisation’s hours', async () => {
		expect(await openScopes(cafe.slug, '2026-11-28T21:00:00+01:00')).toEqual([
			{ location_id: null, service_id: cafe.services[`Krisentelefon ${tag}`] }
		]);
		expect(await openScopes(cafe.slug, '2026-11-29T10:30:00+01:00')).toEqual([
			{ location_id: null, service_id: null }
		]);
	});

	it('gives nothing for drafts, archived organisations and unknown slugs, to anyone', async () => {
		const monday = '2026-11-30T12:00:00+01:00';
		// The same hours are open as far as the private rules go …
		const [{ count }] = (await sql(
			`select count(*)::int as count from private.open_scopes($1, array[$2, $3]::uuid[])`,
			[monday, draft.id, archived.id]
		)) as [{ count: number }];
		expect(count).toBe(2);
		// … but nobody learns that through the public function, not even a signed-in member.
		const member = await createUser();
		await sql(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'editor')`,
			[draft.id, member]
		);
		for (const client of [anon(), signedIn(member)]) {
			expect(await openScopes(draft.slug, monday, client)).toEqual([]);
			expect(await openScopes(archived.slug, monday, client)).toEqual([]);
			expect(await openScopes(`unbekannt-${tag}`, monday, client)).toEqual([]);
		}
	});

	it('defaults to now, and is executable by visitors but not by PUBLIC', async () => {
		const { error } = await anon().rpc('open_locations', { organisation_slug: cafe.slug });
		expect(error).toBeNull();
		const [grants] = await sql<{ anon: boolean; authenticated: boolean; public: boolean }>(
			`select has_function_privilege('anon', 'public.open_locations(text, timestamptz)', 'execute') as anon,
			        has_function_privilege('authenticated', 'public.open_locations(text, timestamptz)', 'execute') as authenticated,
			        exists (select 1 from pg_proc p, aclexplode(p.proacl) a
			                where p.oid = 'public.open_locations(text, timestamptz)'::regprocedure and a.grantee = 0) as public`
		);
		expect(grants).toEqual({ anon: true, authenticated: true, public: false });
	});
});
