import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * The office's grant work: a call created and published appears in the public list; an
 * application recorded by staff moves across the board by keyboard (a menu of the valid next
 * statuses per card), to Bewilligt with its Bescheid; its obligations then show on its page.
 */
async function arrangeProgramme() {
	const suffix = crypto.randomUUID().slice(0, 8);
	const funder = `E2E Landesamt ${suffix}`;
	const [row] = await sql<{ id: string }>(
		`insert into public.funders (name, level) values ($1, 'land') returning id`,
		[funder]
	);
	const programme = `E2E Landesprogramm ${suffix}`;
	await sql(
		`insert into public.programmes (funder_id, name, financing_type) values ($1, $2, 'fehlbedarf')`,
		[row!.id, programme]
	);
	return { programme, funder, suffix };
}

async function signInAsStaff(page: Page, next: string) {
	const staff = await createAccount({ label: 'office-grants', staffRole: 'office_staff' });
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
	await signIn(page, staff.email, staff.password);
	await expect(page).toHaveURL(next);
}

/** Moves a card by keyboard: focus its menu, open it with Enter, focus a choice, press Enter. */
async function moveByKeyboard(page: Page, title: string, choice: string) {
	const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
	const menu = card.locator('summary');
	await menu.focus();
	await page.keyboard.press('Enter');
	const target = card
		.getByRole('button', { name: choice, exact: true })
		.or(card.getByRole('link', { name: choice, exact: true }));
	await target.focus();
	await page.keyboard.press('Enter');
}

const column = (page: Page, status: string) =>
	page.getByRole('region', { name: new RegExp(`^${status} `) });

test('staff create and publish a call, which then appears in the public list', async ({ page }) => {
	test.slow();
	const { programme, funder, suffix } = await arrangeProgramme();
	const title = `Demokratie vor Ort ${suffix}`;
	await signInAsStaff(page, '/office/aufrufe/neu');

	await page.getByRole('button', { name: 'Aufruf anlegen' }).click();
	await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Bitte ein Förderprogramm auswählen.')).toBeVisible();

	await page.getByLabel('Förderprogramm').selectOption({ label: `${programme} (${funder})` });
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Eingetragene Vereine').check();
	await page.getByLabel('Höchstbetrag (Euro)').fill('5.000');
	const deadline = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
	await page.getByLabel('Frist', { exact: true }).fill(deadline);
	await page.getByRole('button', { name: 'Aufruf anlegen' }).click();
	await expect(page.getByText('Gespeichert.')).toBeVisible();
	await expect(page.getByText('nicht veröffentlicht')).toBeVisible();

	await page.goto('/foerderaufrufe');
	await expect(page.getByRole('article', { name: title })).toHaveCount(0);

	await page.goto('/office/aufrufe');
	await page.getByRole('button', { name: `Veröffentlichen: ${title}` }).click();
	await expect(page.getByText('Der Aufruf ist veröffentlicht.')).toBeVisible();

	await page.goto('/foerderaufrufe');
	await expect(page.getByRole('article', { name: title })).toBeVisible();
});

