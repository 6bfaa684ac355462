import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sql, uniqueEmail } from '../support/accounts.ts';

test.describe('ask to be listed', () => {
	test('creates a draft organisation owned by an unconfirmed account for the contact', async ({
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

		const rows = await sql<{ status: string; role: string; confirmed: boolean }>(
			`select o.status, m.role, u.email_confirmed_at is not null as confirmed
			 from public.organisations o
			 join public.organisation_members m on m.organisation_id = o.id
			 join auth.users u on u.id = m.user_id
			 where o.name = $1 and u.email = $2`,
			[name, email]
		);
		expect(rows).toEqual([{ status: 'draft', role: 'owner', confirmed: false }]);
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
