import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The safety bar's texts in the languages the tests walk through. */
const TEXTS = {
	de: {
		bar: 'Notruf und schneller Ausstieg',
		exitOnPhone: 'Verlassen',
		tracks: 'Spuren verwischen',
		q: 'Was suchen Sie?',
		search: 'Suchen'
	},
	ar: {
		bar: 'الطوارئ والخروج السريع',
		exitOnPhone: 'مغادرة',
		tracks: 'إخفاء آثار التصفح',
		q: 'عمّ تبحثون؟',
		search: 'بحث'
	}
} as const;
const PHONE = { width: 390, height: 740 };

/** The neutral page the exit goes to, served here (the machine has no internet). */
async function fakeWeather(page: Page) {
	await page.route('https://www.wetteronline.de/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Wetter</title><h1>Wetter</h1>' })
	);
}

for (const lang of ['de', 'ar'] as const) {
	const text = TEXTS[lang];

	test.describe(`safety (${lang})`, () => {
		test('Escape twice leaves, and Back shows no search that was made', async ({ page }) => {
			await fakeWeather(page);
			await page.goto(`/?lang=${lang}`);
			await page.goto(`/verzeichnis?lang=${lang}`);
			await page.getByLabel(text.q).fill('Rassismus');
			await page.getByRole('button', { name: text.search, exact: true }).click();
			await expect(page).toHaveURL(/q=Rassismus/);
			await page.getByRole('heading', { level: 2, name: /\d/ }).waitFor();

			await page.keyboard.press('Escape');
			await page.keyboard.press('Escape');
			await expect(page).toHaveURL(/wetteronline\.de/);

			await page.goBack();
			await expect(page).not.toHaveURL(/Rassismus/);
			await expect(page).not.toHaveURL(/wetteronline/);
		});

		test('the exit is a 44 px target and the bar is one compact landmark on a phone', async ({
			page
		}) => {
			await page.setViewportSize(PHONE);
			await page.goto(`/verzeichnis?lang=${lang}`);
			const bar = page.getByRole('complementary', { name: text.bar });
			await expect(bar.getByRole('link', { name: /110/ })).toHaveAttribute('href', 'tel:110');
			await expect(bar.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
			const exit = bar.getByRole('link', { name: text.exitOnPhone, exact: true });
			const target = (await exit.boundingBox())!;
			expect(target.height).toBeGreaterThanOrEqual(44);
			expect(target.width).toBeGreaterThanOrEqual(44);
			// Both numbers, the tracks link and the exit on one row: no taller than the exit + 8 px.
			expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(target.height + 8);

			// It stays on screen while the page scrolls, and focused fields do not hide below it.
			await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
			const sticky = (await bar.boundingBox())!;
			expect(sticky.y).toBe(0);
			await page.getByLabel(text.q).focus();
			const field = (await page.getByLabel(text.q).boundingBox())!;
			expect(field.y).toBeGreaterThanOrEqual(sticky.y + sticky.height);
		});

		test('links a page on covering your tracks, without accessibility violations', async ({
			page
		}) => {
			await page.goto(`/?lang=${lang}`);
			await page
				.getByRole('complementary', { name: text.bar })
				.getByRole('link', { name: text.tracks })
				.click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(text.tracks);
			await expect(page.getByRole('main')).toContainText('110');
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations).toEqual([]);
		});
	});
}

test('the tracks link is in the safety bar in every language', async ({ page }) => {
	const names = {
		de: 'Spuren verwischen',
		en: 'Cover your tracks',
		tr: 'İzlerinizi silin',
		ar: 'إخفاء آثار التصفح',
		uk: 'Приховати сліди'
	};
	for (const [lang, name] of Object.entries(names)) {
		await page.goto(`/netzwerke?lang=${lang}`);
		await expect(
			page.getByRole('complementary').getByRole('link', { name, exact: true })
		).toHaveAttribute('href', '/spuren-verwischen');
	}
});
