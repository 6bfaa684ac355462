/**
 * The open-data exports and the embed widget, fetched over HTTP from the production build as an
 * anonymous visitor: a confidential location's street and exact point appear in none of them,
 * drafts never appear, the directory's filters narrow them exactly as they narrow the search,
 * and each format is well-formed.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMPTY_QUERY } from '../../../src/lib/domain/directory-query.ts';
import { decodeMapData } from '../../../src/lib/domain/map-data.ts';
import { collectDirectory } from '../../../src/lib/server/exports/collect.ts';
import { anonClient } from '../../support/clients.ts';
import { startAppServer, type AppServer } from '../../support/app-server.ts';
import {
	confidentialPlaces,
	createNetwork,
	createOrganisation,
	search,
	sql,
	type Organisation
} from './fixtures.ts';

const secret = crypto.randomUUID().slice(0, 8);
const { places, locations, hidden } = confidentialPlaces(secret);

/** The secrets as they could appear in text: the street, and each coordinate rounded or cut. */
function secretStrings(precisions: number[]): string[] {
	return hidden.flatMap((place) => [
		place.address,
		...[place.latitude, place.longitude].flatMap((value) =>
			precisions.flatMap((digits) => [
				value.toFixed(digits),
				String(Math.trunc(value * 10 ** digits) / 10 ** digits)
			])
		)
	]);
}

function expectNoSecrets(text: string, what: string, precisions = [6, 5, 4]) {
	for (const value of secretStrings(precisions)) {
		expect(text, `${what} leaks ${value}`).not.toContain(value);
	}
	for (const name of [`Versteck ${secret}`, `Bezirk ${secret}`, `Auf Anfrage ${secret}`]) {
		expect(text, `${what} leaks the name ${name}`).not.toContain(name);
	}
}

