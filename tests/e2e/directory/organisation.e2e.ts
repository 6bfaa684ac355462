import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import pg from 'pg';

const ADIBE = '/organisationen/adibe-antidiskriminierungsberatung';
const RESPONSE =
	'/organisationen/response-beratung-fuer-betroffene-rechter-rassistischer-und-antisemitischer-gewa';
const SCHUTZRAUM = '/organisationen/frauenberatung-bei-gewalt-schutzraum-demo';
const ALL_IN = '/organisationen/all-in-servicestelle-fuer-migrantenorganisationen';

async function withDatabase<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
	const db = new pg.Client({ connectionString: process.env.E2E_DB_URL });
	await db.connect();
	try {
		return await work(db);
	} finally {
		await db.end();
	}
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test.describe('organisation page', () => {
	test('shows what a demo organisation offers, in which languages, where, when and with whom', async ({
		page
	}) => {
		await page.goto(ADIBE);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'AdiBe – Antidiskriminierungsberatung'
		);
		await expect(
			page.locator('main header').getByText('Beratungsstelle', { exact: true })
		).toBeVisible();

		const services = section(page, 'Angebote');
		const counselling = services.getByRole('article', { name: 'Antidiskriminierungsberatung' });
		await expect(counselling).toContainText('Alle Menschen, die Diskriminierung erleben');
		const facts = counselling.getByRole('definition');
		await expect(facts.filter({ hasText: 'Antisemitismus' })).toHaveCount(0);
		await expect(facts.filter({ hasText: 'Antiziganismus' })).toHaveCount(1);
		await expect(facts.filter({ hasText: 'Rechtsberatung' })).toHaveCount(1);
		await expect(facts.filter({ hasText: 'Vor Ort, Telefon, Video, Chat' })).toHaveCount(1);
		await expect(counselling.getByRole('heading', { name: 'So bekommen Sie Hilfe' })).toBeVisible();
		await expect(counselling).toContainText('Auf Wunsch anonym.');
		await expect(services.getByRole('article', { name: 'Empowerment-Workshops' })).toBeVisible();

		const languages = section(page, 'Sprachen').getByRole('listitem');
		await expect(languages).toHaveText([
			/^Arabisch\s*\(العربية\)$/,
			/^Deutsch\s*$/,
			/^Englisch\s*\(English\)$/,
			/^Persisch\s*\(فارسی\)$/,
			/^Türkisch\s*\(Türkçe\)$/
		]);

		const contact = section(page, 'Kontakt');
		await expect(contact.getByRole('link', { name: 'https://adibe.example.org' })).toHaveAttribute(
			'href',
			'https://adibe.example.org'
		);
		await expect(
			contact.getByRole('link', { name: 'kontakt@adibe.example.org' }).first()
		).toHaveAttribute('href', 'mailto:kontakt@adibe.example.org');

		const places = section(page, 'Orte und Öffnungszeiten');
		// The seed gives the weekly hours to one of AdiBe's two places (either may come first).
		const hours = places.getByRole('table', { name: /^Öffnungszeiten: / });
		await expect(hours.getByRole('row', { name: /Montag/ })).toContainText('09:00–12:30');
		await expect(hours.getByRole('row', { name: /Montag/ })).toContainText('13:30–16:00');
		await expect(hours.getByRole('row', { name: /Mittwoch/ })).toContainText('nur mit Termin');
		await expect(hours.getByRole('row', { name: /Samstag/ })).toContainText('Geschlossen');
		// Holidays of the whole organisation in the coming weeks (the demo seed has Christmas).
		await expect(places.getByText(/Weihnachten/).first()).toBeVisible();
		// The exact branch office: street and a route to its public point.
		const branch = places.getByRole('article', { name: 'AdiBe Sprechstunde Bettenhausen' });
		await expect(branch).toContainText('Leipziger Straße 99');
		await expect(branch.getByRole('link', { name: /Route zu/ })).toHaveAttribute(
			'href',
			'https://www.openstreetmap.org/directions?to=51.3098%2C9.5291'
		);
		await expect(branch.getByRole('definition').first()).toHaveText('Ja');

		const networks = section(page, 'Netzwerke und Partner');
		await expect(
			networks.getByRole('link', {
				name: 'Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass'
			})
		).toHaveAttribute(
			'href',
			'/netzwerke#komm-a-kassel-kommunale-allianz-gegen-rassismus-und-hass'
		);
		await expect(networks.getByRole('listitem').first()).toContainText('Steuerungsgruppe');
		await expect(
			networks.getByRole('link', { name: /^response\. – Beratung für Betroffene/ })
		).toHaveAttribute('href', RESPONSE);

		await expect(page.getByText(/^Angaben zuletzt bestätigt am \d{1,2}\. \S+ 2026$/)).toBeVisible();
	});

	test('lists a network’s members with their roles on the network’s own page', async ({ page }) => {
		await page.goto('/organisationen/komm-a-kassel-kommunale-allianz-gegen-rassismus-und-hass');
		await expect(page.getByText('Netzwerk / Bündnis', { exact: true })).toBeVisible();
		const networks = section(page, 'Netzwerke und Partner');
		await expect(
			networks.getByRole('heading', { name: 'Mitglieder dieses Netzwerks' })
		).toBeVisible();
		const adibe = networks.getByRole('listitem').filter({ hasText: 'AdiBe' });
		await expect(adibe).toContainText('Steuerungsgruppe, seit Januar 2024');
		await expect(adibe.getByRole('link')).toHaveAttribute(
			'href',
			'/organisationen/adibe-antidiskriminierungsberatung'
		);
		await expect(networks.getByRole('listitem')).toHaveCount(13);
	});

	test('never shows the street of a confidential place, nor a route to it', async ({ page }) => {
		// response.: main office on request, branch district only; Schutzraum: on request.
		await page.goto(RESPONSE);
		const places = section(page, 'Orte und Öffnungszeiten');
		await expect(places.getByRole('article')).toHaveCount(2);
		await expect(places).toContainText('Adresse auf Anfrage');
		await expect(places).toContainText('Veröffentlicht ist nur der Stadtteil');
		await expect(places.getByRole('article', { name: 'Stadtteil Mitte' })).toBeVisible();
		const body = await page.locator('main').innerText();
		for (const secret of ['Kurfürstenstraße', 'Am Stern', 'response. Außenstelle']) {
			expect(body).not.toContain(secret);
		}
		await expect(page.locator('a[href*="openstreetmap"]')).toHaveCount(0);

		await page.goto(SCHUTZRAUM);
		await expect(section(page, 'Orte und Öffnungszeiten')).toContainText('Adresse auf Anfrage');
		expect(await page.locator('main').innerText()).not.toContain('Geheimweg');
		await expect(page.locator('a[href*="openstreetmap"]')).toHaveCount(0);
		// Hours of the whole organisation (the night hotline, across midnight).
		await expect(
			page.getByRole('table', { name: 'Öffnungszeiten der ganzen Organisation' })
		).toContainText('18:00–08:00 (bis zum nächsten Morgen)');
	});

	test('in Arabic: right to left, the German fallback marked, a translation with its provenance', async ({
		page
	}) => {
		await page.goto(`${ALL_IN}?lang=ar`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.getByRole('heading', { level: 2, name: 'الخدمات المقدمة' })).toBeVisible();
		// No Arabic description: the German one, said to be German, read with a German voice.
		const description = page.locator('main header p[lang="de"]');
		await expect(description).toHaveText(/^Servicestelle für Migrantenorganisationen/);
		await expect(description).toHaveAttribute('dir', 'ltr');
		await expect(
			page.locator('main header').getByText('هذا النص متوفر باللغة الألمانية فقط.')
		).toBeVisible();
		// Languages named in Arabic.
		await expect(page.getByRole('region', { name: 'اللغات' })).toContainText('التركية');

		await page.goto(`${ADIBE}?lang=ar`);
		await expect(page.locator('main header p[lang="ar"]')).toHaveText(
			'استشارات مستقلة لمكافحة التمييز. سرية ومجانية.'
		);
		await expect(page.locator('main header').getByText('ترجمة آلية')).toBeVisible();
	});

	test('in English: the translated service name, and a person’s translation', async ({ page }) => {
		await page.goto(`${ADIBE}?lang=en`);
		await expect(
			page.getByRole('heading', { level: 3, name: 'Anti-discrimination counselling' })
		).toHaveAttribute('lang', 'en');
		await expect(page.locator('main header').getByText('Translated by a person')).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'What they offer' })).toBeVisible();
	});

	test('says whether an organisation is open now, as the database reckons it', async ({ page }) => {
		const tag = crypto.randomUUID().slice(0, 8);
		const slugs = await withDatabase(async (db) => {
			const created = await db.query<{ id: string; slug: string; name: string }>(
				`insert into public.organisations (name, kind, status) values
				   ($1, 'initiative', 'published'), ($2, 'initiative', 'published'), ($3, 'initiative', 'published')
				 returning id, slug, name`,
				[`Immer offen ${tag}`, `Nie offen ${tag}`, `Ohne Zeiten ${tag}`]
			);
			const byName = new Map(created.rows.map((row) => [row.name, row]));
			const always = byName.get(`Immer offen ${tag}`)!;
			const never = byName.get(`Nie offen ${tag}`)!;
			// Every day 00:00–12:00 and 12:00 until midnight; and one closed all of today and tomorrow.
			await db.query(
				`insert into public.schedules (organisation_id, weekday, opens_at, closes_at)
				 select $1, d, t.opens, t.closes from generate_series(1, 7) d,
				   (values (time '00:00', time '12:00'), (time '12:00', time '00:00')) t(opens, closes)`,
				[always.id]
			);
			await db.query(
				`insert into public.schedules (organisation_id, weekday, opens_at, closes_at)
				 select $1, d, '00:00', '12:00' from generate_series(1, 7) d`,
				[never.id]
			);
			await db.query(
				`insert into public.schedule_exceptions (organisation_id, starts_on, ends_on, description)
				 values ($1, (now() at time zone 'Europe/Berlin')::date - 1, (now() at time zone 'Europe/Berlin')::date + 1, 'Betriebsferien')`,
				[never.id]
			);
			return {
				always: always.slug,
				never: never.slug,
				none: byName.get(`Ohne Zeiten ${tag}`)!.slug
			};
		});
		await page.goto(`/organisationen/${slugs.always}`);
		await expect(page.locator('main header').getByText('Jetzt geöffnet')).toBeVisible();
		await page.goto(`/organisationen/${slugs.never}`);
		await expect(page.locator('main header').getByText('Jetzt geschlossen')).toBeVisible();
		await expect(page.getByText(/Betriebsferien/)).toBeVisible();
		await page.goto(`/organisationen/${slugs.none}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ohne Zeiten ${tag}`);
		await expect(page.locator('main header').getByText(/Jetzt (geöffnet|geschlossen)/)).toHaveCount(
			0
		);
		await expect(page.getByText('Keine festen Öffnungszeiten.', { exact: false })).toBeVisible();
	});

	test('answers unknown, draft and archived slugs with a 404', async ({ page }) => {
		for (const slug of [
			'gibt-es-nicht',
			'verein-brueckenbauer-innen-e-v-demo',
			'nachbarschaftsinitiative-wesertor-demo',
			'Nicht_Erlaubt'
		]) {
			const response = await page.goto(`/organisationen/${slug}`);
			expect(response?.status(), slug).toBe(404);
			await expect(page.getByText('Diese Seite gibt es nicht.')).toBeVisible();
		}
	});

	test('copies the canonical link with JavaScript', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(`${ADIBE}?lang=de`);
		const share = section(page, 'Diese Seite teilen');
		const canonical = `${baseURL}${ADIBE}`;
		await expect(share.getByRole('link', { name: canonical })).toHaveAttribute('href', canonical);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
		await share.getByRole('button', { name: 'Link kopieren' }).click();
		await expect(share.getByRole('status')).toHaveText('Der Link ist kopiert.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('shows the whole page, the share link as a plain link without a copy button', async ({
			page,
			baseURL
		}) => {
			await page.goto(ADIBE);
			await expect(page.getByRole('table', { name: /^Öffnungszeiten: / })).toBeVisible();
			const share = section(page, 'Diese Seite teilen');
			await expect(share.getByRole('link', { name: `${baseURL}${ADIBE}` })).toBeVisible();
			await expect(share.getByRole('button')).toHaveCount(0);
		});
	});

	for (const lang of ['de', 'ar']) {
		test(`has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}`, async ({ page }) => {
			for (const path of [ADIBE, RESPONSE]) {
				await page.goto(`${path}?lang=${lang}`);
				const results = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
					.analyze();
				expect(results.violations, path).toEqual([]);
			}
		});
	}
});
