import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

for (const path of ['/auth/sign-in', '/auth/forgot-password', '/mitmachen']) {
	for (const lang of ['de', 'en', 'ar']) {
		test(`${path} has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}`, async ({
			page
		}) => {
			await page.goto(`${path}?lang=${lang}`);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations).toEqual([]);
		});
	}
}
