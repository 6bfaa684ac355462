import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * Funding in the portal: a published call that fits the member's organisation appears under
 * "calls that fit" with the reasons; the organisation's own application shows with its money and
 * what it owes, read-only; another organisation's application is not found, even by its URL.
 */
async function arrange() {
	const suffix = crypto.randomUUID().slice(0, 8);
	const own = await createOrganisation('published');
	const other = await createOrganisation('published');
	// The organisation works on sports (an initiative without a legal form, in Kassel).
	await sql(
		`insert into public.organisation_taxonomy_terms (organisation_id, taxonomy_term_id)
		 select $1, id from public.taxonomy_terms where vocabulary = 'topics' and code = 'sports'`,
		[own.id]
	);
	const [funder] = await sql<{ id: string }>(
		`insert into public.funders (name, level) values ($1, 'land') returning id`,
		[`E2E Land ${suffix}`]
	);
	const [programme] = await sql<{ id: string }>(
		`insert into public.programmes (funder_id, name, financing_type) values ($1, $2, 'anteil') returning id`,
		[funder!.id, `E2E Landesprogramm ${suffix}`]
	);
	const calls = {
		fits: `Sport verbindet ${suffix}`,
		otherTopic: `Wohnen im Quartier ${suffix}`,
		unpublished: `Sport im Entwurf ${suffix}`
	};
	const [fitting] = await sql<{ id: string }>(
		`insert into public.funding_calls (programme_id, title, topics, eligible_applicants, region,
		   min_amount_cents, max_amount_cents, deadline_at, published)
		 values ($1, $2, '{sports,culture}', '{unregistered_initiative,registered_association}', 'Hessen',
		         100000, 1000000, now() + interval '20 days', true),
		        ($1, $3, '{housing}', '{}', null, null, null, now() + interval '20 days', true),
		        ($1, $4, '{sports}', '{}', null, null, null, now() + interval '20 days', false)
		 returning id`,
		[programme!.id, calls.fits, calls.otherTopic, calls.unpublished]
	);
	// The own application approved (its obligations follow from the decision), the other's submitted.
	const titles = { own: `Kicken gegen Rassismus ${suffix}`, other: `Fremder Antrag ${suffix}` };
	const [ownApplication] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, funding_call_id, title, status, total_cost_cents,
		   requested_cents, own_funds_cents, period_start, period_end)
		 values ($1, $2, $3, 'submitted', 600000, 500000, 100000, '2026-03-01', '2026-12-31') returning id`,
		[own.id, fitting!.id, titles.own]
	);
	await sql(
		`insert into public.grant_decisions (application_id, outcome, decided_on, amount_cents, period_start, period_end)
		 values ($1, 'approved', '2026-02-20', 450000, '2026-03-01', '2026-12-31')`,
		[ownApplication!.id]
	);
	await sql(`update public.applications set status = 'approved' where id = $1`, [
		ownApplication!.id
	]);
	const [otherApplication] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, title, status) values ($1, $2, 'submitted') returning id`,
		[other.id, titles.other]
	);
	const member = await createAccount({
		label: 'portal-funding',
		memberOf: [{ organisationId: own.id, role: 'owner' }]
	});
	return {
		own,
		calls,
		titles,
		member,
		ownApplicationId: ownApplication!.id,
		otherApplicationId: otherApplication!.id
	};
}

type Arranged = Awaited<ReturnType<typeof arrange>>;

async function signInTo(page: Page, arranged: Arranged, next: string) {
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
	await signIn(page, arranged.member.email, arranged.member.password);
	await expect(page).toHaveURL(next);
}

