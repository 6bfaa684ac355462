import { expect, test } from '@playwright/test';

/**
 * The result cards' texts travel once: a page's HTML shows them and its inline data leaves them
 * out (the browser reads them back from the cards before hydrating); a search inside the app
 * fetches them with the rest of the data.
 */
const SEARCH = '/verzeichnis?q=AdiBe&lang=ar';
const NAME = 'AdiBe – Antidiskriminierungsberatung';

test('the cards say the same after hydration as in the server’s HTML, each text once', async ({
	page,
	request
}) => {
	const html = await (await request.get(SEARCH)).text();
	const [markup, data] = html.split('<script');
	expect(markup).toContain(NAME);
	expect(data).not.toContain(NAME);

	const texts = () => page.getByRole('article').allInnerTexts();
	await page.goto(SEARCH);
	const before = await texts();
	await page.waitForLoadState('networkidle');
	// Hydrated: hovering a card is handled by the page's script (the map highlights it).
	await page.getByRole('article').first().hover();
	await expect(page.locator('.is-highlighted').first()).toBeVisible();
	expect(await texts()).toEqual(before);
	expect(before.join('\n')).toContain(NAME);
});

test('a search inside the app shows the texts of its cards', async ({ page }) => {
	await page.goto('/verzeichnis');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Was suchen Sie?').fill('AdiBe');
	await page.getByRole('button', { name: 'Suchen', exact: true }).click();
	await expect(page).toHaveURL(/q=AdiBe/);
	const card = page.getByRole('article', { name: NAME });
	await expect(card).toBeVisible();
	await expect(card.locator('a[href^="tel:"] bdi')).toHaveText(/^\+?[\d ()/-]+/);
	await expect(card.locator('p.description')).not.toBeEmpty();
});
