import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';
import { decodeMapData } from '../../../src/lib/domain/map-data.ts';

/**
 * The directory's map: an enhancement loaded when it is wanted, beside a list that holds every
 * result. Tile requests never leave the machine here; with the tiles gone the markers still show.
 */

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Karte der Ergebnisse' });
const markers = (page: Page) => mapRegion(page).locator('.leaflet-marker-icon[role="button"]');
const clusters = (page: Page) =>
	mapRegion(page).getByRole('button', { name: /Orte – zum Vergrößern aktivieren/ });

/** Scripts whose code is Leaflet's: the map chunk. */
function watchMapChunk(page: Page): { requested: () => boolean; file: () => string | null } {
	let file: string | null = null;
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.text().catch(() => '');
		if (body.includes('leaflet-pane')) file = new URL(response.url()).pathname.split('/').pop()!;
	});
	return { requested: () => file !== null, file: () => file };
}

/** The Leaflet map, as the component announces it (an event, not a global of the app's). */
async function exposeMap(page: Page) {
	await page.addInitScript(() => {
		document.addEventListener('directorymapready', (event) => {
			(window as unknown as { testMap: unknown }).testMap = (event as CustomEvent).detail;
		});
	});
}
const zoom = (page: Page) =>
	page.evaluate(() => (window as unknown as { testMap: { getZoom(): number } }).testMap.getZoom());

test.beforeEach(async ({ page }) => {
	await page.route('**/tile.openstreetmap.org/**', (route) => route.abort());
});

