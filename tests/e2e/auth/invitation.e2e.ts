import { expect, test } from '@playwright/test';
import {
	createAccount,
	createOrganisation,
	invitationLink,
	mailsTo,
	signIn,
	sql,
	uniqueEmail
} from '../support/accounts.ts';

test.describe('invitations', () => {
	test('an office admin invites a person, who sets a password and reaches the portal', async ({
		page,
		browser
	}) => {
		// Two sign-ins, the organisations table, an invitation and a password.
		test.slow();
		const organisation = await createOrganisation('draft');
		const admin = await createAccount({ label: 'admin', staffRole: 'office_admin' });
		const invitee = uniqueEmail('invitee');

		await page.goto('/auth/sign-in');
		await signIn(page, admin.email, admin.password);
		await expect(page).toHaveURL(/\/office$/);
		// Office staff see drafts too.
		await page.goto(`/office/organisationen?q=${encodeURIComponent(organisation.name)}`);
		await expect(page.getByRole('row', { name: new RegExp(organisation.name) })).toContainText(
			'Entwurf'
		);
		await page.goto('/office');

		const inviteForm = page.getByRole('region', { name: 'Person zu einer Organisation einladen' });
		await inviteForm.getByLabel('E-Mail-Adresse').fill(invitee);
		await inviteForm.getByLabel('Organisation').selectOption({ label: organisation.name });
		await inviteForm.getByLabel('Rolle').selectOption({ label: 'Redaktion' });
		await inviteForm.getByRole('button', { name: 'Einladung senden' }).click();
		await expect(page.getByRole('status')).toContainText('Die Einladung ist verschickt.');

		const [mail] = (await mailsTo(invitee)) as Array<{ subject: string; text: string }>;
		expect(mail?.subject).toBe(`Einladung: ${organisation.name} im Bündnisatlas`);
		expect(mail?.text).toContain(admin.email);
		expect(mail?.text).toContain('14 Tage gültig');
		const context = await browser.newContext({ locale: 'de-DE' });
		const invited = await context.newPage();
		await invited.goto(await invitationLink(invitee));
		await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Einladung annehmen');
		await expect(invited.getByText(organisation.name)).toBeVisible();
		const password = 'ein langes neues Passwort';
		await invited.getByLabel('Neues Passwort', { exact: true }).fill(password);
		await invited.getByLabel('Neues Passwort wiederholen').fill(password);
		await invited.getByRole('button', { name: 'Einladung annehmen' }).click();
		await expect(invited).toHaveURL(/\/portal$/);

		await invited.getByRole('button', { name: 'Abmelden' }).click();
		await expect(invited.getByRole('link', { name: 'Anmelden' })).toBeVisible();
		await invited.goto('/auth/sign-in');
		await signIn(invited, invitee, password);
		await expect(invited).toHaveURL(/\/portal$/);
		const row = invited.getByRole('row', { name: new RegExp(organisation.name) });
		await expect(row).toContainText('Entwurf');
		await expect(row).toContainText('Redaktion');
		await context.close();
	});

	test('shows the field error beside the field and keeps the entered values', async ({ page }) => {
		const admin = await createAccount({ label: 'admin', staffRole: 'office_admin' });
		await page.goto('/auth/sign-in');
		await signIn(page, admin.email, admin.password);
		await expect(page).toHaveURL(/\/office$/);
		const inviteForm = page.getByRole('region', { name: 'Person zu einer Organisation einladen' });
		await inviteForm.getByLabel('E-Mail-Adresse').fill('keine-adresse');
		await inviteForm.getByRole('button', { name: 'Einladung senden' }).click();
		const email = inviteForm.getByLabel('E-Mail-Adresse');
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(email).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
		await expect(email).toHaveValue('keine-adresse');
		// Keyboard and screen-reader users land on what needs fixing.
		await expect(email).toBeFocused();
		await expect(inviteForm.getByLabel('Organisation')).toHaveAccessibleDescription(
			'Bitte wählen Sie eine Organisation.'
		);
	});
});

