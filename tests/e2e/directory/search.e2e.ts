import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) =>
	page.getByRole('listitem').filter({ has: page.getByRole('article') });

test.describe('directory search', () => {
	test('finds anonymous, free counselling and keeps the search in the URL', async ({ page }) => {
		await page.goto('/verzeichnis');
		await page.getByLabel('Was suchen Sie?').fill('Beratung');
		await page.getByLabel('Anonyme Beratung möglich').check();
		await page.getByLabel('Kostenlos').check();
		await page.getByRole('button', { name: 'Suchen' }).click();

		await expect(page).toHaveURL(/q=Beratung/);
		await expect(page).toHaveURL(/anonymous=1/);
		const found = results(page);
		await expect(found.first()).toBeVisible();
		for (const entry of await found.all()) {
			await expect(entry).toContainText('Kostenlos');
			await expect(entry).toContainText('Anonym möglich');
		}
		// The URL alone reproduces the search: a shared link shows the same filters and results.
		const count = await found.count();
		await page.goto(page.url());
		await expect(page.getByLabel('Was suchen Sie?')).toHaveValue('Beratung');
		await expect(page.getByLabel('Anonyme Beratung möglich')).toBeChecked();
		await expect(results(page)).toHaveCount(count);
	});

	test('names a bad parameter beside its field and still searches with the rest', async ({
		page
	}) => {
		await page.goto('/verzeichnis?kind=raumschiff&radius=7&free=1');
		const kinds = page.getByRole('group', { name: 'Art der Organisation' });
		await expect(kinds).toContainText('Dieser Filterwert ist unbekannt');
		// Summed up at the top of the form and announced, each entry leading to its field.
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie' });
		await expect(summary).toContainText('Art der Organisation: Dieser Filterwert ist unbekannt');
		await summary.getByRole('link', { name: /^Umkreis:/ }).click();
		await expect(page.getByLabel('Umkreis')).toBeFocused();
		await expect(page.getByLabel('Kostenlos')).toBeChecked();
		await expect(results(page).first()).toContainText('Kostenlos');
	});

	test('shows nothing unpublished and no confidential address', async ({ page }) => {
		await page.goto('/verzeichnis?q=Schutzraum');
		const entry = results(page).filter({ hasText: 'Frauenberatung bei Gewalt' });
		await expect(entry).toHaveCount(1);
		await expect(entry).toContainText('Adresse auf Anfrage');
		await page.goto('/verzeichnis?q=Brückenbauer');
		await expect(results(page)).toHaveCount(0);
	});

	test('pages through the results with links that keep the filters', async ({ page }) => {
		await page.goto(
			'/verzeichnis?kind=counselling_service&kind=migrant_organisation&kind=initiative'
		);
		const pager = page.getByRole('navigation', { name: 'Seiten der Ergebnisliste' });
		await expect(pager).toContainText('Seite 1 von');
		await pager.getByRole('link', { name: 'Nächste Seite' }).click();
		await expect(page).toHaveURL(/page=2/);
		await expect(page).toHaveURL(/kind=initiative/);
		await expect(pager).toContainText('Seite 2 von');
	});

	test('is usable by keyboard: from the search field to a result', async ({ page }) => {
		await page.goto('/verzeichnis');
		await page.getByLabel('Was suchen Sie?').focus();
		await page.keyboard.type('AdiBe');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/q=AdiBe/);
		const link = page.getByRole('link', { name: 'AdiBe – Antidiskriminierungsberatung' });
		for (let i = 0; i < 60 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(link).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/organisationen\/adibe/);
	});

	test('switches language on the same search, filters kept', async ({ page }) => {
		await page.goto('/verzeichnis?q=Beratung&free=1&language=ar');
		await page
			.getByRole('navigation', { name: 'Sprache' })
			.getByRole('link', { name: 'العربية' })
			.click();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page).toHaveURL(/q=Beratung/);
		await expect(page.getByLabel('مجاني').first()).toBeChecked();
		await expect(page.getByLabel('عمّ تبحثون؟')).toHaveValue('Beratung');
		await expect(results(page).first()).toContainText('مجاني');
	});

	for (const lang of ['de', 'ar']) {
		test(`has no accessibility violations (axe, WCAG 2.1 AA) in ${lang}`, async ({ page }) => {
			await page.goto(`/verzeichnis?lang=${lang}&free=1&ground=racism`);
			await expect(results(page).first()).toBeVisible();
			const scan = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(scan.violations).toEqual([]);
		});
	}
});