test.describe('directory map', () => {
	test('loads Leaflet only when the map is wanted on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const chunk = watchMapChunk(page);
		await page.goto('/verzeichnis');
		await page.waitForLoadState('networkidle');
		const toggle = page.getByRole('button', { name: 'Karte anzeigen' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		expect(chunk.requested()).toBe(false);
		await expect(page.locator('.leaflet-container')).toHaveCount(0);

		await toggle.click();
		await expect(page.getByRole('button', { name: 'Karte ausblenden' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		await expect(markers(page).first()).toBeVisible();
		expect(chunk.requested()).toBe(true);
	});

	test('is not in the server’s HTML, and draws named markers without tiles', async ({ page }) => {
		const chunk = watchMapChunk(page);
		let tileRequests = 0;
		await page.route('**/tile.openstreetmap.org/**', (route) => {
			tileRequests++;
			return route.abort();
		});
		await page.goto('/verzeichnis');
		await expect(markers(page).first()).toBeVisible();
		// The page's script asked for the chunk: the HTML neither loads nor preloads it.
		await expect.poll(chunk.file).not.toBeNull();
		const html = await (await page.request.get('/verzeichnis')).text();
		expect(html).not.toContain(chunk.file());
		expect(html).not.toContain('leaflet');
		expect(tileRequests).toBeGreaterThan(0);
		await expect(mapRegion(page)).toContainText(
			'Der Kartenhintergrund ist gerade nicht erreichbar'
		);
		await expect(mapRegion(page)).toContainText('Die Liste enthält jedes Ergebnis');
		for (const marker of await markers(page).all()) {
			await expect(marker).toHaveAttribute('aria-label', /\S/);
		}
		await expect(page.locator('.leaflet-container')).toHaveAttribute('dir', 'ltr');
		const attribution = mapRegion(page).getByRole('link', { name: 'OpenStreetMap-Mitwirkende' });
		await expect(attribution).toHaveAttribute('href', 'https://www.openstreetmap.org/copyright');
	});

	test('zooms in when a cluster is activated by keyboard', async ({ page }) => {
		await exposeMap(page);
		await page.goto('/verzeichnis');
		await expect(markers(page).first()).toBeVisible();
		// Zoomed out far enough, Kassel's places gather into clusters.
		const zoomOut = mapRegion(page).getByRole('button', { name: 'Verkleinern' });
		for (let i = 0; i < 8 && (await clusters(page).count()) === 0; i++) await zoomOut.click();
		const before = await zoom(page);
		await clusters(page).first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => zoom(page)).toBeGreaterThan(before);
	});

	test('shows an organisation’s name and link when its marker is activated', async ({ page }) => {
		await page.goto('/verzeichnis?q=AdiBe');
		const marker = mapRegion(page).getByRole('button', {
			name: 'AdiBe – Antidiskriminierungsberatung'
		});
		await expect(marker.first()).toBeVisible();
		await marker.first().focus();
		await page.keyboard.press('Enter');
		const link = mapRegion(page).getByRole('link', {
			name: 'AdiBe – Antidiskriminierungsberatung'
		});
		await expect(link).toBeFocused();
		await expect(link).toHaveAttribute(
			'href',
			'/organisationen/adibe-antidiskriminierungsberatung'
		);
		await page.keyboard.press('Escape');
		await expect(link).toHaveCount(0);
		await expect(marker.first()).toBeFocused();
	});

	test('brings the result of an activated marker into view in the list', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 600 });
		await page.goto('/verzeichnis');
		await expect(markers(page).first()).toBeVisible();
		// A marker of one organisation whose result is on this page but out of view.
		const names = await page.getByRole('article').locator('h3').allTextContents();
		let chosen: { name: string; index: number } | null = null;
		for (const marker of await markers(page).all()) {
			const index = names.indexOf((await marker.getAttribute('aria-label')) ?? '');
			if (index < 0) continue;
			if (await page.getByRole('article').nth(index).isVisible()) {
				const box = (await page.getByRole('article').nth(index).boundingBox())!;
				if (box.y > 600) {
					chosen = { name: names[index]!, index };
					break;
				}
			}
		}
		expect(chosen).not.toBeNull();
		const result = page.getByRole('article', { name: chosen!.name, exact: true });
		await expect(result).not.toBeInViewport();
		await mapRegion(page).getByRole('button', { name: chosen!.name, exact: true }).first().focus();
		await page.keyboard.press('Enter');
		await expect(result).toBeInViewport();
	});

	test('lists the organisations that share one spot instead of zooming forever', async ({
		page
	}) => {
		const word = `Gemeinschaftshaus${crypto.randomUUID().slice(0, 6)}`;
		const names = [`${word} Beratung (E2E)`, `${word} Initiative (E2E)`];
		const db = new pg.Client({ connectionString: process.env.E2E_DB_URL });
		await db.connect();
		try {
			for (const name of names) {
				await db.query(
					`with organisation as (
					   insert into public.organisations (name, kind, status) values ($1, 'initiative', 'published')
					   returning id)
					 insert into public.locations (organisation_id, address_1, latitude, longitude, visibility)
					 select id, 'Friedrich-Ebert-Straße 1', 51.3151, 9.4852, 'exact' from organisation`,
					[name]
				);
			}
			await page.goto(`/verzeichnis?q=${word}`);
			const place = mapRegion(page).getByRole('button', { name: '2 Angebote an diesem Ort' });
			await place.focus();
			await page.keyboard.press('Enter');
			const popup = mapRegion(page).locator('.map-popup');
			await expect(popup).toContainText('2 Angebote an diesem Ort');
			for (const name of names) await expect(popup.getByRole('link', { name })).toBeVisible();
		} finally {
			await db.query('delete from public.organisations where name = any($1)', [names]);
			await db.end();
		}
	});

	test('marks the place searched near and keeps it in view', async ({ page }) => {
		await page.goto('/verzeichnis?lat=51.3127&lng=9.4797&radius=5');
		const place = mapRegion(page).getByRole('img', { name: 'Gesuchter Ort' });
		await expect(place).toBeVisible();
		await expect(markers(page).first()).toBeVisible();
	});

	test('highlights the markers of the result hovered in the list', async ({ page }) => {
		await page.goto('/verzeichnis?q=AdiBe');
		await expect(markers(page).first()).toBeVisible();
		await expect(mapRegion(page).locator('.is-highlighted')).toHaveCount(0);
		await page.getByRole('article', { name: 'AdiBe – Antidiskriminierungsberatung' }).hover();
		await expect(mapRegion(page).locator('.is-highlighted').first()).toBeVisible();
		await page.getByRole('heading', { level: 1 }).hover();
		await expect(mapRegion(page).locator('.is-highlighted')).toHaveCount(0);
	});

	test('follows the filters of the list', async ({ page }) => {
		await page.goto('/verzeichnis');
		await expect(markers(page).first()).toBeVisible();
		await page.getByLabel('Was suchen Sie?').fill('AdiBe');
		await page.getByRole('button', { name: 'Suchen' }).click();
		await expect(page).toHaveURL(/q=AdiBe/);
		await expect(clusters(page)).toHaveCount(0);
		await expect(markers(page)).not.toHaveCount(0);
		for (const marker of await markers(page).all()) {
			await expect(marker).toHaveAttribute('aria-label', 'AdiBe – Antidiskriminierungsberatung');
		}
	});

	test('lets keyboard users past the map: the list first, the map never a trap', async ({
		page
	}) => {
		await page.goto('/verzeichnis');
		await expect(markers(page).first()).toBeVisible();
		// The results come before the map in the tab order.
		const firstResult = page.getByRole('article').first().getByRole('link').first();
		await firstResult.focus();
		await expect(firstResult).toBeFocused();

		const skip = mapRegion(page).getByRole('link', { name: 'Karte überspringen' });
		await skip.focus();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		const outside = await mapRegion(page).evaluate(
			(region) =>
				document.activeElement !== document.body && !region.contains(document.activeElement)
		);
		expect(outside).toBe(true);

		// Tabbing through every marker and control also leaves the map.
		await markers(page).first().focus();
		let left = false;
		for (let i = 0; i < 200 && !left; i++) {
			await page.keyboard.press('Tab');
			left = await mapRegion(page).evaluate((region) => !region.contains(document.activeElement));
		}
		expect(left).toBe(true);
	});

	test('keeps Leaflet left-to-right inside an Arabic page, its popups right-to-left', async ({
		page
	}) => {
		await page.goto('/verzeichnis?lang=ar&q=AdiBe');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		const region = page.getByRole('region', { name: 'خريطة النتائج' });
		await expect(region.locator('.leaflet-container')).toHaveAttribute('dir', 'ltr');
		const marker = region.locator('.leaflet-marker-icon[role="button"]').first();
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect(region.locator('.map-popup')).toHaveAttribute('dir', 'rtl');
	});

	for (const lang of ['de', 'ar']) {
		test(`has no accessibility violations with the map loaded (axe) in ${lang}`, async ({
			page
		}) => {
			await page.goto(`/verzeichnis?lang=${lang}`);
			await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
			const scan = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(scan.violations).toEqual([]);
		});
	}
});

