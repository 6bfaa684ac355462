import { expect, test } from '@playwright/test';
import { createAccount, mailLink, signIn } from '../support/accounts.ts';

test.describe('password reset', () => {
	test('a forgotten password is replaced through the mailed link', async ({ page }) => {
		const person = await createAccount({ label: 'forgot', staffRole: 'office_staff' });
		await page.goto('/auth/sign-in');
		await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Passwort vergessen');
		await page.getByLabel('E-Mail-Adresse').fill(person.email);
		await page.getByRole('button', { name: 'Link senden' }).click();
		await expect(page.getByRole('status')).toContainText(
			'Wenn es zu dieser Adresse ein Konto gibt'
		);

		await page.goto(await mailLink(person.email, /Passwort zurücksetzen/));
		await expect(page).toHaveURL(/\/auth\/update-password$/);
		await page.getByLabel('Neues Passwort', { exact: true }).fill('kurz');
		await page.getByLabel('Neues Passwort wiederholen').fill('kurz');
		await page.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect(page.getByLabel('Neues Passwort', { exact: true })).toHaveAccessibleDescription(
			/Das Passwort muss mindestens 10 Zeichen lang sein\./
		);

		const password = 'mein neues langes Passwort';
		await page.getByLabel('Neues Passwort', { exact: true }).fill(password);
		await page.getByLabel('Neues Passwort wiederholen').fill(password);
		await page.getByRole('button', { name: 'Passwort speichern' }).click();
		await expect(page).toHaveURL(/\/office$/);

		await page.getByRole('button', { name: 'Abmelden' }).click();
		await page.goto('/auth/sign-in');
		await signIn(page, person.email, person.password);
		await expect(page.getByRole('alert')).toContainText(
			'E-Mail-Adresse oder Passwort stimmen nicht'
		);
		await signIn(page, person.email, password);
		await expect(page).toHaveURL(/\/office$/);
	});

	test('an unknown address gets the same neutral message', async ({ page }) => {
		await page.goto('/auth/forgot-password');
		await page
			.getByLabel('E-Mail-Adresse')
			.fill(`unbekannt-${crypto.randomUUID().slice(0, 8)}@example.org`);
		await page.getByRole('button', { name: 'Link senden' }).click();
		await expect(page.getByRole('status')).toContainText(
			'Wenn es zu dieser Adresse ein Konto gibt'
		);
	});

	test('a used or broken link leads to a clear error page', async ({ page }) => {
		await page.goto('/auth/confirm?token_hash=abc&type=recovery&next=/auth/update-password');
		await expect(page).toHaveURL(/\/auth\/error\?code=/);
		await expect(page.getByRole('alert')).toHaveText(
			'Der Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.'
		);
	});
});
