import { expect, test } from '@playwright/test';
import { createAccount, createOrganisation, mailLink, signIn } from '../support/accounts.ts';

test.describe('sign-in and sign-out', () => {
	test('a wrong password gets a clear message and keeps the address', async ({ page }) => {
		const member = await createAccount({ label: 'wrong' });
		await page.goto('/auth/sign-in');
		await signIn(page, member.email, 'not the password');
		await expect(page.getByRole('alert')).toHaveText(
			'E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingabe.'
		);
		const form = page.getByRole('region', { name: 'Mit Passwort' });
		await expect(form.getByLabel('E-Mail-Adresse')).toHaveValue(member.email);
		await expect(form.getByLabel('Passwort', { exact: true })).toHaveValue('');
		await expect(page.getByRole('alert')).toBeFocused();
	});

	test('says the same in English', async ({ page }) => {
		const member = await createAccount({ label: 'wrong-en' });
		await page.goto('/auth/sign-in?lang=en');
		const form = page.getByRole('region', { name: 'With a password' });
		await form.getByLabel('Email address').fill(member.email);
		await form.getByLabel('Password', { exact: true }).fill('not the password');
		await form.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText(
			'Email address or password is wrong. Please check what you entered.'
		);
	});

	test('signs in with a magic link and out again', async ({ page }) => {
		const organisation = await createOrganisation();
		const member = await createAccount({
			label: 'magic',
			memberOf: [{ organisationId: organisation.id, role: 'owner' }]
		});
		await page.goto('/auth/sign-in');
		const form = page.getByRole('region', { name: 'Mit Anmeldelink' });
		await form.getByLabel('E-Mail-Adresse').fill(member.email);
		await form.getByRole('button', { name: 'Anmeldelink senden' }).click();
		await expect(page.getByRole('status')).toContainText('ein Anmeldelink unterwegs');

		await page.goto(await mailLink(member.email, /Anmeldelink/));
		await expect(page).toHaveURL(/\/portal$/);
		const account = page.getByRole('navigation', { name: 'Konto' });
		await expect(account).toContainText(`Angemeldet als ${member.email}`);
		await expect(page.getByRole('row', { name: new RegExp(organisation.name) })).toContainText(
			'Verantwortlich'
		);

		await account.getByRole('button', { name: 'Abmelden' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(account.getByRole('link', { name: 'Anmelden' })).toBeVisible();
		await page.goto('/portal');
		await expect(page).toHaveURL(/\/auth\/sign-in\?next=%2Fportal$/);
	});

	test('a magic link for an unknown address gets the same neutral answer', async ({ page }) => {
		await page.goto('/auth/sign-in');
		const form = page.getByRole('region', { name: 'Mit Anmeldelink' });
		await form
			.getByLabel('E-Mail-Adresse')
			.fill(`niemand-${crypto.randomUUID().slice(0, 8)}@example.org`);
		await form.getByRole('button', { name: 'Anmeldelink senden' }).click();
		await expect(page.getByRole('status')).toContainText(
			'Wenn es zu dieser Adresse ein Konto gibt'
		);
	});

	test('an anonymous visitor is sent from /office to sign-in and back', async ({ page }) => {
		const staff = await createAccount({ label: 'staff', staffRole: 'office_staff' });
		await page.goto('/office');
		await expect(page).toHaveURL(/\/auth\/sign-in\?next=%2Foffice$/);
		await signIn(page, staff.email, staff.password);
		await expect(page).toHaveURL(/\/office$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geschäftsstelle');
		// Only admins invite staff.
		await expect(
			page.getByRole('region', { name: 'Kollegin oder Kollegen der Geschäftsstelle einladen' })
		).toHaveCount(0);
	});

	test('an organisation member is refused from /office', async ({ page }) => {
		const organisation = await createOrganisation();
		const member = await createAccount({
			label: 'member',
			memberOf: [{ organisationId: organisation.id, role: 'editor' }]
		});
		await page.goto('/auth/sign-in');
		await signIn(page, member.email, member.password);
		await expect(page).toHaveURL(/\/portal$/);
		const response = await page.goto('/office');
		expect(response?.status()).toBe(403);
		await expect(
			page.getByText('Für diese Seite fehlt Ihrem Konto die Berechtigung.')
		).toBeVisible();
	});

	test('a signed-in person without organisation is refused from /portal', async ({ page }) => {
		const person = await createAccount({ label: 'nobody' });
		await page.goto('/auth/sign-in?next=/portal');
		await signIn(page, person.email, person.password);
		await expect(
			page.getByText('Für diese Seite fehlt Ihrem Konto die Berechtigung.')
		).toBeVisible();
	});

	test('an invitation form posted by a member is refused by the action itself', async ({
		page
	}) => {
		const organisation = await createOrganisation();
		const member = await createAccount({
			label: 'editor',
			memberOf: [{ organisationId: organisation.id, role: 'editor' }]
		});
		await page.goto('/auth/sign-in');
		await signIn(page, member.email, member.password);
		await expect(page).toHaveURL(/\/portal$/);
		const response = await page.request.post('/office?/inviteMember', {
			form: { email: 'x@example.org', organisationId: organisation.id, role: 'owner' },
			headers: { origin: new URL(page.url()).origin }
		});
		expect(response.status()).toBe(403);
	});
});
