import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * The office's page of one application: money with the own-contribution check, moves along the
 * status pipeline only (approval waits for the Bescheid), obligations that appear on approval
 * and can be marked done, notes, and the log of it all.
 */
async function arrange() {
	const organisation = await createOrganisation('published');
	const [funder] = await sql<{ id: string }>(
		`insert into public.funders (name, level) values ($1, 'bund') returning id`,
		[`E2E Fördergeber ${crypto.randomUUID().slice(0, 8)}`]
	);
	const [programme] = await sql<{ id: string }>(
		`insert into public.programmes (funder_id, name, financing_type, min_own_share_bp)
		 values ($1, 'E2E Programm', 'fehlbedarf', 1000) returning id`,
		[funder!.id]
	);
	const [call] = await sql<{ id: string }>(
		`insert into public.funding_calls (programme_id, title, deadline_at, published)
		 values ($1, 'E2E Aufruf', now() + interval '30 days', true) returning id`,
		[programme!.id]
	);
	const title = `Werkstatt gegen Alltagsrassismus ${crypto.randomUUID().slice(0, 8)}`;
	const [application] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, funding_call_id, title, status, total_cost_cents,
		   requested_cents, own_funds_cents, period_start, period_end)
		 values ($1, $2, $3, 'submitted', 5000000, 4600000, 400000, '2026-01-01', '2026-08-31') returning id`,
		[organisation.id, call!.id, title]
	);
	return { organisation, applicationId: application!.id, title };
}

async function signInAsStaff(page: Page, next: string) {
	const staff = await createAccount({ label: 'grants-staff', staffRole: 'office_staff' });
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
	await signIn(page, staff.email, staff.password);
	await expect(page).toHaveURL(next);
}

test('staff move an application to approved once the Bescheid is in, and see what it owes', async ({
	page
}) => {
	const { applicationId, title } = await arrange();
	const path = `/office/antraege/${applicationId}`;
	await signInAsStaff(page, path);

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByText('Eigenanteil 8\u00a0% – Programm verlangt 10\u00a0%')).toBeVisible();
	await expect(page.getByText('Fristen entstehen mit der Bewilligung.')).toBeVisible();
	// Only the moves the pipeline allows from "Eingereicht" are offered.
	const moves = page.getByRole('region', { name: 'Status ändern' }).getByRole('button');
	await expect(moves).toHaveText([
		'Weiter zu „Nachforderung“',
		'Weiter zu „Bewilligt“',
		'Weiter zu „Teilbewilligt“',
		'Weiter zu „Abgelehnt“',
		'Weiter zu „Zurückgezogen“'
	]);

	await page.getByRole('button', { name: 'Weiter zu „Bewilligt“' }).click();
	await expect(page.getByRole('alert')).toHaveText('Erst den Bescheid erfassen, dann bewilligen.');

	await sql(
		`insert into public.grant_decisions (application_id, outcome, decided_on, amount_cents, period_start, period_end)
		 values ($1, 'approved', '2026-01-10', 4600000, '2026-01-01', '2026-08-31')`,
		[applicationId]
	);
	await page.reload();
	await page.getByRole('button', { name: 'Weiter zu „Bewilligt“' }).click();
	await expect(page.getByRole('button', { name: 'Weiter zu „In Durchführung“' })).toBeVisible();
	await expect(page.locator('.status')).toHaveText('Bewilligt');

	const obligations = page.getByRole('region', { name: 'Fristen' });
	const report = obligations.getByRole('row', { name: /^Verwendungsnachweis/ });
	await expect(report).toContainText('28. Februar 2027');
	await report.getByRole('button', { name: /^Als erledigt markieren/ }).click();
	await expect(obligations.getByRole('row', { name: /^Verwendungsnachweis/ })).toContainText(
		/erledigt am/
	);

	await page.getByLabel('Notiz hinzufügen').fill('Bescheid mit dem Verein besprochen');
	await page.getByRole('button', { name: 'Notiz speichern' }).click();
	const history = page.getByRole('region', { name: 'Verlauf' });
	await expect(history).toContainText('Notiz: Bescheid mit dem Verein besprochen');
	await expect(history).toContainText('Status: „Eingereicht“ → „Bewilligt“');
	await expect(history).toContainText('Frist erledigt oder verschoben');
});

test('the page speaks the reader’s language and passes axe; it is for staff only', async ({
	page
}) => {
	test.slow();
	const { applicationId, organisation } = await arrange();
	const path = `/office/antraege/${applicationId}`;
	await signInAsStaff(page, path);
	await page.goto(`${path}?lang=en`);
	await expect(page.getByRole('heading', { level: 2, name: 'Change status' })).toBeVisible();
	await expect(page.getByText('Own contribution 8% – the programme requires 10%')).toBeVisible();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations).toEqual([]);

	const member = await createAccount({
		label: 'grants-member',
		memberOf: [{ organisationId: organisation.id, role: 'owner' }]
	});
	await page.context().clearCookies();
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(path)}&lang=de`);
	await signIn(page, member.email, member.password);
	await expect(page.getByText('Für diese Seite fehlt Ihrem Konto die Berechtigung.')).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('a refused payment keeps what was typed and says why beside the field', async ({
			page
		}) => {
			const { applicationId } = await arrange();
			await sql(
				`insert into public.grant_decisions (application_id, outcome, decided_on, amount_cents, period_start, period_end)
				 values ($1, 'approved', '2026-01-10', 1000000, '2026-01-01', '2026-08-31')`,
				[applicationId]
			);
			await sql(`update public.applications set status = 'approved' where id = $1`, [
				applicationId
			]);
			const path = `/office/antraege/${applicationId}`;
			await signInAsStaff(page, path);

			const form = page.getByRole('region', { name: 'Zahlung erfassen' });
			await form.getByLabel('Art').selectOption('Rückzahlung');
			await form.getByLabel('Betrag (Euro)').fill('12,345');
			await form.getByLabel('Buchungszeichen').fill('AZ 17');
			await form.getByRole('button', { name: 'Zahlung speichern' }).click();

			const amount = form.getByLabel('Betrag (Euro)');
			await expect(amount).toHaveAttribute('aria-invalid', 'true');
			await expect(amount).toHaveAccessibleDescription(
				'Bitte einen Betrag in Euro angeben, z. B. 1.234,56.'
			);
			await expect(form.getByLabel('Datum')).toHaveAccessibleDescription(
				'Bitte ein Datum angeben.'
			);
			await expect(amount).toHaveValue('12,345');
			await expect(form.getByLabel('Buchungszeichen')).toHaveValue('AZ 17');
			await expect(form.getByLabel('Art')).toHaveValue('repayment');
			const [row] = await sql<{ count: string }>(
				`select count(*) from public.payments where application_id = $1`,
				[applicationId]
			);
			expect(Number(row!.count)).toBe(0);
		});
	});
}
