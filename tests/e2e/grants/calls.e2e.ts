import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import pg from 'pg';

/**
 * The public list of open funding calls: open and published calls only, filters that work
 * without JavaScript, a countdown in Kassel's calendar in the reader's language, a call's page.
 */
async function db<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
	const client = new pg.Client({ connectionString: process.env.E2E_DB_URL });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

test.describe('open funding calls', () => {
	// One worker arranges the calls once and runs the stories in order.
	test.describe.configure({ mode: 'serial' });
	const suffix = crypto.randomUUID().slice(0, 8);
	const open = `Nachbarschaft stärkt (${suffix})`;
	const draft = `Noch nicht veröffentlicht (${suffix})`;
	const expired = `Schon vorbei (${suffix})`;

	test.beforeAll(async () => {
		const [programme] = await db<{ id: string }>(
			`select id from public.programmes where name = 'Hessen – aktiv für Demokratie und gegen Extremismus'`
		);
		// Ten days from today in Kassel, at noon there.
		await db(
			`insert into public.funding_calls (programme_id, title, description, topics, eligible_applicants,
			   region, min_amount_cents, max_amount_cents, deadline_at, published, link)
			 values
			   ($1, $2, 'Kleine Projekte in der Nachbarschaft.', '{sports}', '{unregistered_initiative}', 'Kassel',
			    100000, 800000, ((now() at time zone 'Europe/Berlin')::date + 10 + time '12:00') at time zone 'Europe/Berlin',
			    true, 'https://hessen-demokratie.example.org/nachbarschaft'),
			   ($1, $3, null, '{sports}', '{}', null, null, null, now() + interval '20 days', false, null),
			   ($1, $4, null, '{sports}', '{}', null, null, null, now() - interval '1 day', true, null)`,
			[programme!.id, open, draft, expired]
		);
	});

	test('lists published calls still open, with the days left in Kassel', async ({ page }) => {
		await page.goto('/foerderaufrufe');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Offene Förderaufrufe');
		const call = page.getByRole('article', { name: open });
		await expect(call).toContainText(/Frist: \d+\. \w+ \d{4} um 12:00 \(in 10 Tagen\)/);
		await expect(call).toContainText('Förderung von 1.000,00 € bis 8.000,00 €');
		await expect(call).toContainText('Antragsberechtigt: Initiativen ohne Rechtsform');
		await expect(call).toContainText('Themen: Sport');
		await expect(page.getByRole('article', { name: draft })).toHaveCount(0);
		await expect(page.getByRole('article', { name: expired })).toHaveCount(0);
		await expect(
			page.getByRole('article', { name: 'Vielfalt im Quartier – laufende Antragstellung (Demo)' })
		).toContainText('Laufende Antragstellung, keine feste Frist');
	});

	test('filters by topic, applicant type and amount, and says what it could not read', async ({
		page
	}) => {
		await page.goto('/foerderaufrufe');
		await page.getByLabel('Thema').selectOption({ label: 'Sport' });
		await page.getByLabel('Wer beantragt?').selectOption({ label: 'Initiativen ohne Rechtsform' });
		await page.getByLabel('Benötigter Betrag in Euro').fill('5000');
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page).toHaveURL(/topic=sports&applicant=unregistered_initiative&amount=5000/);
		await expect(page.getByRole('article')).toHaveCount(1);
		await expect(page.getByRole('article', { name: open })).toBeVisible();

		await page.getByLabel('Benötigter Betrag in Euro').fill('9000');
		await page.getByRole('button', { name: 'Anzeigen' }).click();
		await expect(page.getByRole('article')).toHaveCount(0);
		await expect(
			page.getByText('Zu dieser Auswahl gibt es gerade keinen offenen Förderaufruf.')
		).toBeVisible();

		await page.goto('/foerderaufrufe?topic=sports&amount=12,50');
		const amount = page.getByLabel('Benötigter Betrag in Euro');
		await expect(amount).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText('Bitte geben Sie einen Betrag in ganzen Euro ein')).toBeVisible();
		await expect(page.getByRole('article', { name: open })).toBeVisible();
	});

	test('opens a call’s page, and an unpublished call is not found', async ({ page }) => {
		await page.goto('/foerderaufrufe?lang=en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open funding calls');
		await expect(page.getByRole('article', { name: open })).toContainText(
			/Deadline: \w+ \d+, \d{4} at 12:00\sPM \(in 10 days\)/
		);
		await page.getByRole('link', { name: open }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(open);
		await expect(
			page.getByText('Hessen – aktiv für Demokratie und gegen Extremismus')
		).toBeVisible();
		await expect(
			page.getByRole('link', { name: 'The call on the funder’s website' })
		).toHaveAttribute('href', 'https://hessen-demokratie.example.org/nachbarschaft');

		const [hidden] = await db<{ id: string }>(
			`select id from public.funding_calls where title = $1`,
			[draft]
		);
		const response = await page.goto(`/foerderaufrufe/${hidden!.id}`);
		expect(response?.status()).toBe(404);
	});

	for (const [lang, query] of [
		['de', ''],
		['ar', ''],
		['de', '&amount=x']
	]) {
		test(`has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}${query}`, async ({
			page
		}) => {
			test.slow();
			await page.goto(`/foerderaufrufe?lang=${lang}${query}`);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations).toEqual([]);
		});
	}
});
