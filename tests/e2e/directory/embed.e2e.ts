import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * A partner's website on another origin (another port), served by a real local server: Chromium
 * keeps pages without a local address (as a routed fake host would be) from framing local ones.
 */
async function servePartnerPage(embedUrl: string): Promise<{ url: string; server: Server }> {
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(`<!doctype html><html lang="de"><title>Partner</title><h1>Partnerverein</h1>
			<iframe src="${embedUrl}" title="Beratung finden" width="100%" height="700"></iframe>`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

test.describe('embed widget', () => {
	test('works inside a partner’s page by keyboard alone', async ({ page, baseURL }) => {
		const partner = await servePartnerPage(`${baseURL}/embed?kind=counselling_service&lang=de`);
		try {
			await page.goto(partner.url);
			const widget = page.frameLocator('iframe[title="Beratung finden"]');
			await expect(widget.getByRole('heading', { level: 1 })).toHaveText(
				'Beratung und Unterstützung gegen Diskriminierung'
			);
			await expect(
				widget.getByRole('link', { name: 'AdiBe – Antidiskriminierungsberatung' })
			).toBeVisible();

			// Into the frame: the emergency numbers and the quick exit come first, then the search.
			await page.keyboard.press('Tab');
			await expect(widget.getByRole('link', { name: 'Polizei 110' })).toBeFocused();
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			const quickExit = widget.getByRole('link', { name: 'Seite schnell verlassen' });
			await expect(quickExit).toBeFocused();
			await expect(quickExit).toHaveAttribute('target', '_top');
			await page.keyboard.press('Tab');
			const search = widget.getByRole('searchbox', { name: 'Suchbegriff' });
			await expect(search).toBeFocused();
			await page.keyboard.type('response');
			await page.keyboard.press('Enter');

			// The preset filter and the language travel with the search.
			await expect(widget.getByRole('searchbox', { name: 'Suchbegriff' })).toHaveValue('response');
			const results = widget.getByRole('region', { name: 'Ergebnisse' }).getByRole('listitem');
			await expect(results.first()).toContainText('response.');
			await expect(results.filter({ hasText: 'AdiBe' })).toHaveCount(0);
			const organisation = widget.getByRole('link', { name: /^response\./ }).first();
			await expect(organisation).toHaveAttribute('target', '_top');
			await expect(organisation).toHaveAttribute('href', /\/organisationen\/[a-z0-9-]+$/);
		} finally {
			partner.server.closeAllConnections();
			partner.server.close();
		}
	});

	test('works without JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/embed?lang=en&kind=counselling_service');
		await page.getByRole('searchbox', { name: 'Search term' }).fill('AdiBe');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/kind=counselling_service/);
		await expect(page).toHaveURL(/lang=en/);
		await expect(
			page.getByRole('link', { name: 'AdiBe – Antidiskriminierungsberatung' })
		).toBeVisible();
		await context.close();
	});

	for (const lang of ['de', 'ar']) {
		test(`has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}`, async ({ page }) => {
			await page.goto(`/embed?lang=${lang}`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(results.violations).toEqual([]);
		});
	}
});

test.describe('open-data page', () => {
	test('makes the embed code and filtered downloads without JavaScript', async ({
		browser,
		baseURL
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/offene-daten?lang=de');
		await page.getByLabel('Art der Organisation').selectOption('initiative');
		await page.getByLabel('Sprache des Widgets').selectOption('ar');
		await page.getByRole('button', { name: 'Auswahl übernehmen' }).click();

		const code = page.getByRole('textbox', { name: 'HTML-Code zum Einfügen' });
		await expect(code).toHaveValue(
			/^<iframe src="http:\/\/[^"]+\/embed\?kind=initiative&amp;lang=ar" title="[^"]+"/
		);
		await expect(page.getByRole('link', { name: 'CSV herunterladen' })).toHaveAttribute(
			'href',
			/\/verzeichnis\/export\.csv\?kind=initiative$/
		);
		// The page stays in its own language: the widget's language is a separate field.
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await context.close();
	});

	test('offers the downloads, which a browser can fetch', async ({ page, request }) => {
		await page.goto('/offene-daten?lang=de');
		const href = await page
			.getByRole('link', { name: 'GeoJSON herunterladen' })
			.getAttribute('href');
		const response = await request.get(href!);
		expect(response.status()).toBe(200);
		expect((await response.json()).type).toBe('FeatureCollection');
		await expect(page.getByRole('link', { name: /Datenlizenz Deutschland/ })).toHaveAttribute(
			'href',
			'https://www.govdata.de/dl-de/by-2-0'
		);
	});

	for (const lang of ['de', 'ar']) {
		test(`has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}`, async ({ page }) => {
			// The page holds the widget's live preview: axe checks that frame too.
			test.slow();
			await page.goto(`/offene-daten?lang=${lang}`);
			const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(results.violations).toEqual([]);
		});
	}
});
