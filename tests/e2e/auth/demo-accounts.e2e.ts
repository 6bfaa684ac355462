import { expect, test } from '@playwright/test';
import { signIn } from '../support/accounts.ts';

// The seeded demo accounts of the embedded stack (README: "Demo accounts (embedded stack only)").
test.describe('demo accounts', () => {
	test('the demo member owns two demo organisations', async ({ page }) => {
		await page.goto('/auth/sign-in');
		await signIn(page, 'mitglied@buendnisatlas.example.org', 'demo-mitglied');
		await expect(page).toHaveURL(/\/portal$/);
		const rows = page.getByRole('table', { name: 'Meine Organisationen' }).getByRole('row');
		await expect(rows.filter({ hasText: 'Verein Brückenbauer*innen e. V. (Demo)' })).toContainText(
			'Entwurf'
		);
		await expect(
			rows.filter({ hasText: 'Ökumenische Flüchtlingshilfe Nordstadt (Demo)' })
		).toContainText('Verantwortlich');
	});

	for (const [email, password, canInviteStaff] of [
		['admin@buendnisatlas.example.org', 'demo-admin', 1],
		['team@buendnisatlas.example.org', 'demo-team', 0]
	] as const) {
		test(`${email} reaches the office`, async ({ page }) => {
			await page.goto('/auth/sign-in');
			await signIn(page, email, password);
			await expect(page).toHaveURL(/\/office$/);
			await expect(
				page.getByRole('region', { name: 'Kollegin oder Kollegen der Geschäftsstelle einladen' })
			).toHaveCount(canInviteStaff);
		});
	}
});