test.describe('invitations by owners and admins', () => {
	test('an owner adds a colleague who already has an account, who is told by mail', async ({
		page
	}) => {
		const organisation = await createOrganisation('draft');
		const owner = await createAccount({
			label: 'owner',
			memberOf: [{ organisationId: organisation.id, role: 'owner' }]
		});
		const colleague = await createAccount({ label: 'colleague' });

		await page.goto('/auth/sign-in');
		await signIn(page, owner.email, owner.password);
		await expect(page).toHaveURL(/\/portal$/);
		const inviteForm = page.getByRole('region', { name: 'Kollegin oder Kollegen einladen' });
		await inviteForm.getByLabel('E-Mail-Adresse').fill(colleague.email);
		await inviteForm.getByRole('button', { name: 'Einladung senden' }).click();
		await expect(page.getByRole('status')).toContainText('Die Einladung ist verschickt.');

		await page.getByRole('button', { name: 'Abmelden' }).click();
		await page.goto('/auth/sign-in');
		await signIn(page, colleague.email, colleague.password);
		await expect(page).toHaveURL(/\/portal$/);
		await expect(page.getByRole('row', { name: new RegExp(organisation.name) })).toContainText(
			'Redaktion'
		);
		const mails = (await mailsTo(colleague.email)) as Array<{ subject: string }>;
		expect(mails.map((mail) => mail.subject)).toEqual([
			`Einladung: ${organisation.name} im Bündnisatlas`
		]);
	});

	test('an office admin invites a colleague to the office', async ({ page, browser }) => {
		// A sign-in, an invitation and a password on a shared machine.
		test.slow();
		const admin = await createAccount({ label: 'admin', staffRole: 'office_admin' });
		const colleague = uniqueEmail('staff');
		await page.goto('/auth/sign-in');
		await signIn(page, admin.email, admin.password);
		const inviteForm = page.getByRole('region', {
			name: 'Kollegin oder Kollegen der Geschäftsstelle einladen'
		});
		await inviteForm.getByLabel('E-Mail-Adresse').fill(colleague);
		await inviteForm.getByLabel('Rolle').selectOption({ label: 'Mitarbeit' });
		await inviteForm.getByRole('button', { name: 'Einladung senden' }).click();
		await expect(page.getByRole('status')).toContainText('Die Einladung ist verschickt.');

		const context = await browser.newContext({ locale: 'de-DE' });
		const invited = await context.newPage();
		await invited.goto(await invitationLink(colleague));
		await invited.getByLabel('Neues Passwort', { exact: true }).fill('ein sehr langes Passwort');
		await invited.getByLabel('Neues Passwort wiederholen').fill('ein sehr langes Passwort');
		await invited.getByRole('button', { name: 'Einladung annehmen' }).click();
		await expect(invited).toHaveURL(/\/office$/);
		await context.close();
	});
});

test('a stale invitation link leads to "request a new link", which sends one that works', async ({
	page
}) => {
	const organisation = await createOrganisation('draft');
	const owner = await createAccount({
		label: 'owner',
		memberOf: [{ organisationId: organisation.id, role: 'owner' }]
	});
	const invitee = uniqueEmail('late');
	await page.goto('/auth/sign-in');
	await signIn(page, owner.email, owner.password);
	const inviteForm = page.getByRole('region', { name: 'Kollegin oder Kollegen einladen' });
	await inviteForm.getByLabel('E-Mail-Adresse').fill(invitee);
	await inviteForm.getByRole('button', { name: 'Einladung senden' }).click();
	await expect(page.getByRole('status')).toContainText('Die Einladung ist verschickt.');
	const stale = await invitationLink(invitee);
	await page.getByRole('button', { name: 'Abmelden' }).click();
	// Three weeks later: the link has run out.
	await sql(
		`update public.invitations set created_at = now() - interval '21 days',
		   expires_at = now() - interval '7 days' where email = $1`,
		[invitee]
	);

	await page.goto(stale);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Dieser Einladungslink funktioniert nicht mehr'
	);
	await expect(page.getByRole('alert')).toHaveText('Der Link ist abgelaufen.');
	await page.getByLabel('E-Mail-Adresse').fill(invitee);
	await page.getByRole('button', { name: 'Neuen Link anfordern' }).click();
	await expect(page.getByRole('status')).toContainText('Danke.');
	await expect.poll(async () => invitationLink(invitee)).not.toBe(stale);

	await page.goto(await invitationLink(invitee));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einladung annehmen');
});
