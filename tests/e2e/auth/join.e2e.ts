import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mailsTo, sql, uniqueEmail } from '../support/accounts.ts';

test.describe('ask to be listed', () => {
	test('keeps the request for the office and gives the requester no way to sign in', async ({
		page
	}) => {
		const name = `E2E Initiative ${crypto.randomUUID().slice(0, 8)}`;
		const email = uniqueEmail('contact');
		await page.goto('/mitmachen');
		await page.getByLabel('Name der Organisation').fill(name);
		await page.getByLabel('Art der Organisation').selectOption({ label: 'Initiative' });
		await page.getByLabel('E-Mail-Adresse für Rückfragen').fill(email);
		await page
			.getByLabel('Was macht Ihre Organisation?')
			.fill('Wir beraten Nachbarinnen und Nachbarn.');
		await page.getByRole('checkbox', { name: /Ich bin einverstanden/ }).check();
		await page.getByRole('button', { name: 'Anfrage senden' }).click();
		await expect(page.getByRole('status')).toContainText('Vielen Dank!');

		const requests = await sql<{ status: string; request: string; locale: string }>(
			`select o.status, r.status as request, r.locale
			 from public.organisations o join public.join_requests r on r.organisation_id = o.id
			 where o.name = $1 and r.contact_email = $2`,
			[name, email]
		);
		expect(requests).toEqual([{ status: 'draft', request: 'open', locale: 'de' }]);
		const access = await sql(
			`select 1 from public.organisation_members m join public.organisations o
			   on o.id = m.organisation_id where o.name = $1
			 union all select 1 from auth.users where email = $2`,
			[name, email]
		);
		expect(access).toEqual([]);

		// The requester tries the sign-in page's magic link: the neutral answer, and no link.
		await page.goto('/auth/sign-in');
		const form = page.getByRole('region', { name: 'Mit Anmeldelink' });
		await form.getByLabel('E-Mail-Adresse').fill(email);
		await form.getByRole('button', { name: 'Anmeldelink senden' }).click();
		await expect(page.getByRole('status')).toContainText(
			'Wenn es zu dieser Adresse ein Konto gibt'
		);
		// The only mail is the receipt the form promised, with no link into the portal.
		const mails = (await mailsTo(email)) as Array<{ subject: string; text: string }>;
		expect(mails.map((mail) => mail.subject)).toEqual([
			'Ihre Anfrage beim Bündnisatlas ist eingegangen'
		]);
		expect(mails[0]!.text).not.toContain('/auth/');
		expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);
	});

	test('shows errors beside the fields and keeps what was entered', async ({ page }) => {
		await page.goto('/mitmachen');
		await page.getByLabel('Name der Organisation').fill('Verein X');
		await page.getByRole('button', { name: 'Anfrage senden' }).click();
		await expect(page.getByLabel('Name der Organisation')).toHaveValue('Verein X');
		await expect(page.getByLabel('E-Mail-Adresse für Rückfragen')).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		await expect(
			page.getByRole('checkbox', { name: /Ich bin einverstanden/ })
		).toHaveAccessibleDescription(
			'Bitte stimmen Sie zu, damit wir Ihre Anfrage bearbeiten können.'
		);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(results.violations).toEqual([]);
	});
});
