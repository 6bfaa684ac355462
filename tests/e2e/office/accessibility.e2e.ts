import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

const axe = (page: Page) =>
	new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();

// One sign-in, then every desk page in turn: lean on CI time.
test('the office desk pages have no accessibility violations (axe, WCAG 2.1 AA)', async ({
	page
}) => {
	test.slow();
	const staff = await createAccount({ label: 'axe', staffRole: 'office_staff' });
	// A revision in the queue, so the badge and the queue are on the pages checked.
	const organisation = await createOrganisation('published');
	await sql(
		`insert into public.entry_revisions (organisation_id, proposed, base, status, submitted_at)
		 values ($1, private.entry_snapshot($1), private.entry_snapshot($1), 'submitted', now())`,
		[organisation.id]
	);
	await page.goto('/auth/sign-in');
	await signIn(page, staff.email, staff.password);
	await expect(page).toHaveURL(/\/office$/);
	for (const path of [
		'/office/organisationen?revisions=pending',
		'/office/pruefung',
		'/office/anfragen',
		'/office/veraltet',
		'/office/netzwerke'
	]) {
		await page.goto(path);
		expect((await axe(page)).violations, path).toEqual([]);
	}
	await page.goto('/office/organisationen?revisions=pending');
	await expect(page.getByRole('row', { name: new RegExp(organisation.name) })).toContainText(
		'Änderung wartet auf Prüfung'
	);
});

test('the invitation pages have no accessibility violations', async ({ page }) => {
	await page.goto(`/einladung/${'x'.repeat(43)}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Dieser Einladungslink funktioniert nicht mehr'
	);
	expect((await axe(page)).violations).toEqual([]);
});
