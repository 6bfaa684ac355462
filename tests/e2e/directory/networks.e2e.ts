import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import pg from 'pg';

const KOMMA = 'Komm.A Kassel – Kommunale Allianz gegen Rassismus und Hass';
const KOMMA_SLUG = 'komm-a-kassel-kommunale-allianz-gegen-rassismus-und-hass';

test.describe('networks page', () => {
	test('lists each published alliance with its members and their roles', async ({ page }) => {
		await page.goto('/netzwerke');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Netzwerke und Bündnisse');

		const komma = page.getByRole('region', { name: KOMMA, exact: true });
		await expect(komma.getByRole('heading', { level: 3 })).toContainText('13 Mitglieder');
		const adibe = komma.getByRole('listitem').filter({ hasText: 'AdiBe' });
		await expect(adibe).toContainText('Steuerungsgruppe');
		await expect(adibe.getByRole('link')).toHaveAttribute(
			'href',
			'/organisationen/adibe-antidiskriminierungsberatung'
		);
		await expect(
			komma.getByRole('listitem').filter({ hasText: 'Opferhilfe Nordhessen (Demo)' })
		).toContainText('Partner, seit Februar 2025');

		const pfd = page.getByRole('region', { name: 'Partnerschaft für Demokratie Kassel' });
		await expect(
			pfd.getByRole('listitem').filter({ hasText: 'WIR-Vielfaltszentrum' })
		).toContainText('Steuerungsgruppe');
		await expect(
			page.getByRole('navigation', { name: 'Netzwerke auf dieser Seite' }).getByRole('link', {
				name: KOMMA
			})
		).toHaveAttribute('href', `#${KOMMA_SLUG}`);
	});

	test('shows the partnership graph as a picture and, with the same ties, as a table', async ({
		page
	}) => {
		await page.goto('/netzwerke');
		const graph = page.getByRole('img', { name: /^Grafik der Zusammenarbeit: \d+ Organisationen/ });
		await expect(graph).toBeVisible();
		// One line per tie the summary counts; the demo seed alone has 22 memberships and 5
		// partnerships (other tests may add their own while this one runs).
		const label = (await graph.getAttribute('aria-label')) ?? '';
		const [, memberships, partnerships] =
			/(\d+) Mitgliedschaften in Netzwerken, (\d+) Partnerschaften/.exec(label) ?? [];
		expect(Number(memberships)).toBeGreaterThanOrEqual(22);
		expect(Number(partnerships)).toBeGreaterThanOrEqual(5);
		expect(await graph.locator('line').count()).toBe(Number(memberships) + Number(partnerships));

		const table = page.getByRole('table', { name: 'Organisationen, ihre Netzwerke und Partner' });
		const adibe = table.getByRole('row', { name: /^AdiBe – Antidiskriminierungsberatung/ });
		await expect(adibe.getByRole('cell').nth(0)).toContainText(`${KOMMA} (Steuerungsgruppe)`);
		await expect(adibe.getByRole('cell').nth(1)).toHaveText(
			/^\s*response\. – Beratung für Betroffene/
		);
		// A partnership shows in both partners' rows.
		const response = table.getByRole('row', { name: /^response\. – Beratung/ });
		await expect(response.getByRole('cell').nth(1)).toHaveText(
			'AdiBe – Antidiskriminierungsberatung'
		);
		const amt = table.getByRole('row', { name: /^Amt für Chancengleichheit/ });
		await expect(amt.getByRole('cell').nth(0)).toContainText(
			'Partnerschaft für Demokratie Kassel (Steuerungsgruppe)'
		);
		await expect(amt.getByRole('cell').nth(1)).toHaveText('keine');
	});

	test('shows a new network and member at once, and hides the member again as a draft', async ({
		page
	}) => {
		const tag = crypto.randomUUID().slice(0, 8);
		const network = `E2E Bündnis ${tag}`;
		const member = `E2E Nachbarschaftsverein ${tag}`;
		const db = new pg.Client({ connectionString: process.env.E2E_DB_URL });
		await db.connect();
		try {
			await db.query(
				`with created as (
				   insert into public.organisations (name, kind, status)
				   values ($1, 'network', 'published'), ($2, 'initiative', 'published')
				   returning id, kind
				 )
				 insert into public.network_memberships (network_id, organisation_id, role)
				 select n.id, m.id, 'member' from created n, created m
				 where n.kind = 'network' and m.kind = 'initiative'`,
				[network, member]
			);
			await page.goto('/netzwerke');
			const section = page.getByRole('region', { name: network, exact: true });
			await expect(section.getByRole('listitem').filter({ hasText: member })).toContainText(
				'Mitglied'
			);
			await expect(
				page.getByRole('table').getByRole('row', { name: new RegExp(`^${member}`) })
			).toContainText(`${network} (Mitglied)`);

			await db.query(`update public.organisations set status = 'draft' where name = $1`, [member]);
			await page.reload();
			await expect(section).toContainText('Noch keine Mitglieder eingetragen.');
			await expect(page.getByText(member)).toHaveCount(0);
		} finally {
			await db.query(`delete from public.organisations where name = any ($1)`, [[network, member]]);
			await db.end();
		}
	});

	test('is reached from an organisation’s page, at the network’s section', async ({ page }) => {
		await page.goto('/organisationen/adibe-antidiskriminierungsberatung');
		await page
			.getByRole('region', { name: 'Netzwerke und Partner' })
			.getByRole('link', { name: KOMMA })
			.click();
		await expect(page).toHaveURL(new RegExp(`/netzwerke#${KOMMA_SLUG}$`));
		await expect(page.getByRole('heading', { level: 2, name: KOMMA })).toBeInViewport();
	});

	test('in Arabic: right to left, roles and table in Arabic', async ({ page }) => {
		await page.goto('/netzwerke?lang=ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('الشبكات والتحالفات');
		await expect(page.getByRole('table', { name: 'المنظمات وشبكاتها وشركاؤها' })).toBeVisible();
		await expect(
			page
				.getByRole('region', { name: KOMMA, exact: true })
				.getByRole('listitem')
				.filter({ hasText: 'AdiBe' })
		).toContainText('مجموعة التوجيه');
	});

	for (const lang of ['de', 'ar']) {
		test(`has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}`, async ({ page }) => {
			await page.goto(`/netzwerke?lang=${lang}`);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations).toEqual([]);
		});
	}
});
