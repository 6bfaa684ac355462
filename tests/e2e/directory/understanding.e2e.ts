import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) =>
	page.getByRole('listitem').filter({ has: page.getByRole('article') });

test.describe('search that understands the visitor', () => {
	test('an Arabic word for racism finds counselling, names what it understood, and can be taken literally', async ({
		page
	}) => {
		// Two searches and an accessibility scan of a long Arabic page: more than the default 30 s
		// when the machine is busy.
		test.slow();
		await page.goto('/verzeichnis?lang=ar');
		await page.getByRole('searchbox').first().fill('عنصرية');
		await page.getByRole('searchbox').first().press('Enter');

		const understood = page.getByTestId('understood');
		await expect(understood).toContainText('هكذا فهمنا بحثك');
		await expect(understood).toContainText('عنصرية');
		await expect(results(page).first()).toBeVisible();
		expect(await results(page).count()).toBeGreaterThan(3);
		expect(
			(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations
		).toEqual([]);

		// The words as written: the same word then finds nothing in the German entries.
		await understood.getByRole('link').click();
		await expect(page).toHaveURL(/literal=1/);
		await expect(results(page)).toHaveCount(0);
		await expect(page.getByTestId('understood')).toHaveCount(0);
	});

	test('a German compound names the life area, which the filters offer too', async ({ page }) => {
		await page.goto('/verzeichnis?q=Diskriminierung+am+Arbeitsplatz');
		await expect(page.getByTestId('understood')).toContainText(
			// The visitor's words are isolated (U+2068…U+2069) inside the sentence.
			/„\u2068?arbeitsplatz\u2069?“: Arbeit und Beruf/
		);
		await expect(results(page).filter({ hasText: 'AdiBe' })).toHaveCount(1);

		await page.goto('/verzeichnis?area=housing');
		// The filter sits in the "more filters" panel, closed when the criteria came from a link.
		await page.locator('details.more > summary').click();
		await expect(page.getByRole('checkbox', { name: 'Wohnen' })).toBeChecked();
		await expect(results(page).filter({ hasText: 'Stadtteilzentrum Rothenditmold' })).toHaveCount(
			1
		);
	});
});