/** RFC 4180 with a configurable separator: rows of cells, quotes undone; throws on bad syntax. */
function parseCsv(text: string, separator: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	while (i < text.length) {
		const char = text[i]!;
		if (quoted && char === '"' && text[i + 1] === '"') {
			cell += '"';
			i += 2;
			continue;
		}
		if (quoted && char === '"') quoted = false;
		else if (quoted) cell += char;
		else if (char === '"' && cell === '') quoted = true;
		else if (char === separator) {
			row.push(cell);
			cell = '';
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i += 1;
		} else if (char === '"' || char === '\n' || char === '\r') {
			throw new Error(`malformed CSV at ${i}: ${JSON.stringify(text.slice(i - 20, i + 20))}`);
		} else cell += char;
		i += 1;
	}
	if (quoted || cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
	return rows;
}

type Feature = {
	type: string;
	id: string;
	geometry: { type: string; coordinates: [number, number] };
	properties: Record<string, unknown>;
};

describe('open-data exports and the embed widget', () => {
	let app: AppServer;
	let network: string;
	let shelter: Organisation;
	const names = {
		shelter: `Schutzraum ${secret}`,
		// Starts like a spreadsheet formula: the CSV must defuse it.
		online: `@Onlineberatung ${secret}`,
		draft: `Entwurf ${secret}`
	};

	const get = (path: string) => fetch(`${app.url}${path}`);
	const text = async (path: string) => {
		const response = await get(path);
		expect(response.status, path).toBe(200);
		return response.text();
	};

	beforeAll(async () => {
		const created = await createNetwork('Offene Daten');
		network = created.slug;
		shelter = await createOrganisation({
			name: names.shelter,
			kind: 'counselling_service',
			networks: [created.id],
			locations,
			services: [
				{
					name: `Beratung ${secret}`,
					languages: ['de', 'tr'],
					grounds: ['racism'],
					counsellingTypes: ['anti_discrimination'],
					at: ['exact', 'approximate', 'district', 'request']
				}
			]
		});
		await createOrganisation({
			name: names.online,
			kind: 'initiative',
			networks: [created.id],
			services: [{ name: `Chat ${secret}`, languages: ['ar'], accessModes: ['chat'] }]
		});
		await createOrganisation({
			name: names.draft,
			status: 'draft',
			networks: [created.id],
			locations: [
				{ key: 'home', address: `Entwurfsweg ${secret}`, latitude: 51.3, longitude: 9.5 }
			],
			services: [{ name: `Entwurfsberatung ${secret}`, at: ['home'] }]
		});
		app = await startAppServer(inject('stack'));
	});

	afterAll(async () => {
		await app?.stop();
	});

	const exports = ['export.geojson', 'export.csv', 'export.json'] as const;

	it('leaves the street, name and exact point of confidential places out of every export', async () => {
		for (const file of exports) {
			const body = await text(`/verzeichnis/${file}?network=${network}`);
			expectNoSecrets(body, file);
			// The control: the exact place is published as entered, so the search above can see.
			expect(body).toContain(places.exact.address);
			expect(body).toContain(String(places.exact.latitude));
			// The whole directory too (only full precision: demo points may share short prefixes).
			expectNoSecrets(await text(`/verzeichnis/${file}`), `${file} (all)`, [6]);
		}
	});

	it('leaves them out of the embed widget', async () => {
		const html = await text(`/embed?network=${network}&lang=de`);
		expect(html).toContain(names.shelter);
		expectNoSecrets(html, 'embed');
		expect(html).toContain('Adresse auf Anfrage');
	});

	it('never lists drafts', async () => {
		for (const path of [
			...exports.map((file) => `/verzeichnis/${file}?network=${network}`),
			...exports.map((file) => `/verzeichnis/${file}`),
			`/embed?network=${network}`
		]) {
			const body = await text(path);
			expect(body, path).not.toContain(names.draft);
			expect(body, path).not.toContain(`Entwurfsweg ${secret}`);
		}
	});

	it('narrows every export with the directory’s filters, as the search does', async () => {
		for (const [params, args] of [
			[`network=${network}`, { network }],
			[`network=${network}&kind=initiative`, { network, kinds: ['initiative'] }],
			[
				`network=${network}&lat=51.3161&lng=9.4975&radius=1`,
				{ network, near_latitude: 51.3161, near_longitude: 9.4975, radius_m: 1000 }
			],
			// A postcode, through the geocoder (the stand-in puts 34117 at 51.3155, 9.4960).
			[
				`network=${network}&near=34117&radius=1`,
				{ network, near_latitude: 51.3155, near_longitude: 9.496, radius_m: 1000 }
			],
			[`network=${network}&language=tr`, { network, languages: ['tr'] }],
			[
				`network=${network}&q=${encodeURIComponent(`Chat ${secret}`)}`,
				{ network, q: `Chat ${secret}` }
			]
		] as const) {
			const expected = (await search({ ...args, page_limit: 1000 })).map((row) => row.slug).sort();
			expect(expected.length, params).toBeGreaterThan(0);

			const geojson = JSON.parse(await text(`/verzeichnis/export.geojson?${params}`));
			const geoSlugs = [
				...geojson.features.map((f: Feature) => f.properties),
				...geojson.unlocated
			].map((properties: Record<string, unknown>) => properties.organisation_slug);
			expect([...new Set(geoSlugs)].sort(), `geojson ${params}`).toEqual(expected);

			const rows = parseCsv(await text(`/verzeichnis/export.csv?${params}`), ';');
			const slugColumn = rows[0]!.indexOf('organisation_slug');
			const csvSlugs = rows.slice(1).map((row) => row[slugColumn]);
			expect([...new Set(csvSlugs)].sort(), `csv ${params}`).toEqual(expected);

			const hsds = JSON.parse(await text(`/verzeichnis/export.json?${params}`));
			expect(
				hsds.organizations.map((o: { x_slug: string }) => o.x_slug).sort(),
				`hsds ${params}`
			).toEqual(expected);
		}
	});

	it('serves GeoJSON with longitude first and only public points', async () => {
		const geojson = JSON.parse(await text(`/verzeichnis/export.geojson?network=${network}`));
		expect(geojson.type).toBe('FeatureCollection');
		expect(geojson.license.url).toMatch(/^https:\/\//);
		const byVisibility = Object.fromEntries(
			geojson.features.map((feature: Feature) => [feature.properties.location_visibility, feature])
		);
		for (const feature of geojson.features as Feature[]) {
			expect(feature.type).toBe('Feature');
			expect(feature.geometry.type).toBe('Point');
			const [longitude, latitude] = feature.geometry.coordinates;
			expect(longitude).toBeGreaterThan(9);
			expect(longitude).toBeLessThan(10);
			expect(latitude).toBeGreaterThan(51);
			expect(latitude).toBeLessThan(52);
		}
		expect(byVisibility.exact.geometry.coordinates).toEqual([
			places.exact.longitude,
			places.exact.latitude
		]);
		expect(byVisibility.exact.properties.address_1).toBe(places.exact.address);
		// The approximate point is its grid cell's centre; the on-request place has none.
		expect(byVisibility.approximate.geometry.coordinates).toEqual([9.48375, 51.3125]);
		expect(byVisibility.approximate.properties.address_1).toBeNull();
		expect(byVisibility.on_request).toBeUndefined();
		expect(
			geojson.unlocated.map((p: Record<string, unknown>) => p.location_visibility).sort()
		).toEqual([null, 'on_request']);
	});

	it('serves a CSV that Excel and parsers read: BOM, semicolons, one row per place', async () => {
		const response = await get(`/verzeichnis/export.csv?network=${network}`);
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(new TextDecoder().decode(bytes), ';');
		const header = rows[0]!;
		expect(header[0]).toBe('organisation_id');
		expect(header).toContain('organisation_slug');
		expect(header).toContain('location_visibility');
		for (const row of rows) expect(row).toHaveLength(header.length);
		// Four places of the shelter, one row for the online-only initiative.
		expect(rows).toHaveLength(1 + 4 + 1);
		const column = (name: string) => rows.slice(1).map((row) => row[header.indexOf(name)]);
		expect(column('location_visibility').sort()).toEqual([
			'',
			'approximate',
			'district_only',
			'exact',
			'on_request'
		]);
		expect(column('organisation_name')).toContain(`'${names.online}`);
	});

	it('serves HSDS JSON with its tables, the service–location links and the terms in use', async () => {
		const hsds = JSON.parse(await text(`/verzeichnis/export.json?network=${network}`));
		for (const member of [
			'organizations',
			'services',
			'locations',
			'service_at_locations',
			'languages',
			'taxonomy_terms'
		]) {
			expect(Array.isArray(hsds[member]), member).toBe(true);
		}
		expect(hsds.license.id).toBe('dl-de/by-2-0');
		const serviceId = shelter.services[`Beratung ${secret}`];
		expect(
			hsds.service_at_locations
				.filter((link: { service_id: string }) => link.service_id === serviceId)
				.map((link: { location_id: string }) => link.location_id)
				.sort()
		).toEqual(Object.values(shelter.locations).sort());
		expect(hsds.taxonomy_terms.map((term: { code: string }) => term.code).sort()).toEqual([
			'anti_discrimination',
			'racism'
		]);
		expect(
			hsds.languages.filter((l: { service_id: string }) => l.service_id === serviceId).length
		).toBe(2);
	});

	it('states licence, CORS, caching and file name in the headers', async () => {
		for (const [file, type] of [
			['export.geojson', 'application/geo+json'],
			['export.csv', 'text/csv'],
			['export.json', 'application/json']
		]) {
			const response = await get(`/verzeichnis/${file}?network=${network}`);
			expect(response.headers.get('content-type')).toContain(type);
			expect(response.headers.get('access-control-allow-origin')).toBe('*');
			// Caches ask again every time; the data version's ETag makes that cheap.
			expect(response.headers.get('cache-control')).toBe('public, no-cache');
			expect(response.headers.get('etag')).toMatch(/^W\/"[^"]+-\d+"$/);
			expect(response.headers.get('link')).toBe(
				'<https://www.govdata.de/dl-de/by-2-0>; rel="license"'
			);
			// A download with a file name, not raw text in the tab.
			expect(response.headers.get('content-disposition')).toMatch(
				/^attachment; filename="buendnisatlas-[a-z-]+\.(geojson|csv|json)"$/
			);
			await response.body?.cancel();
		}
		// "Open now" changes with the clock, not the data: no ETag that would keep it.
		const openNow = await get(`/verzeichnis/export.csv?network=${network}&open=1`);
		expect(openNow.headers.get('cache-control')).toBe('public, no-cache');
		expect(openNow.headers.get('etag')).toBeNull();
		await openNow.body?.cancel();
	});

	it('refuses invalid parameters with a 400 that names them', async () => {
		for (const file of exports) {
			const response = await get(`/verzeichnis/${file}?kind=castle&radius=3&lang=en`);
			expect(response.status).toBe(400);
			const body = await response.json();
			expect(body.error).toBe('invalid_parameter');
			expect(body.parameters.sort()).toEqual(['kind', 'radius']);
			expect(body.message).toContain('kind, radius');
		}
		// A place the geocoder does not know is refused, not ignored.
		const near = await get(`/verzeichnis/export.csv?near=Atlantis`);
		expect(near.status).toBe(400);
		expect(await near.json()).toMatchObject({ error: 'place_not_found', parameters: ['near'] });
	});

	it('lets partners frame the widget and nobody else frame the rest', async () => {
		const directives = (response: Response) =>
			(response.headers.get('content-security-policy') ?? '').split(/;\s*/);
		const embed = await get(`/embed?network=${network}`);
		expect(directives(embed)).toContain('frame-ancestors *');
		expect(embed.headers.get('x-frame-options')).toBeNull();
		await embed.body?.cancel();
		const openData = await get('/offene-daten');
		expect(directives(openData)).toContain("frame-ancestors 'none'");
		expect(openData.headers.get('x-frame-options')).toBe('DENY');
		await openData.body?.cancel();
	});

	it('allows scripts from this site only, on every page', async () => {
		for (const path of ['/', '/verzeichnis', `/embed?network=${network}`, '/offene-daten']) {
			const response = await get(path);
			const policy = response.headers.get('content-security-policy') ?? '';
			await response.body?.cancel();
			const scripts = policy.split(/;\s*/).find((directive) => directive.startsWith('script-src'));
			// 'self' plus SvelteKit's nonce for its start-up script; no other origin, no 'unsafe-inline'.
			expect(scripts, path).toMatch(/^script-src 'self'( 'nonce-[^']+')*$/);
			expect(policy, path).toContain("object-src 'none'");
		}
	});

	it('reads every page of a large result, not just the first', async () => {
		const query = { ...EMPTY_QUERY, network };
		const all = await collectDirectory(anonClient(), query, null);
		const onePerPage = await collectDirectory(anonClient(), query, null, 1);
		expect(all).toHaveLength(2);
		expect(onePerPage.map((entry) => entry.slug)).toEqual(all.map((entry) => entry.slug));
	});

	describe('with the search cache on', () => {
		let cached: AppServer;

		beforeAll(async () => {
			// The build of the run's global setup, with the per-process search cache as in production.
			cached = await startAppServer(inject('stack'), {
				build: false,
				env: { DIRECTORY_CACHE_SECONDS: '30' }
			});
		});

		afterAll(async () => {
			await cached?.stop();
		});

		it('drops the street and point of a place made confidential from the next answer of every surface', async () => {
			const word = crypto.randomUUID().slice(0, 8);
			const street = `Umzugsgasse ${word} 5`;
			// Rounded as the map sends points (five decimals).
			const point = '51.31876';
			const own = await createNetwork('Verbergen');
			const moved = await createOrganisation({
				name: `Umzug ${word}`,
				networks: [own.id],
				locations: [{ key: 'house', address: street, latitude: 51.318761, longitude: 9.501234 }],
				services: [{ name: `Beratung ${word}`, at: ['house'] }]
			});
			const surfaces = [
				'/verzeichnis/export.csv',
				'/verzeichnis/export.geojson',
				'/verzeichnis/export.json',
				'/verzeichnis/karte.json',
				'/verzeichnis',
				'/embed'
			].map((path) => `${path}?network=${own.slug}`);
			// The map data comes packed: read as the map reads it, then as text like the others.
			const text = async (path: string, response: Response) =>
				path.includes('karte.json')
					? JSON.stringify(decodeMapData(new Uint8Array(await response.arrayBuffer())))
					: response.text();
			const read = async (path: string, headers: Record<string, string> = {}) => {
				const response = await fetch(`${cached.url}${path}`, { headers });
				return { response, body: response.status === 200 ? await text(path, response) : '' };
			};
			const etags: Record<string, string> = {};
			for (const path of surfaces) {
				const { response, body } = await read(path);
				expect(response.status, path).toBe(200);
				expect(body, path).toContain(path.includes('karte.json') ? point : street);
				// The downloads and the map data carry the data version's ETag (pages have their own).
				const etag = path.startsWith('/verzeichnis/') ? response.headers.get('etag') : null;
				if (etag) {
					etags[path] = etag;
					// While nothing changes, a cache asking again gets a 304 without a search.
					const again = await read(path, { 'if-none-match': etag });
					expect(again.response.status, path).toBe(304);
				}
			}
			expect(Object.keys(etags)).toHaveLength(4);

			await sql(`update public.locations set visibility = 'on_request' where id = $1`, [
				moved.locations.house
			]);
			for (const path of surfaces) {
				const { response, body } = await read(
					path,
					etags[path] ? { 'if-none-match': etags[path] } : {}
				);
				expect(response.status, path).toBe(200);
				expect(body, path).toContain(`Umzug ${word}`);
				expect(body, path).not.toContain(street);
				expect(body, path).not.toContain(point);
			}
		});
	});
});