/**
 * The citizen: reads Arabic, wants anonymous and free counselling near a postcode, and
 * opens a result. Runs with and without JavaScript.
 */
async function searchInArabicNearPostcode(page: Page) {
	await page.goto('/verzeichnis?lang=ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await page.getByLabel('بالقرب من').fill('34127');
	await page.getByLabel('استشارة مجهولة الهوية ممكنة').check();
	await page.getByLabel('مجاني').first().check();
	await page.getByRole('button', { name: 'بحث', exact: true }).click();

	await expect(page).toHaveURL(/near=34127/);
	const heading = page.getByRole('heading', { level: 2, name: /ضمن 10 كم من \u2068?34127/ });
	await expect(heading).toBeVisible();
	const found = results(page);
	await expect(found.first()).toBeVisible();
	for (const entry of await found.all()) {
		await expect(entry).toContainText('مجاني');
		await expect(entry).toContainText('ممكن دون كشف الهوية');
		await expect(entry).toContainText('على بعد');
	}
	// Nearest first: the distances shown never decrease down the list.
	const distances = await found.evaluateAll((items) =>
		items.map((item) => item.querySelector('[data-distance]')?.getAttribute('data-distance'))
	);
	const metres = distances.map(Number);
	expect(metres.every((value, i) => i === 0 || value >= metres[i - 1]!)).toBe(true);

	const first = found.first().getByRole('heading', { level: 3 }).getByRole('link');
	const name = await first.textContent();
	await first.click();
	await expect(page).toHaveURL(/\/organisationen\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!.trim());
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

test('a citizen searches in Arabic for anonymous, free counselling near a postcode', async ({
	page
}) => {
	await searchInArabicNearPostcode(page);
});

test('names a place the geocoder does not know beside the field', async ({ page }) => {
	await page.goto('/verzeichnis?near=Atlantis');
	await expect(page.getByLabel('In der Nähe von')).toHaveAccessibleDescription(
		/Diesen Ort haben wir nicht gefunden/
	);
	await expect(page.getByRole('alert')).toContainText('In der Nähe von: Diesen Ort');
	await expect(page.getByLabel('In der Nähe von')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('In der Nähe von')).toHaveValue('Atlantis');
});

test.describe('directory without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a citizen searches in Arabic near a postcode without JavaScript', async ({ page }) => {
		await searchInArabicNearPostcode(page);
	});

	test('the GET form searches and filters', async ({ page }) => {
		await page.goto('/verzeichnis?lang=ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await page.getByLabel('استشارة مجهولة الهوية ممكنة').check();
		await page.getByLabel('مجاني').first().check();
		await page.getByRole('button', { name: 'بحث', exact: true }).click();
		await expect(page).toHaveURL(/anonymous=1/);
		await expect(page).toHaveURL(/free=1/);
		await expect(results(page).first()).toContainText('دون كشف الهوية');
	});
});

test.describe('safety', () => {
	test('the quick exit leaves the site and does not stay in the history', async ({ page }) => {
		await page.route('https://www.wetteronline.de/**', (route) =>
			route.fulfill({ contentType: 'text/html', body: '<title>Wetter</title><h1>Wetter</h1>' })
		);
		await page.goto('/');
		await page.goto('/verzeichnis?q=Beratung');
		await page.getByRole('link', { name: 'Seite schnell verlassen' }).click();
		await expect(page).toHaveURL(/wetteronline\.de/);
		await page.goBack();
		// The directory page was replaced, so "back" lands one step earlier.
		await expect(page).not.toHaveURL(/verzeichnis/);
	});

	test('shows the emergency numbers on public pages', async ({ page }) => {
		for (const path of ['/', '/verzeichnis']) {
			await page.goto(path);
			await expect(page.getByRole('link', { name: 'Polizei 110' })).toHaveAttribute(
				'href',
				'tel:110'
			);
			await expect(page.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
		}
	});
});
