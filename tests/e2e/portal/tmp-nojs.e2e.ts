import { expect, test } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

test.describe.configure({ timeout: 90_000 });
test.use({ javaScriptEnabled: false });

test('no-JS: locate, save, field error, remove refused', async ({ page }) => {
	const organisation = await createOrganisation('published');
	const member = await createAccount({
		label: 'places-nojs',
		memberOf: [{ organisationId: organisation.id, role: 'owner' }]
	});
	const placesPath = `/portal/organisationen/${organisation.id}/orte`;
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(placesPath)}`);
	await signIn(page, member.email, member.password);
	await expect(page).toHaveURL(placesPath, { timeout: 20_000 });
	await page.getByLabel('Straße und Hausnummer').fill('Königsplatz 1');
	await page.getByLabel('Postleitzahl').fill('3411');
	await page.getByRole('button', { name: 'Ort speichern' }).click();
	await expect(page.getByText('Bitte eine fünfstellige Postleitzahl angeben.')).toBeVisible();
	await expect(page.getByLabel('Straße und Hausnummer')).toHaveValue('Königsplatz 1');
	await page.getByLabel('Postleitzahl').fill('34117');
	await page.getByRole('button', { name: 'Adresse suchen' }).click();
	await expect(page.getByLabel('Breitengrad')).toHaveValue('51.3166');
	await page.getByLabel('Ungefähre Lage').check();
	await page.getByRole('button', { name: 'Ort speichern' }).click();
	await expect(page.getByText('Der Ort ist gespeichert.', { exact: false })).toBeVisible();
	await page.getByRole('link', { name: 'Bearbeiten: Königsplatz 1' }).click();
	await expect(page.getByRole('heading', { name: 'Ort bearbeiten: Königsplatz 1' })).toBeVisible();
	await page.getByLabel('Längengrad').fill('');
	await page.getByRole('button', { name: 'Ort speichern' }).click();
	await expect(page.getByText('Bitte Breiten- und Längengrad angeben', { exact: false })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Ort bearbeiten: Königsplatz 1' })).toBeVisible();
	const [rev] = await sql<{ place: { id: string } }>(
		`select proposed -> 'locations' -> 0 as place from public.entry_revisions where organisation_id = $1 and status = 'open'`,
		[organisation.id]
	);
	await sql(`update public.entry_revisions set proposed = jsonb_set(proposed, '{hours,slots}', $2::jsonb) where organisation_id = $1 and status = 'open'`, [organisation.id, JSON.stringify([{ id: crypto.randomUUID(), location_id: rev!.place.id, service_id: null, weekday: 1, opens_at: '09:00', closes_at: '12:00', appointment_only: false, description: null }])]);
	await page.goto(placesPath);
	await page.getByRole('button', { name: 'Entfernen: Königsplatz 1' }).click();
	await expect(page.getByRole('alert')).toContainText('kann nicht entfernt werden');
	await expect(page.getByRole('alert')).toContainText('1 Öffnungszeit');
	await page.screenshot({ path: '/tmp/pp/refused.png', fullPage: true });
});
