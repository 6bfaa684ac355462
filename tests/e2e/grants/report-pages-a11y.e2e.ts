import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createAccount, signIn } from '../support/accounts.ts';

/**
 * The office's report pages and deadline calendar have no accessibility violations (axe, WCAG
 * 2.1 AA) in German and in Arabic, where the page runs right to left. One staff member signs in
 * once and visits all six; the pages show the demo data (charts, tables, calendar entries).
 */
const PAGES = [
	'/office/berichte?from=2024&to=2026',
	'/office/berichte/anfrage?from=2024&to=2026',
	'/office/kalender?month=2026-12'
];

test('reports, council inquiry and calendar pass axe in German and Arabic (RTL)', async ({
	page
}) => {
	test.slow();
	const staff = await createAccount({ label: 'reports-a11y', staffRole: 'office_staff' });
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(PAGES[0]!)}`);
	await signIn(page, staff.email, staff.password);
	// Sign-in hashes a password on a busy machine: allow it more than the default five seconds.
	await expect(page).toHaveURL(PAGES[0]!, { timeout: 20_000 });

	for (const [lang, dir] of [
		['de', 'ltr'],
		['ar', 'rtl']
	] as const) {
		for (const path of PAGES) {
			await page.goto(`${path}&lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', dir);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations, `${path} (${lang})`).toEqual([]);
		}
	}
});
