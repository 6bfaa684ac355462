import { expect, test, type Page } from '@playwright/test';
import { createAccount, signIn, sql } from '../support/accounts.ts';

/**
 * WCAG 1.4.10 (reflow) for funding: at 320 CSS px no page scrolls sideways, in all five
 * languages: the public list of calls with its filters, a call's page, and the portal's funding
 * overview and application page of a demo organisation (calls that fit, a table of applications
 * with obligations, the timeline).
 */
const LOCALES = ['de', 'en', 'tr', 'ar', 'uk'] as const;

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
		return { excess, culprits };
	});
}

test('funding pages reflow at 320 px in every language', async ({ page }) => {
	test.setTimeout(180_000);
	const [organisation] = await sql<{ id: string }>(
		`select id from public.organisations where name = 'Ökumenische Flüchtlingshilfe Nordstadt (Demo)'`
	);
	const [application] = await sql<{ id: string }>(
		`select id from public.applications where organisation_id = $1 and status = 'approved'`,
		[organisation!.id]
	);
	const [call] = await sql<{ id: string }>(
		`select id from public.funding_calls where title = 'Projektförderung 2027 (Demo)'`
	);
	const member = await createAccount({
		label: 'funding-reflow',
		memberOf: [{ organisationId: organisation!.id, role: 'editor' }]
	});
	await page.goto('/auth/sign-in?next=%2Fportal%2Ffoerderung');
	await signIn(page, member.email, member.password);
	await expect(page).toHaveURL('/portal/foerderung');

	await page.setViewportSize({ width: 320, height: 740 });
	const pages = [
		'/foerderaufrufe',
		'/foerderaufrufe?topic=x&amount=x&before=x',
		`/foerderaufrufe/${call!.id}`,
		'/portal/foerderung?amount=1000',
		`/portal/foerderung/antraege/${application!.id}`
	];
	const found: Record<string, unknown> = {};
	for (const lang of LOCALES) {
		for (const path of pages) {
			await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const measured = await overflow(page);
			if (measured.excess > 0) found[`${path} (${lang})`] = measured;
		}
	}
	expect(found).toEqual({});
});
