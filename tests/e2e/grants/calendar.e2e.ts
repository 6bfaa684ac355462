import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * The office's deadline calendar: an approved application's obligations appear on their days,
 * in the month grid, the list and on a narrow screen; a staff member creates a feed link, a
 * calendar app can fetch it, and once revoked it answers 404.
 */
async function approvedApplication() {
	const organisation = await createOrganisation('published');
	const title = `Kalenderprojekt ${crypto.randomUUID().slice(0, 8)}`;
	const [application] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, title, status, period_start, period_end)
		 values ($1, $2, 'submitted', '2026-01-01', '2026-08-31') returning id`,
		[organisation.id, title]
	);
	await sql(
		`insert into public.grant_decisions (application_id, outcome, decided_on, amount_cents, period_start, period_end)
		 values ($1, 'approved', '2026-01-10', 1000000, '2026-01-01', '2026-08-31')`,
		[application!.id]
	);
	await sql(`update public.applications set status = 'approved' where id = $1`, [application!.id]);
	return { organisation, title };
}

async function signInAsStaff(page: Page, next: string) {
	const staff = await createAccount({ label: 'calendar-staff', staffRole: 'office_staff' });
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
	await signIn(page, staff.email, staff.password);
	// Sign-in hashes the password (bcrypt): give a busy machine time.
	await expect(page).toHaveURL(next, { timeout: 15_000 });
}

async function createAndRevokeFeed(
	page: Page,
	texts: { label: string; create: string; link: string; revoke: string; revoked: string },
	expectedSummary: string
) {
	await page.getByLabel(texts.label).fill('Outlook');
	await page.getByRole('button', { name: texts.create }).click();
	const url = await page.getByLabel(texts.link, { exact: true }).inputValue();
	expect(url).toMatch(/\/kalender\/abo\/[A-Za-z0-9_-]{43}\.ics$/);
	const feed = await page.request.get(url);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	expect(await feed.text()).toContain(expectedSummary);

	await page.getByRole('button', { name: texts.revoke }).click();
	await expect(page.getByRole('status')).toHaveText(texts.revoked);
	expect((await page.request.get(url)).status()).toBe(404);
}

test('an approved application’s obligations appear in the calendar; a feed link is made and revoked (German)', async ({
	page
}) => {
	test.slow();
	const { organisation, title } = await approvedApplication();
	const path = `/office/kalender?month=2027-02&organisation=${organisation.id}`;
	await signInAsStaff(page, path);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fristenkalender');
	const grid = page.getByRole('table', { name: 'Februar 2027' });
	const entryName = `Verwendungsnachweis: ${title}`;
	await expect(grid.getByRole('link', { name: entryName })).toBeVisible();
	// The cell of 28 February holds it.
	const cell = grid.getByRole('cell').filter({ has: page.getByRole('link', { name: entryName }) });
	await expect(cell.locator('time')).toHaveAttribute('datetime', '2027-02-28');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations).toEqual([]);

	// On a 320 px screen the grid gives way to the list.
	await page.setViewportSize({ width: 320, height: 800 });
	await expect(grid).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Sonntag, 28. Februar 2027' })).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 800 });

	await page.getByRole('link', { name: 'Liste' }).click();
	await expect(page).toHaveURL(/view=list/);
	await expect(page.getByRole('link', { name: `Verwendungsnachweis: ${title}` })).toBeVisible();

	await createAndRevokeFeed(
		page,
		{
			label: 'Bezeichnung (freiwillig, z. B. „Outlook Büro“)',
			create: 'Abo-Link erstellen',
			link: 'Abo-Link',
			revoke: 'Widerrufen: Outlook',
			revoked: 'Der Abo-Link ist widerrufen. Kalender-Apps erhalten nichts mehr.'
		},
		// The person feed: the staff member is responsible for nothing yet, so it is a valid,
		// empty calendar.
		'BEGIN:VCALENDAR'
	);
});

test('the calendar and its feed links speak English', async ({ page }) => {
	test.slow();
	const { organisation, title } = await approvedApplication();
	const path = `/office/kalender?month=2027-02&organisation=${organisation.id}`;
	await signInAsStaff(page, path);
	await page.goto(`${path}&lang=en`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deadline calendar');
	await expect(
		page
			.getByRole('table', { name: 'February 2027' })
			.getByRole('link', { name: `Final statement (Verwendungsnachweis): ${title}` })
	).toBeVisible();

	await createAndRevokeFeed(
		page,
		{
			label: 'Name (optional, e.g. “Office Outlook”)',
			create: 'Create subscription link',
			link: 'Subscription link',
			revoke: 'Revoke: Outlook',
			revoked: 'The subscription link is revoked. Calendar apps get nothing more.'
		},
		'X-WR-CALNAME:Bündnisatlas: my deadlines'
	);
});
