import { expect, test, type Page } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * The office's reports in a browser: totals of the applications to a funder of this test's own
 * (so parallel tests cannot change them) in English (German, and the council-inquiry page printed
 * to PDF, in the approval story), the CSV export, and nobody else let in.
 */
async function arrange() {
	const organisation = await createOrganisation('published');
	const [funder] = await sql<{ id: string }>(
		`insert into public.funders (name, level) values ($1, 'land') returning id`,
		[`E2E Berichtsgeber ${crypto.randomUUID().slice(0, 8)}`]
	);
	const [call] = await sql<{ id: string }>(
		`with p as (insert into public.programmes (funder_id, name, financing_type)
		            values ($1, 'E2E Berichtsprogramm', 'anteil') returning id)
		 insert into public.funding_calls (programme_id, title, deadline_at, published)
		 select id, 'E2E Berichtsaufruf', now() + interval '30 days', true from p returning id`,
		[funder!.id]
	);
	const amounts = { approved: 345_678, requested: [400_000, 250_050], paid: 100_001 };
	const [approved, rejected] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, funding_call_id, title, status, requested_cents, office_role)
		 values ($1, $2, 'E2E bewilligt', 'submitted', $3, 'advised'),
		        ($1, $2, 'E2E abgelehnt', 'submitted', $4, 'none') returning id`,
		[organisation.id, call!.id, amounts.requested[0], amounts.requested[1]]
	);
	await sql(
		`insert into public.grant_decisions (application_id, outcome, decided_on, amount_cents, period_start, period_end)
		 values ($1, 'approved', current_date, $3, current_date, current_date + 200),
		        ($2, 'rejected', current_date, 0, null, null)`,
		[approved!.id, rejected!.id, amounts.approved]
	);
	await sql(`update public.applications set status = 'approved' where id = $1`, [approved!.id]);
	await sql(`update public.applications set status = 'rejected' where id = $1`, [rejected!.id]);
	await sql(
		`insert into public.payments (application_id, amount_cents, paid_on) values ($1, $2, current_date)`,
		[approved!.id, amounts.paid]
	);
	return { funderId: funder!.id, organisationId: organisation.id, amounts };
}

async function signInAsStaff(page: Page, next: string) {
	const staff = await createAccount({ label: 'reports-staff', staffRole: 'office_staff' });
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
	await signIn(page, staff.email, staff.password);
	// Sign-in hashes a password on a busy machine: allow it more than the default five seconds.
	await expect(page).toHaveURL(next, { timeout: 20_000 });
}

const euros = (cents: number, locale: string) =>
	new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

// German totals and the printed council inquiry: tests/e2e/grants/approval-story.e2e.ts.
for (const [lang, locale, heading, total, applications, pipeline] of [
	['en', 'en', 'Reports', 'Total', 'Applications', 'Pipeline']
] as const) {
	test(`the report shows the totals of a funder's applications (${lang})`, async ({ page }) => {
		const { funderId, amounts } = await arrange();
		const path = `/office/berichte?funder=${funderId}&lang=${lang}`;
		await signInAsStaff(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);

		// The first table named so; the second, by year, sits beside the success-rate chart.
		const table = page.getByRole('table', { name: applications }).first();
		const sums = table.locator('tfoot tr');
		await expect(sums.getByRole('rowheader')).toHaveText(total);
		const cells = sums.getByRole('cell');
		const rate = new Intl.NumberFormat(locale, {
			style: 'percent',
			maximumFractionDigits: 1
		}).format(1 / 2);
		await expect(cells).toHaveText([
			'2',
			'2',
			'1',
			rate,
			euros(amounts.requested[0]! + amounts.requested[1]!, locale),
			euros(amounts.approved, locale),
			euros(amounts.paid, locale),
			euros(0, locale),
			euros(amounts.approved, locale)
		]);
		// Each chart is an image with a text alternative, its figures in the table beside it.
		await expect(page.locator('svg[role="img"]')).toHaveCount(3);
		await expect(page.getByRole('img', { name: pipeline })).toBeVisible();
	});
}

test('members of an organisation get neither the reports nor their exports', async ({ page }) => {
	const organisation = await createOrganisation('published');
	const member = await createAccount({
		label: 'reports-member',
		memberOf: [{ organisationId: organisation.id, role: 'owner' }]
	});
	await page.goto('/auth/sign-in?next=%2Fportal');
	await signIn(page, member.email, member.password);
	await expect(page).toHaveURL('/portal', { timeout: 20_000 });
	for (const path of [
		'/office/berichte',
		'/office/berichte/anfrage',
		'/office/berichte/export?table=applications&format=csv'
	]) {
		const response = await page.request.get(path);
		expect(response.status(), path).toBe(403);
	}
});

test('staff download a table as CSV for German Excel and get a clear message for a bad one', async ({
	page
}) => {
	const { funderId, amounts } = await arrange();
	await signInAsStaff(page, `/office/berichte?funder=${funderId}`);
	const csv = await page.request.get(
		`/office/berichte/export?table=applications&format=csv&funder=${funderId}`
	);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const body = await csv.body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = body.toString('utf8').slice(1).split('\r\n');
	const totals = lines.find((line) => line.startsWith('Summe;'))!.split(';');
	expect(totals[6]).toBe(`${amounts.approved / 100}`.replace('.', ','));

	const bad = await page.request.get('/office/berichte/export?table=everything&format=csv');
	expect(bad.status()).toBe(400);
	expect(await bad.text()).toContain('Diese Tabelle oder dieses Format gibt es nicht.');
	await page.goto('/office/berichte?from=20x6&by=colour');
	await expect(page.getByText(/Bitte ein Jahr zwischen 2000 und 2100/)).toBeVisible();
	await expect(page.getByText(/Diese Gruppierung gibt es nicht\./)).toBeVisible();
});
