import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The widget for partners who are not developers: the code from the open-data page (copied by a
 * button) on a partner's page on another origin grows the iframe to the widget's content; a
 * message from anyone else changes nothing; the generator shows a live preview.
 */
async function servePartnerPage(html: string): Promise<{ url: string; server: Server }> {
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><html lang="de"><title>Partner</title><h1>Partnerverein</h1>${html}`
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test('the copied code grows the widget on a partner’s page, and only the widget can', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	await page.goto('/offene-daten?kind=counselling_service');
	await page.getByRole('button', { name: 'Code kopieren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Der Code ist kopiert.' })).toBeVisible();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	expect(code).toBe(await page.getByLabel('HTML-Code zum Einfügen').inputValue());
	expect(code).toContain(`<script src="${baseURL}/embed/resize.js" async></script>`);

	const partner = await servePartnerPage(code);
	try {
		await page.goto(partner.url);
		const frame = page.locator('iframe');
		await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
		// The list of counselling services is far taller than the starting 640 px.
		await expect.poll(async () => (await frame.boundingBox())?.height ?? 0).toBeGreaterThan(1000);
		const grown = (await frame.boundingBox())!.height;
		const inner = await page
			.frameLocator('iframe')
			.locator('main')
			.evaluate((main) => main.getBoundingClientRect().bottom);
		expect(Math.abs(grown - inner)).toBeLessThan(80);

		// The partner's own page (another origin than the widget's) cannot set the height.
		// Listeners run in the order they were added: once this one sees the message, the
		// partner's script has had it too.
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					window.addEventListener('message', function seen(event) {
						if (event.data?.height !== 333) return;
						window.removeEventListener('message', seen);
						resolve();
					});
					window.postMessage({ type: 'buendnisatlas:height', height: 333 }, '*');
				})
		);
		expect((await frame.boundingBox())!.height).toBe(grown);
	} finally {
		partner.server.closeAllConnections();
		partner.server.close();
	}
});

test('the generator shows the widget for the chosen selection as a preview', async ({ page }) => {
	await page.goto('/offene-daten?kind=counselling_service&embed_lang=en');
	const preview = page.frameLocator('iframe[title="Vorschau des Widgets"]');
	await expect(preview.getByRole('heading', { level: 1 })).toHaveText(
		'Counselling and support against discrimination'
	);
	await expect(
		preview.getByRole('link', { name: 'AdiBe – Antidiskriminierungsberatung' })
	).toBeVisible();
	await expect
		.poll(async () => (await page.locator('iframe.preview').boundingBox())?.height ?? 0)
		.toBeGreaterThan(1000);
});
