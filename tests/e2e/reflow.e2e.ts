import { expect, test, type Page } from '@playwright/test';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS px (and on a common 390 px phone) no public page scrolls
 * sideways, in any of the five languages. Each page is checked as it loads, the directory also
 * with every filter group open and with a list of results.
 */
const LOCALES = ['de', 'en', 'tr', 'ar', 'uk'] as const;
const WIDTHS = [320, 390] as const;
const PAGES = [
	'/',
	'/verzeichnis',
	'/verzeichnis?kind=counselling_service&kind=migrant_organisation&kind=initiative',
	'/verzeichnis?language=vi&free=1',
	'/organisationen/adibe-antidiskriminierungsberatung',
	'/organisationen/frauenberatung-bei-gewalt-schutzraum-demo',
	'/netzwerke',
	'/offene-daten',
	'/mitmachen',
	'/spuren-verwischen',
	'/auth/sign-in',
	'/auth/forgot-password',
	'/embed?kind=counselling_service'
];

/** How far the page reaches beyond the viewport, with what sticks out if it does. */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const width = window.innerWidth;
		const excess = document.documentElement.scrollWidth - width;
		const culprits =
			excess <= 0
				? []
				: [...document.querySelectorAll('body *')]
						.filter((element) => {
							const box = element.getBoundingClientRect();
							return box.width > 0 && (box.right > width + 1 || box.left < -1);
						})
						.slice(0, 5)
						.map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
		return { excess, culprits, scrollX: window.scrollX };
	});
}

for (const lang of LOCALES) {
	for (const width of WIDTHS) {
		test(`no page scrolls sideways at ${width} px in ${lang}`, async ({ page }) => {
			// Fourteen page loads in one test: more than the default 30 s on a busy machine.
			test.setTimeout(120_000);
			await page.setViewportSize({ width, height: 740 });
			const found: Record<string, unknown> = {};
			for (const path of PAGES) {
				const url = `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
				await page.goto(url);
				const loaded = await overflow(page);
				if (loaded.excess > 0 || loaded.scrollX !== 0) found[path] = loaded;
			}
			// The directory with every filter group open, the state that was once 841 px wide.
			await page.goto(`/verzeichnis?lang=${lang}`);
			for (const group of await page.locator('details:not([open]) > summary').all()) {
				await group.click();
			}
			await expect(page.locator('details[open]').first()).toBeVisible();
			const opened = await overflow(page);
			if (opened.excess > 0) found['/verzeichnis (all filters open)'] = opened;
			expect(found).toEqual({});
		});
	}
}
