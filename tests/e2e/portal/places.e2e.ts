import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * A member adds a place by its address (found by the local Nominatim stand-in), moves the pin
 * with the keyboard, and saves it into the working copy; the page passes axe.
 */
test.describe.configure({ timeout: 90_000 });

test('a member adds a place by address and moves its pin with the keyboard', async ({ page }) => {
	const organisation = await createOrganisation('published');
	const member = await createAccount({
		label: 'places-member',
		memberOf: [{ organisationId: organisation.id, role: 'owner' }]
	});
	const placesPath = `/portal/organisationen/${organisation.id}/orte`;
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(placesPath)}`);
	await signIn(page, member.email, member.password);
	// Password hashing on a busy machine: signing in may take a while.
	await expect(page).toHaveURL(placesPath, { timeout: 20_000 });

	const form = page.getByRole('region', { name: 'Neuer Ort' });
	await form.getByLabel('Straße und Hausnummer').fill('Königsplatz 1');
	await form.getByLabel('Postleitzahl').fill('34117');
	await form.getByRole('button', { name: 'Adresse suchen' }).click();
	await expect(form.getByRole('status')).toContainText('Gefunden: Königsplatz, Mitte, Kassel');
	const latitude = form.getByLabel('Breitengrad');
	const longitude = form.getByLabel('Längengrad');
	await expect(latitude).toHaveValue('51.3166');
	await expect(longitude).toHaveValue('9.4966');

	const pin = form.getByRole('button', {
		name: 'Punkt des Ortes, mit den Pfeiltasten verschieben'
	});
	await pin.focus();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(latitude).toHaveValue('51.316700');
	const moved = Number(await longitude.inputValue());
	expect(moved).toBeGreaterThan(9.4966);
	expect(moved).toBeLessThan(9.4986);
	await expect(pin).toBeFocused();

	await form.getByLabel('Ungefähre Lage').check();
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(axe.violations).toEqual([]);

	await form.getByRole('button', { name: 'Ort speichern' }).click();
	await expect(page.getByText('Der Ort ist gespeichert.', { exact: false })).toBeVisible();
	const list = page.getByRole('region', { name: 'Eingetragene Orte' });
	await expect(list.getByText('Königsplatz 1, 34117 Kassel')).toBeVisible();
	await expect(list.getByText('Sichtbarkeit: Ungefähre Lage')).toBeVisible();

	const [revision] = await sql<{ place: Record<string, unknown> }>(
		`select proposed -> 'locations' -> 0 as place from public.entry_revisions
		 where organisation_id = $1 and status = 'open'`,
		[organisation.id]
	);
	expect(revision!.place).toMatchObject({
		address_1: 'Königsplatz 1',
		latitude: 51.3167,
		longitude: moved,
		visibility: 'approximate'
	});
	// The public keeps seeing the approved entry, which has no place yet.
	const [live] = await sql<{ n: number }>(
		'select count(*)::int as n from public.locations where organisation_id = $1',
		[organisation.id]
	);
	expect(live!.n).toBe(0);
});
