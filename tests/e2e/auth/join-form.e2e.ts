import { expect, test } from '@playwright/test';

const TEXTS = {
	de: {
		title: /^Fehler: Ins Verzeichnis/,
		summary: 'Bitte prüfen Sie die markierten Angaben.',
		counter: 'Noch 990 Zeichen frei (höchstens 1000).'
	},
	ar: {
		title: /^خطأ: /,
		summary: 'يرجى التحقق من البيانات المُعلَّمة.',
		counter: 'يتبقى 990 حرفًا (بحد أقصى 1000).'
	}
} as const;

for (const lang of ['de', 'ar'] as const) {
	const text = TEXTS[lang];

	test(`/mitmachen (${lang}): without JavaScript, the errors are summed up at the top and in the title`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/mitmachen?lang=${lang}`);
		await expect(page).not.toHaveTitle(text.title);
		await page.locator('form button[type="submit"]').click();
		await expect(page).toHaveTitle(text.title);
		const summary = page.getByRole('alert').filter({ hasText: text.summary });
		await expect(summary).toBeVisible();
		// First in the form, each entry a link to its field.
		const first = page.locator('form > *').first();
		await expect(first).toHaveText(new RegExp(text.summary));
		const links = summary.getByRole('link');
		expect(await links.count()).toBeGreaterThanOrEqual(4);
		for (const href of await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))) {
			expect(await page.locator(href!).count()).toBe(1);
		}
		await context.close();
	});

	test(`/mitmachen (${lang}): fields take no more than the schema accepts, with a counter`, async ({
		page
	}) => {
		await page.goto(`/mitmachen?lang=${lang}`);
		const description = page.locator('#join-description');
		await expect(description).toHaveAttribute('maxlength', '1000');
		await expect(page.locator('#join-name')).toHaveAttribute('maxlength', '200');
		await expect(page.locator('#join-email')).toHaveAttribute('maxlength', '254');
		await description.fill('0123456789');
		await expect(page.locator('#join-description-count')).toHaveText(text.counter);
		await description.fill('x'.repeat(1200));
		await expect(description).toHaveValue('x'.repeat(1000));
	});
}