test('staff record an application and move it by keyboard to Bewilligt; obligations follow', async ({
	page
}) => {
	test.slow();
	const organisation = await createOrganisation('published');
	const title = `Werkstatt Nachbarschaft ${crypto.randomUUID().slice(0, 8)}`;
	await signInAsStaff(page, '/office/antraege/neu');

	await page.getByLabel('Organisation suchen').fill(organisation.name);
	await page.getByRole('button', { name: 'Suchen' }).click();
	await page.getByLabel('Organisation', { exact: true }).selectOption({ label: organisation.name });
	await page.getByLabel('Titel des Vorhabens').fill(title);
	await page.getByLabel('Projektbeginn').fill('2026-03-01');
	await page.getByLabel('Projektende').fill('2027-02-28');
	await page.getByLabel('Gesamtkosten (Euro)').fill('10.000');
	await page.getByLabel('Beantragt (Euro)').fill('9.000');
	await page.getByLabel('Eigenmittel (Euro)').fill('1.000');
	await page.getByRole('button', { name: 'Antrag speichern' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.locator('.status')).toHaveText('Idee');

	await page.goto(`/office/antraege/board?organisation=${organisation.id}`);
	await expect(column(page, 'Idee').getByRole('link', { name: title })).toBeVisible();

	// Only the valid next statuses are offered: from Idee, In Vorbereitung and Zurückgezogen.
	const card = column(page, 'Idee').getByRole('listitem').filter({ hasText: title });
	await card.locator('summary').focus();
	await page.keyboard.press('Enter');
	await expect(card.locator('.moves').getByRole('listitem')).toHaveText([
		'In Vorbereitung',
		'Zurückgezogen'
	]);
	// Enter on the menu closes it again.
	await page.keyboard.press('Enter');

	await moveByKeyboard(page, title, 'In Vorbereitung');
	await expect(page.getByRole('status').filter({ hasText: 'steht jetzt in' })).toHaveText(
		`„${title}“ steht jetzt in „In Vorbereitung“.`
	);
	await expect(column(page, 'In Vorbereitung').getByRole('link', { name: title })).toBeVisible();
	// Focus follows the card to its new column.
	await expect(
		column(page, 'In Vorbereitung')
			.getByRole('listitem')
			.filter({ hasText: title })
			.locator('summary')
	).toBeFocused();

	await moveByKeyboard(page, title, 'Eingereicht');
	await expect(column(page, 'Eingereicht').getByRole('link', { name: title })).toBeVisible();

	// Bewilligt needs the Bescheid: the choice leads to its form, then back to the board.
	await moveByKeyboard(page, title, '„Bewilligt“ mit Bescheid');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bescheid erfassen');
	await expect(page.getByLabel('Ergebnis')).toHaveValue('approved');
	await page.getByLabel('Datum', { exact: true }).fill('2026-02-20');
	await page.getByLabel('Bewilligter Betrag (Euro)').fill('9.000,00');
	await page.getByRole('button', { name: 'Bescheid speichern' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/office\/antraege\/board\?moved=/);
	await expect(page.getByRole('status').filter({ hasText: 'steht jetzt in' })).toHaveText(
		`„${title}“ steht jetzt in „Bewilligt“.`
	);
	await expect(column(page, 'Bewilligt').getByRole('link', { name: title })).toBeVisible();

	await column(page, 'Bewilligt').getByRole('link', { name: title }).click();
	await expect(page.locator('.status')).toHaveText('Bewilligt');
	const obligations = page.getByRole('region', { name: 'Fristen' });
	await expect(obligations.getByRole('row', { name: /^Verwendungsnachweis/ })).toContainText(
		'28. August 2027'
	);
	await expect(obligations.getByRole('row', { name: /^Mittelabruf/ })).toHaveCount(2);
});

test('in English, the board refuses a move the database refuses and says why', async ({ page }) => {
	const organisation = await createOrganisation('published');
	const title = `Language café ${crypto.randomUUID().slice(0, 8)}`;
	const [application] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, title, status) values ($1, $2, 'idea') returning id`,
		[organisation.id, title]
	);
	const board = `/office/antraege/board?organisation=${organisation.id}`;
	await signInAsStaff(page, board);
	await page.goto(`${board}&lang=en`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Applications by status');

	// Someone else moves it meanwhile; the card still shows it as an idea.
	await sql(`update public.applications set status = 'withdrawn' where id = $1`, [application!.id]);
	await moveByKeyboard(page, title, 'Drafting');
	await expect(page.getByRole('alert')).toHaveText(
		'The application has changed meanwhile. Please check its current status.'
	);
	await page.reload();
	await expect(column(page, 'Withdrawn').getByRole('link', { name: title })).toBeVisible();
	await expect(
		column(page, 'Withdrawn').getByRole('listitem').filter({ hasText: title }).locator('summary')
	).toHaveCount(0);
});

for (const path of [
	'/office/antraege',
	'/office/antraege/board',
	'/office/aufrufe',
	'/office/fonds/2026'
]) {
	test(`${path} has no accessibility violations (axe, WCAG 2.1 AA)`, async ({ page }) => {
		test.slow();
		await signInAsStaff(page, path);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(results.violations).toEqual([]);
	});
}
