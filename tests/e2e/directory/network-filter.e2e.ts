import { expect, test, type Page } from '@playwright/test';

/**
 * The network filter offers every published network, while the page's hydration data carries
 * none of them (NetworkSelect.svelte): without JavaScript from the HTML, with JavaScript fetched
 * when the filters open, also after arriving by a link inside the app.
 */
const NETWORK = 'ALL IN – Servicestelle für Migrantenorganisationen';
const SLUG = 'all-in-servicestelle-fuer-migrantenorganisationen';
const networkField = (page: Page) => page.getByLabel('Netzwerk', { exact: true });

async function chooseNetwork(page: Page) {
	await page.getByText('Weitere Filter').click();
	await networkField(page).selectOption({ label: NETWORK });
	await page.getByRole('button', { name: 'Filter anwenden' }).click();
	await expect(page).toHaveURL(new RegExp(`network=${SLUG}`));
	await expect(networkField(page)).toHaveValue(SLUG);
}

test.describe('the network filter', () => {
	test('offers every network once the filters open, and filters by the one chosen', async ({
		page
	}) => {
		await page.goto('/verzeichnis');
		await chooseNetwork(page);
		// Chosen, it stays chosen, and the others are offered again.
		await page.reload();
		await expect(networkField(page)).toHaveValue(SLUG);
		await page.getByText('Weitere Filter').click();
		await expect(
			networkField(page).getByRole('option', { name: 'Partnerschaft für Demokratie Kassel' })
		).toHaveCount(1);
	});

	test('keeps the networks the page came with, without fetching them again', async ({ page }) => {
		const fetched: string[] = [];
		// Were the list needed from the server, it would not come.
		await page.route('**/verzeichnis/netzwerke.json', (route) => {
			fetched.push(route.request().url());
			return route.abort();
		});
		await page.goto('/verzeichnis');
		// Hydrated: the page's scripts have run and are done loading.
		await page.waitForLoadState('networkidle');
		await page.getByText('Weitere Filter').click();
		await networkField(page).focus();
		await expect(networkField(page).getByRole('option', { name: NETWORK })).toHaveCount(1);
		await expect(
			networkField(page).getByRole('option', { name: 'Partnerschaft für Demokratie Kassel' })
		).toHaveCount(1);
		expect(fetched).toEqual([]);
	});

	test('offers them after arriving by the site’s own navigation', async ({ page }) => {
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Beratung finden' })
			.click();
		await expect(page).toHaveURL(/\/verzeichnis$/);
		await chooseNetwork(page);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('offers every network in the page itself', async ({ page }) => {
			await page.goto('/verzeichnis');
			await chooseNetwork(page);
		});
	});
});
