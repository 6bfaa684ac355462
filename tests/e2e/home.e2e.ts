import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import pg from 'pg';

test.describe('home page', () => {
	test('lists the seeded published organisations, read through PostgREST', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Wer hilft bei Rassismus und Diskriminierung?'
		);
		const list = page
			.getByRole('region', { name: 'Organisationen im Bündnis' })
			.getByRole('listitem');
		await expect(list.filter({ hasText: 'AdiBe – Antidiskriminierungsberatung' })).toHaveCount(1);
		await expect(list.filter({ hasText: 'Ausländerbeirat der Stadt Kassel' })).toContainText(
			'Öffentliche Stelle'
		);
		// Drafts and archived entries of the seed stay hidden.
		await expect(list.filter({ hasText: 'Verein Brückenbauer*innen e. V. (Demo)' })).toHaveCount(0);
		await expect(list.filter({ hasText: 'Nachbarschaftsinitiative Wesertor (Demo)' })).toHaveCount(
			0
		);
	});

	test('shows an organisation published a moment ago, and hides it again when archived', async ({
		page
	}) => {
		const name = `E2E Initiative ${crypto.randomUUID().slice(0, 8)}`;
		const db = new pg.Client({ connectionString: process.env.E2E_DB_URL });
		await db.connect();
		try {
			await db.query(
				`insert into public.organisations (name, kind, status) values ($1, 'initiative', 'published')`,
				[name]
			);
			await page.goto('/');
			await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(1);
			await db.query(`update public.organisations set status = 'archived' where name = $1`, [name]);
			await page.reload();
			await expect(page.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
		} finally {
			await db.end();
		}
	});

	test('switches to English and keeps the choice', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Sprache' })
			.getByRole('link', { name: 'English' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Who helps with racism and discrimination?'
		);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('offers a skip link as the first stop for keyboard users', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	for (const lang of ['de', 'en', 'ar']) {
		test(`has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}`, async ({ page }) => {
			await page.goto(`/?lang=${lang}`);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations).toEqual([]);
		});
	}

	test('answers an unknown page with a 404 in the visitor’s language', async ({ page }) => {
		const response = await page.goto('/gibt-es-nicht');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Etwas ist schiefgelaufen');
		await expect(page.getByText('Diese Seite gibt es nicht.')).toBeVisible();
	});
});
