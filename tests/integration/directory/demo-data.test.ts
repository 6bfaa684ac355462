/**
 * The Kassel demo data as a visitor sees it: real bodies with example contacts only, both
 * networks with members, confidential places among them, and a search that finds counselling.
 */
import { describe, expect, it } from 'vitest';
import { anon, search, sql } from './fixtures.ts';

const KOMMA = 'komm-a-kassel-kommunale-allianz-gegen-rassismus-und-hass';
const PFD = 'partnerschaft-fuer-demokratie-kassel';

describe('Kassel demo data', () => {
	it('names the public bodies and services with fictional contact details only', async () => {
		const { data, error } = await anon()
			.from('organisations')
			.select('name, email, website, phone')
			.in('name', [
				'Amt für Chancengleichheit der Stadt Kassel',
				'AdiBe – Antidiskriminierungsberatung',
				'Ausländerbeirat der Stadt Kassel'
			]);
		expect(error).toBeNull();
		expect(data).toHaveLength(3);
		for (const organisation of data!) {
			expect(organisation.email).toMatch(/@[a-z0-9-]+\.example\.org$/);
			expect(organisation.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\.org$/);
			expect(organisation.phone).toMatch(/Beispiel/);
		}
		const withRealAddress = await sql(
			`select name from public.organisations
			 where is_demo and (email is null or email not like '%.example.org')`
		);
		expect(withRealAddress).toEqual([]);
	});

	it('has both networks with members in several roles', async () => {
		const komma = await search({ network: KOMMA, page_limit: 100 });
		const pfd = await search({ network: PFD, page_limit: 100 });
		expect(komma.length).toBeGreaterThanOrEqual(10);
		expect(pfd.length).toBeGreaterThanOrEqual(5);
		expect(komma.map((row) => row.name)).toContain('AdiBe – Antidiskriminierungsberatung');
		const { data: roles } = await anon().from('network_memberships').select('role');
		expect(new Set(roles?.map((row) => row.role))).toEqual(
			new Set(['steering_group', 'member', 'partner'])
		);
		const { data: partnerships } = await anon().from('partnerships').select('id');
		expect(partnerships!.length).toBeGreaterThanOrEqual(3);
	});

	it('mixes location visibilities and staff languages', async () => {
		const { data: places } = await anon().from('public_locations').select('visibility, latitude');
		expect(new Set(places?.map((row) => row.visibility))).toEqual(
			new Set(['exact', 'approximate', 'district_only', 'on_request'])
		);
		const { data: languages } = await anon().from('service_languages').select('language');
		const spoken = new Set(languages?.map((row) => row.language));
		for (const code of ['de', 'en', 'tr', 'ar', 'uk', 'fa', 'ru'])
			expect(spoken, code).toContain(code);
	});

	it('finds free anonymous counselling in Arabic near the town hall, nearest first', async () => {
		const rows = await search({
			q: 'beratung',
			languages: ['ar'],
			anonymous_possible: true,
			near_latitude: 51.3127,
			near_longitude: 9.4797,
			radius_m: 5000
		});
		expect(rows.length).toBeGreaterThanOrEqual(3);
		const distances = rows.map((row) => row.distance_m ?? Infinity);
		expect(distances).toEqual([...distances].sort((a, b) => a - b));
		expect(rows.map((row) => row.name)).toContain('AdiBe – Antidiskriminierungsberatung');
		for (const row of rows) {
			expect(
				row.services.every(
					(service) => (service.languages as string[]).includes('ar') && service.anonymous_possible
				)
			).toBe(true);
		}
	});

	it('is open on a weekday morning and closed at Christmas', async () => {
		const morning = await search({
			open_now: true,
			at: '2026-11-26T10:00:00+01:00',
			page_limit: 100
		});
		const christmas = await search({
			open_now: true,
			at: '2026-12-25T10:00:00+01:00',
			page_limit: 100
		});
		expect(morning.length).toBeGreaterThan(5);
		expect(christmas.map((row) => row.name)).not.toContain('AdiBe – Antidiskriminierungsberatung');
		// The shelter's hotline runs through the night, holidays included.
		const night = await search({
			open_now: true,
			at: '2026-12-25T03:00:00+01:00',
			page_limit: 100
		});
		expect(night.map((row) => row.name)).toContain('Frauenberatung bei Gewalt – Schutzraum (Demo)');
	});
});
