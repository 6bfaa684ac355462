import { expect, test } from '@playwright/test';

/**
 * A public page fetches only the public pages' texts; a signed-in area reached from it by a
 * link (no new page load) fetches all texts before it shows, so none of its texts is missing.
 */
test('the directory fetches the public texts, and the sign-in page reached by a link all texts', async ({
	page
}) => {
	const catalogues: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.startsWith('/i18n/')) catalogues.push(`${url.pathname}${url.search}`);
	});
	await page.goto('/verzeichnis');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect.poll(() => catalogues.length).toBeGreaterThan(0);
	expect(catalogues.every((url) => url.includes('part=public'))).toBe(true);

	await page.getByRole('link', { name: 'Anmelden' }).click();
	await expect(page).toHaveURL(/\/auth\/sign-in/);
	await expect(page.getByRole('textbox', { name: 'Passwort' })).toBeVisible();
	expect(catalogues.some((url) => url.startsWith('/i18n/de.json') && !url.includes('part='))).toBe(
		true
	);
	// No text of the page shows as its bare key.
	await expect(page.locator('main')).not.toContainText(/\b[a-z]+[A-Z]?[a-z]*\.[a-z][A-Za-z.]+\b/);
});
