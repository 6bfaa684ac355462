import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createAccount, signIn } from '../support/accounts.ts';

/**
 * The office's report pages and deadline calendar have no accessibility violations (axe, WCAG
 * 2.1 AA) in German and in Arabic, where the page runs right to left. Per language a staff
 * member signs in and visits all three; they show the demo data (charts, tables, calendar).
 */
const PAGES = [
	'/office/berichte?from=2024&to=2026',
	'/office/berichte/anfrage?from=2024&to=2026',
	'/office/kalender?month=2026-12'
];

for (const [lang, dir, language] of [
	['de', 'ltr', 'German'],
	['ar', 'rtl', 'Arabic (right to left)']
] as const) {
	test(`reports, council inquiry and calendar pass axe in ${language}`, async ({ page }) => {
		test.setTimeout(120_000);
		const staff = await createAccount({ label: 'reports-a11y', staffRole: 'office_staff' });
		await page.goto(`/auth/sign-in?next=${encodeURIComponent(PAGES[0]!)}`);
		await signIn(page, staff.email, staff.password);
		// Sign-in hashes a password on a busy machine: allow it more than the default five seconds.
		await expect(page).toHaveURL(PAGES[0]!, { timeout: 20_000 });

		for (const path of PAGES) {
			await page.goto(`${path}&lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('dir', dir);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations, path).toEqual([]);
		}
	});
}
