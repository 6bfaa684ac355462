import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Königsplatz, Kassel, as precisely as a phone's GPS would report it.
const KOENIGSPLATZ = { latitude: 51.316_612, longitude: 9.496_581 };

test.describe('use my location', () => {
	test('searches around the rounded position, keeping the other criteria', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['geolocation']);
		await context.setGeolocation(KOENIGSPLATZ);
		await page.goto('/verzeichnis?q=Beratung');
		await page.getByLabel('In der Nähe von').fill('34131');

		const button = page.getByRole('button', { name: 'Meinen Standort verwenden' });
		await expect(button).toHaveAccessibleDescription(/auf etwa 100 Meter/);
		await button.click();

		await expect(page).toHaveURL(/lat=51\.317&lng=9\.497/);
		const url = new URL(page.url());
		// The other criteria stay; the place typed before gives way to the position.
		expect(url.searchParams.get('q')).toBe('Beratung');
		expect(url.searchParams.get('near') ?? '').toBe('');
		await expect(
			page.getByRole('heading', { level: 2, name: /um \u2068?Ihr Standort/ })
		).toBeVisible();
	});

	test('says politely why nothing happened when the person refuses', async ({ page, context }) => {
		await context.clearPermissions();
		await page.goto('/verzeichnis');
		await page.getByRole('button', { name: 'Meinen Standort verwenden' }).click();

		await expect(page.getByRole('status')).toHaveText(
			'Sie haben den Zugriff auf Ihren Standort nicht erlaubt. Sie können stattdessen eine Postleitzahl oder Adresse eingeben.'
		);
		await expect(page).not.toHaveURL(/lat=/);
		// The button keeps the keyboard focus, so trying again or moving on starts from there.
		await expect(page.getByRole('button', { name: 'Meinen Standort verwenden' })).toBeFocused();
	});

	test('speaks the visitor’s language, right to left in Arabic, without accessibility violations', async ({
		page,
		context
	}) => {
		await context.grantPermissions(['geolocation']);
		await context.setGeolocation(KOENIGSPLATZ);
		await page.goto('/verzeichnis?lang=ar');
		const button = page.getByRole('button', { name: 'استخدام موقعي' });
		await expect(button).toBeVisible();
		const results = await new AxeBuilder({ page })
			.include('form[role="search"]')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(results.violations).toEqual([]);
		await button.click();
		await expect(page).toHaveURL(/lat=51\.317&lng=9\.497/);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	});
});

test.describe('use my location without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('is not offered, and the postcode field does the job', async ({ page }) => {
		await page.goto('/verzeichnis');
		await expect(page.getByLabel('In der Nähe von')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Meinen Standort verwenden' })).toHaveCount(0);
	});
});
