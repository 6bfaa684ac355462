import { expect, test } from '@playwright/test';

const TEXTS = {
	de: {
		q: 'Was suchen Sie?',
		search: 'Suchen',
		next: 'Nächste Seite',
		none: 'Keine Treffer',
		without: /^ohne „Vietnamesisch“: \d+ Treffer$/,
		interpreter: 'Dolmetscher*innen auf Anfrage',
		language: 'Beratung auf'
	},
	ar: {
		q: 'عمّ تبحثون؟',
		search: 'بحث',
		next: 'الصفحة التالية',
		none: 'لا توجد نتائج',
		without: /^دون «الفيتنامية»: /,
		interpreter: 'مترجمًا فوريًا عند الطلب',
		language: 'الاستشارة باللغة'
	}
} as const;

const heading = (page: import('@playwright/test').Page) => page.locator('#results-heading');

for (const lang of ['de', 'ar'] as const) {
	const text = TEXTS[lang];

	test.describe(`directory results (${lang})`, () => {
		test('after a search and a page change, focus is on the results heading and the count is announced', async ({
			page
		}) => {
			await page.goto(`/verzeichnis?lang=${lang}`);
			await page.getByLabel(text.q).fill('Beratung');
			await page.getByRole('button', { name: text.search, exact: true }).click();
			await expect(page).toHaveURL(/q=Beratung/);
			await expect(heading(page)).toBeFocused();
			const status = page.getByTestId('results-announcement');
			await expect(status).toHaveAttribute('aria-live', 'polite');
			await expect(status).toContainText((await heading(page).textContent())!.trim());

			await page.goto(`/verzeichnis?lang=${lang}&kind=counselling_service&kind=initiative`);
			await page.getByRole('link', { name: text.next }).click();
			await expect(page).toHaveURL(/page=2/);
			await expect(heading(page)).toBeFocused();
			await expect(page.getByTestId('results-announcement')).toContainText(
				(await page.locator('.range').textContent())!.trim()
			);
		});

		test('an empty result offers each filter to drop, with its count, and interpreters', async ({
			page
		}) => {
			await page.goto(`/verzeichnis?lang=${lang}&language=vi&free=1`);
			await expect(heading(page)).toHaveText(text.none);
			const way = page.getByRole('link', { name: text.without });
			await expect(way).toHaveCount(1);
			const promised = Number((await way.textContent())!.match(/\d+/)![0]);
			await expect(page.getByText(text.interpreter)).toBeVisible();
			await way.click();
			await expect(page).not.toHaveURL(/language=/);
			await expect(page).toHaveURL(/free=1/);
			await expect(heading(page)).toContainText(String(promised));
		});

		test('the language filter is sorted as the reader’s language sorts, the same after hydration', async ({
			page,
			request
		}) => {
			const html = await (await request.get(`/verzeichnis?lang=${lang}`)).text();
			const select = html.match(/<select id="directory-language"[\s\S]*?<\/select>/)![0];
			const fromServer = [...select.matchAll(/<option value="[a-z]+"[^>]*>([^<]*)<\/option>/g)].map(
				(match) => match[1]!
			);
			await page.goto(`/verzeichnis?lang=${lang}`);
			await page.waitForLoadState('networkidle');
			const options = page.getByLabel(text.language).locator('option:not([value=""])');
			await expect(options).toHaveText(fromServer);
			const collator = new Intl.Collator(lang);
			expect(fromServer).toEqual([...fromServer].sort(collator.compare));
		});
	});
}

test('without JavaScript a search lands on the results heading', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/verzeichnis');
	await page.getByLabel('Was suchen Sie?').fill('Beratung');
	await page.getByRole('button', { name: 'Suchen', exact: true }).click();
	await expect(page).toHaveURL(/q=Beratung.*#results-heading$/);
	await expect(page.locator('#results-heading:target')).toHaveText(/\d+ Treffer/);
	await context.close();
});

test('quick links do not open “more filters” by themselves; the summary counts them', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 740 });
	await page.goto('/verzeichnis?counselling=victim_support&lang=ar');
	const more = page.locator('details.more');
	await expect(more).not.toHaveAttribute('open');
	await expect(more.locator('summary')).toContainText('مرشح واحد مفعّل');
	expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test('phone numbers and addresses read left to right in Arabic', async ({ page }) => {
	await page.goto('/verzeichnis?lang=ar&q=AdiBe');
	const card = page.getByRole('article').first();
	const phone = card.locator('a[href^="tel:"] bdi[dir="ltr"]');
	await expect(phone).toHaveText(/^\+?[\d ()/-]+/);
	expect(await phone.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
	const address = card.locator('p > bdi[dir="ltr"]').filter({ hasText: /\d{5}/ });
	await expect(address).toHaveCount(1);
	// Seen as a person reads it: the first digits of the number stand on the left.
	const box = (await phone.boundingBox())!;
	const firstDigit = await phone.evaluate((element) => {
		const range = document.createRange();
		range.setStart(element.firstChild!, 0);
		range.setEnd(element.firstChild!, 1);
		return range.getBoundingClientRect().x;
	});
	expect(firstDigit).toBeLessThan(box.x + box.width / 2);
});

test('data only in German is marked so, like descriptions (not for German readers)', async ({
	page
}) => {
	await page.goto('/organisationen/adibe-antidiskriminierungsberatung?lang=ar');
	const role = page.getByRole('listitem').filter({ hasText: '(Kontaktstelle)' }).first();
	await expect(role).toContainText('النص بالألمانية فقط');
	await page.goto('/organisationen/adibe-antidiskriminierungsberatung?lang=de');
	await expect(
		page.getByRole('listitem').filter({ hasText: '(Kontaktstelle)' }).first()
	).not.toContainText('nur auf Deutsch');
});
