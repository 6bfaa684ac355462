import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, signIn, sql } from '../support/accounts.ts';

/**
 * Services and contacts in the portal, in German: a member adds a service (every facet, a field
 * error first) and a contact on their own pages, both pages pass axe, the office reads the
 * change field by field, and the public sees the service only after approval.
 */
// Two signed-in people and a visitor, on a machine shared with other work.
test.describe.configure({ timeout: 120_000 });

async function noAxeViolations(page: Page) {
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(axe.violations).toEqual([]);
}

test('a member adds a service and a contact; the office sees them field by field and publishes them', async ({
	browser
}) => {
	const tag = crypto.randomUUID().slice(0, 8);
	const name = `E2E Angebote ${tag}`;
	const [entry] = await sql<{ id: string; slug: string }>(
		`insert into public.organisations (name, kind, status) values ($1, 'counselling_service', 'published')
		 returning id, slug`,
		[name]
	);
	await sql(
		`insert into public.locations (organisation_id, name, address_1, postal_code, city, latitude, longitude)
		 values ($1, $2, 'Weg 1', '34117', 'Kassel', 51.31, 9.49)`,
		[entry!.id, `Büro ${tag}`]
	);
	const member = await createAccount({
		label: 'services-member',
		memberOf: [{ organisationId: entry!.id, role: 'owner' }]
	});
	const staff = await createAccount({ label: 'services-staff', staffRole: 'office_staff' });
	const editPath = `/portal/organisationen/${entry!.id}`;

	const portal = await (await browser.newContext()).newPage();
	await portal.goto(`/auth/sign-in?next=${encodeURIComponent(editPath)}`);
	await signIn(portal, member.email, member.password);
	await expect(portal).toHaveURL(editPath, { timeout: 20_000 });

	await portal.getByRole('link', { name: 'Angebote bearbeiten (0)' }).click();
	await expect(portal.getByText('Noch keine Angebote eingetragen.')).toBeVisible();
	await portal.getByRole('link', { name: 'Neues Angebot hinzufügen' }).click();
	await expect(portal.getByRole('heading', { level: 1, name: 'Neues Angebot' })).toBeVisible();

	const service = `Jugendberatung ${tag}`;
	await portal.getByLabel('Name des Angebots', { exact: true }).fill(service);
	await portal
		.getByLabel('So bekommen Menschen Hilfe (nächste Schritte)', { exact: true })
		.fill('Anrufen oder vorbeikommen.');
	await portal.getByLabel('Anonym möglich').check();
	await portal
		.getByRole('group', { name: 'So ist das Angebot erreichbar' })
		.getByLabel('Telefon')
		.check();
	await portal
		.getByRole('group', { name: 'Sprachen, in denen beraten wird' })
		.getByLabel('Arabisch')
		.check();
	await portal
		.getByRole('group', { name: 'Diskriminierungsmerkmale' })
		.getByLabel('Antisemitismus')
		.check();
	await portal.getByRole('group', { name: 'Orte' }).getByLabel(`Büro ${tag}`).check();
	await portal.getByLabel('E-Mail').fill('kein-at-zeichen');
	await portal.getByRole('button', { name: 'Speichern' }).click();
	await expect(
		portal.getByText('Bitte eine gültige E-Mail-Adresse angeben', { exact: false })
	).toBeVisible();
	await expect(portal.getByLabel('Name des Angebots', { exact: true })).toHaveValue(service);
	await noAxeViolations(portal);
	await portal.getByLabel('E-Mail').fill('jugend@example.org');
	await portal.getByRole('button', { name: 'Speichern' }).click();
	await expect(portal.getByText('Angebot gespeichert.')).toBeVisible();
	await expect(portal.getByRole('heading', { name: service })).toBeVisible();
	await noAxeViolations(portal);

	// The service in English too: the language's panel opens, the texts are marked as English, and
	// when the service is opened again the panel is open with what was saved.
	await portal.getByRole('link', { name: `${service} bearbeiten` }).click();
	const translations = portal.getByRole('group', { name: 'Texte in weiteren Sprachen' });
	await translations.locator('summary', { hasText: 'Englisch' }).click();
	await translations.getByLabel('Name des Angebots (Englisch)').fill(`Youth counselling ${tag}`);
	await translations
		.getByLabel('So bekommen Menschen Hilfe (nächste Schritte) (Englisch)')
		.fill('Call us or drop in.');
	await translations
		.getByLabel('Wer hat den Text verfasst? (Englisch)')
		.selectOption('translated_by_person');
	await expect(translations.getByLabel('Name des Angebots (Englisch)')).toHaveAttribute(
		'lang',
		'en'
	);
	await noAxeViolations(portal);
	await portal.getByRole('button', { name: 'Speichern' }).click();
	await expect(portal.getByText('Angebot gespeichert.')).toBeVisible();
	await portal.getByRole('link', { name: `${service} bearbeiten` }).click();
	await expect(translations.getByLabel('Name des Angebots (Englisch)')).toHaveValue(
		`Youth counselling ${tag}`
	);
	await expect(translations.getByLabel('Wer hat den Text verfasst? (Englisch)')).toHaveValue(
		'translated_by_person'
	);
	await expect(translations.getByLabel('Name des Angebots (Arabisch)')).toBeHidden();

	await portal.goto(`${editPath}/kontakte`);
	await portal.getByRole('button', { name: 'Weitere Ansprechperson hinzufügen' }).click();
	const contact = portal.getByRole('group', { name: 'Ansprechperson 1' });
	await contact.getByLabel('Name').fill(`Aylin ${tag}`);
	await contact.getByLabel('Funktion').fill('Beratung');
	await contact.getByLabel('E-Mail').fill('aylin@example.org');
	await contact.getByLabel('Zuständig für').selectOption({ label: service });
	await expect(contact.getByLabel('Öffentlich zeigen')).toBeChecked();
	await portal.getByRole('button', { name: 'Speichern' }).click();
	await expect(portal.getByText('Ansprechpersonen gespeichert.')).toBeVisible();
	await expect(
		portal.getByRole('group', { name: 'Ansprechperson 1' }).getByLabel('Name')
	).toHaveValue(`Aylin ${tag}`);
	await noAxeViolations(portal);
	await portal.getByRole('link', { name: 'Zurück zum Eintrag' }).click();
	await portal.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();

	const visitor = await browser.newPage();
	await visitor.goto(`/organisationen/${entry!.slug}`);
	await expect(visitor.getByRole('heading', { name })).toBeVisible();
	await expect(visitor.getByText(service)).toHaveCount(0);

	const office = await (await browser.newContext()).newPage();
	await office.goto(`/auth/sign-in?next=${encodeURIComponent('/office/pruefung')}`);
	await signIn(office, staff.email, staff.password);
	await expect(office).toHaveURL('/office/pruefung', { timeout: 20_000 });
	const revision = office.getByRole('article', { name });
	await expect(
		revision.getByRole('row', { name: new RegExp(`Angebote · ${service} · Themen`) })
	).toContainText('Antisemitismus');
	await expect(
		revision.getByRole('row', { name: new RegExp(`Angebote · ${service} · Orte`) })
	).toContainText(`Büro ${tag}`);
	await expect(revision).toContainText(`Youth counselling ${tag}`);
	await expect(
		revision.getByRole('row', {
			name: new RegExp(`Ansprechpersonen · Aylin ${tag} · Zuständig für`)
		})
	).toContainText(service);
	await revision.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click();
	await expect(office.getByText('Freigegeben und veröffentlicht.')).toBeVisible();

	await visitor.reload();
	await expect(visitor.getByRole('heading', { name: service })).toBeVisible();
	await expect(visitor.getByText(`Aylin ${tag}`)).toBeVisible();
	await visitor.goto(`/organisationen/${entry!.slug}?lang=en`);
	await expect(visitor.getByRole('heading', { name: `Youth counselling ${tag}` })).toBeVisible();
	await expect(visitor.getByText('Call us or drop in.')).toBeVisible();
});