test('a fitting call shows with its reasons, the own application with what it owes, another’s is not found', async ({
	page
}) => {
	const arranged = await arrange();
	await signInTo(page, arranged, '/portal');
	await page.getByRole('link', { name: 'Förderung: passende Aufrufe und Ihre Anträge' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förderung');

	const fitting = page.getByRole('region', {
		name: `Passende Förderaufrufe für ${arranged.own.name}`
	});
	// Other tests' calls may fit as well: this one must be among them.
	await expect(
		fitting.getByText(/\d+ offene Förderaufrufe passen\.|1 offener Förderaufruf passt\./)
	).toBeVisible();
	const call = fitting.getByRole('article', { name: arranged.calls.fits });
	await expect(call.getByRole('list', { name: 'Warum dieser Aufruf passt' })).toHaveText(
		[
			'Gemeinsame Themen: Sport',
			'Sie sind antragsberechtigt als: Initiativen ohne Rechtsform',
			'Ihre Region ist gefördert: Hessen'
		].join('')
	);
	await expect(page.getByText(arranged.calls.otherTopic)).toHaveCount(0);
	await expect(page.getByText(arranged.calls.unpublished)).toHaveCount(0);

	// The amount needed narrows the list: 12,000 € is above this call's range.
	await page.getByLabel('Benötigter Betrag in Euro (freiwillig)').fill('12000');
	await page.getByRole('button', { name: 'Passende Aufrufe zeigen' }).click();
	await expect(page).toHaveURL(/amount=12000/);
	await expect(fitting.getByRole('article', { name: arranged.calls.fits })).toHaveCount(0);
	await page.getByLabel('Benötigter Betrag in Euro (freiwillig)').fill('5000');
	await page.getByRole('button', { name: 'Passende Aufrufe zeigen' }).click();
	await expect(
		fitting.getByRole('article', { name: arranged.calls.fits }).getByRole('listitem').last()
	).toHaveText('Ihr Betrag von 5.000,00\u00a0€ liegt im Förderrahmen');

	const applications = page.getByRole('table', { name: `Anträge von ${arranged.own.name}` });
	const row = applications.getByRole('row', { name: new RegExp(arranged.titles.own) });
	await expect(row).toContainText('Bewilligt');
	await expect(row).toContainText('4.500,00\u00a0€');
	await expect(row).toContainText('Verwendungsnachweis: 30. Juni 2027');
	await expect(page.getByText(arranged.titles.other)).toHaveCount(0);

	await row.getByRole('link', { name: arranged.titles.own }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(arranged.titles.own);
	const obligations = page.getByRole('region', { name: 'Fristen' });
	await expect(obligations.getByRole('row', { name: /Verwendungsnachweis/ })).toContainText(
		'30. Juni 2027'
	);
	await expect(page.getByRole('region', { name: 'Verlauf' })).toContainText(
		'Status: „Eingereicht“ → „Bewilligt“'
	);
	// Read-only: nothing on the page changes the application.
	await expect(page.locator('main form')).toHaveCount(0);

	const response = await page.goto(`/portal/foerderung/antraege/${arranged.otherApplicationId}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByText(arranged.titles.other)).toHaveCount(0);
});

test('the portal’s funding pages speak English and pass axe in English and Arabic', async ({
	page
}) => {
	test.slow();
	const arranged = await arrange();
	await signInTo(page, arranged, '/portal/foerderung');
	await page.goto('/portal/foerderung?lang=en');
	const fitting = page.getByRole('region', {
		name: `Funding calls that fit ${arranged.own.name}`
	});
	await expect(
		fitting
			.getByRole('article', { name: arranged.calls.fits })
			.getByRole('list', { name: 'Why this call fits' })
	).toHaveText(
		[
			'Topics in common: Sports',
			'You may apply as: Initiatives without legal form',
			'Your region is funded: Hessen'
		].join('')
	);
	const row = page
		.getByRole('table', { name: `Applications of ${arranged.own.name}` })
		.getByRole('row', { name: new RegExp(arranged.titles.own) });
	await expect(row).toContainText('€4,500.00');
	await expect(row).toContainText('Final statement (Verwendungsnachweis): June 30, 2027');

	for (const path of [
		'/portal/foerderung',
		`/portal/foerderung/antraege/${arranged.ownApplicationId}`
	])
		for (const lang of ['en', 'ar']) {
			await page.goto(`${path}?lang=${lang}`);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(results.violations, `${path} in ${lang}`).toEqual([]);
		}
});
