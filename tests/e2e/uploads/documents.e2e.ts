import { expect, test } from '@playwright/test';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * Staff attach documents to an application on its office page: the list shows them, the log
 * records them, a download comes under the recorded name; a disguised file is refused.
 */
test('staff attach a Bescheid to an application and download it', async ({ page }) => {
	test.slow();
	const organisation = await createOrganisation('published');
	const [application] = await sql<{ id: string }>(
		`insert into public.applications (organisation_id, title, status) values ($1, $2, 'submitted') returning id`,
		[organisation.id, `Antrag ${crypto.randomUUID().slice(0, 8)}`]
	);
	const staff = await createAccount({ label: 'documents-staff', staffRole: 'office_staff' });
	const path = `/office/antraege/${application!.id}`;
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(path)}&lang=de`);
	await signIn(page, staff.email, staff.password);
	await expect(page).toHaveURL(path);

	const documents = page.getByRole('region', { name: 'Dokumente' });
	await expect(documents.getByText('Noch keine Dokumente.')).toBeVisible();

	// An HTML page called a PDF is refused beside the field; the kind chosen stays chosen.
	await documents.getByLabel('Art des Dokuments').selectOption({ label: 'Bescheid' });
	await documents.getByLabel('Datei').setInputFiles({
		name: 'bescheid.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('<html><body><script>alert(1)</script></body></html>')
	});
	await documents.getByRole('button', { name: 'Dokument hochladen' }).click();
	await expect(documents.getByText(/^Dieses Format nehmen wir nicht an\./)).toBeVisible();
	await expect(documents.getByLabel('Art des Dokuments')).toHaveValue('decision');

	await documents.getByLabel('Datei').setInputFiles({
		name: 'Zuwendungsbescheid Förderung.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
	});
	await documents.getByRole('button', { name: 'Dokument hochladen' }).click();
	await expect(documents.getByRole('status')).toHaveText('Das Dokument ist gespeichert.');
	const link = documents.getByRole('link', {
		name: 'Zuwendungsbescheid Förderung.pdf herunterladen'
	});
	await expect(link).toBeVisible();
	await expect(documents.getByRole('row').nth(1)).toContainText('Bescheid');
	await expect(
		page
			.getByRole('region', { name: 'Verlauf' })
			.getByText('Dokument: Zuwendungsbescheid Förderung.pdf')
	).toBeVisible();

	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	expect(download.suggestedFilename()).toBe('Zuwendungsbescheid Förderung.pdf');
});