test.describe('map data (karte.json)', () => {
	test('answers with the points of the filtered search, revalidated by ETag', async ({
		request
	}) => {
		const response = await request.get('/verzeichnis/karte.json?q=AdiBe');
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toBe('public, no-cache');
		expect(response.headers()['etag']).toMatch(/^W\/"[^"]+-\d+"$/);
		// Packed for the wire: read as the map reads it.
		const body = decodeMapData(await response.body());
		expect(body.organisations).toContainEqual([
			'adibe-antidiskriminierungsberatung',
			'AdiBe – Antidiskriminierungsberatung',
			'counselling_service'
		]);
		expect(body.points.length).toBeGreaterThan(0);
		for (const [latitude, longitude, organisation] of body.points) {
			expect(body.organisations[organisation]).toBeDefined();
			expect(latitude).toBeCloseTo(51.3, 0);
			expect(longitude).toBeCloseTo(9.5, 0);
		}
	});

	test('comes gzipped to clients that take it', async ({ request }) => {
		const gzipped = await request.get('/verzeichnis/karte.json', {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(gzipped.headers()['content-encoding']).toBe('gzip');
		const plain = await request.get('/verzeichnis/karte.json', {
			headers: { 'accept-encoding': 'identity' }
		});
		expect(plain.headers()['content-encoding']).toBeUndefined();
		expect(decodeMapData(await gzipped.body())).toEqual(decodeMapData(await plain.body()));
	});

	test('refuses bad parameters with their messages', async ({ request }) => {
		const response = await request.get('/verzeichnis/karte.json?radius=7&lat=91&lng=9');
		expect(response.status()).toBe(400);
		const body = (await response.json()) as { errors: Record<string, string> };
		expect(Object.keys(body.errors).sort()).toEqual(['lat', 'radius']);
	});
});
