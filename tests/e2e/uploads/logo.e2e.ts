import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createClient } from '@supabase/supabase-js';
import sharp from 'sharp';
import { createAccount, createOrganisation, signIn, sql } from '../support/accounts.ts';

/**
 * A member uploads their organisation's logo in the portal: a draft's is its own at once, a
 * published entry's shows on the public page once the office approves the revision. A file of
 * another type is refused beside the field.
 */
async function arrangeMember(
	page: Page,
	lang: 'de' | 'en',
	status: 'draft' | 'published' = 'draft'
) {
	const organisation = await createOrganisation(status);
	const member = await createAccount({
		label: 'logo-member',
		memberOf: [{ organisationId: organisation.id, role: 'owner' }]
	});
	const path = `/portal/organisationen/${organisation.id}/logo`;
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(path)}&lang=de`);
	await signIn(page, member.email, member.password);
	await expect(page).toHaveURL(path);
	if (lang !== 'de') await page.goto(`${path}?lang=${lang}`);
	return { organisation, path };
}

/** A photo as a phone saves it: JPEG with a GPS position in its EXIF. */
const photo = () =>
	sharp({ create: { width: 1200, height: 600, channels: 3, background: '#1d4ed8' } })
		.jpeg()
		.withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 18/1 5/1' } })
		.toBuffer();

/** Office staff approve a revision, as the review queue does, with their own session. */
async function approveAsStaff(organisationId: string) {
	const staff = await createAccount({ label: 'logo-staff', staffRole: 'office_staff' });
	const client = createClient(process.env.E2E_SUPABASE_URL!, process.env.E2E_ANON_KEY!, {
		auth: { persistSession: false, autoRefreshToken: false }
	});
	const signedIn = await client.auth.signInWithPassword(staff);
	expect(signedIn.error).toBeNull();
	const [revision] = await sql<{ id: string }>(
		`select id from public.entry_revisions where organisation_id = $1 and status = 'submitted'`,
		[organisationId]
	);
	const { error } = await client.rpc('approve_entry_revision', { p_revision: revision!.id });
	expect(error).toBeNull();
}

test('a published entry’s new logo shows on the public page once the office approves it', async ({
	page
}) => {
	// Sign-in, upload, axe, approval and the public page: more than one step's time on a busy
	// machine.
	test.slow();
	const { organisation } = await arrangeMember(page, 'de', 'published');
	const [{ slug }] = (await sql<{ slug: string }>(
		'select slug from public.organisations where id = $1',
		[organisation.id]
	)) as [{ slug: string }];
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Logo von ${organisation.name}`);
	await expect(page.getByText('Noch kein Logo.')).toBeVisible();

	await page.getByLabel('Logo-Datei').setInputFiles({
		name: 'Vereinslogo Überlingen.jpg',
		mimeType: 'image/jpeg',
		buffer: await photo()
	});
	await page.getByRole('button', { name: 'Logo hochladen' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Das neue Logo ist in Ihren Änderungen gespeichert. Reichen Sie sie zur Prüfung ein, damit es öffentlich erscheint.'
	);
	const pending = page.getByRole('region', { name: 'Neues Logo (noch nicht öffentlich)' });
	const preview = pending.getByRole('img', { name: `Logo von ${organisation.name}` });
	await expect(preview).toBeVisible();
	expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations)).toEqual([]);

	// What the public URL serves: the re-encoded image, its type, and no position.
	const source = (await preview.getAttribute('src'))!;
	expect(source).toMatch(new RegExp(`/storage/v1/object/public/logos/${organisation.id}/logo-`));
	const served = await page.request.get(source);
	expect(served.headers()['content-type']).toBe('image/webp');
	const metadata = await sharp(await served.body()).metadata();
	expect([metadata.format, metadata.width, metadata.exif]).toEqual(['webp', 800, undefined]);

	await pending.getByRole('button', { name: 'Änderungen zur Prüfung einreichen' }).click();
	await expect(page.getByRole('status')).toHaveText(/^Ihre Änderungen sind eingereicht\./);
	await expect(pending.getByText(/^Eingereicht: Das neue Logo wartet/)).toBeVisible();

	// Until the office approves, the public page shows no logo.
	await page.goto(`/organisationen/${slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation.name);
	await expect(page.getByRole('img', { name: `Logo von ${organisation.name}` })).toHaveCount(0);

	await approveAsStaff(organisation.id);
	await page.reload();
	const logo = page.getByRole('img', { name: `Logo von ${organisation.name}` });
	await expect(logo).toHaveAttribute('src', source);
	await expect
		.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
		.toBe(800);
});

test('a draft’s logo is its own at once (English)', async ({ page }) => {
	const { organisation } = await arrangeMember(page, 'en');
	await page.getByLabel('Logo file').setInputFiles({
		name: 'logo.jpg',
		mimeType: 'image/jpeg',
		buffer: await photo()
	});
	await page.getByRole('button', { name: 'Upload logo' }).click();
	await expect(page.getByRole('status')).toHaveText('The logo has been saved.');
	await expect(
		page
			.getByRole('region', { name: 'Current logo' })
			.getByRole('img', { name: `Logo of ${organisation.name}` })
	).toBeVisible();
});

test('a file of another type gets a clear message beside the field (English)', async ({ page }) => {
	const { organisation } = await arrangeMember(page, 'en');
	const field = page.getByLabel('Logo file');
	// SVG with a script, named and labelled as a PNG: the content decides.
	await field.setInputFiles({
		name: 'logo.png',
		mimeType: 'image/png',
		buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
	});
	await page.getByRole('button', { name: 'Upload logo' }).click();
	const message =
		'This file is not a PNG, JPEG or WebP image. We do not accept other formats, SVG included.';
	await expect(page.getByText(message)).toBeVisible();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(new RegExp(`${message.replace(/\./g, '\\.')}$`));
	await expect(page.getByText('No logo yet.')).toBeVisible();
	const [row] = await sql<{ logo_path: string | null }>(
		'select logo_path from public.organisations where id = $1',
		[organisation.id]
	);
	expect(row!.logo_path).toBeNull();
});

test('without JavaScript, the refusal comes back from the server in German', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'de-DE' });
	const page = await context.newPage();
	await arrangeMember(page, 'de');
	await page.getByLabel('Logo-Datei').setInputFiles({
		name: 'seite.webp',
		mimeType: 'image/webp',
		buffer: Buffer.from('<!doctype html><script>alert(document.cookie)</script>')
	});
	await page.getByRole('button', { name: 'Logo hochladen' }).click();
	await expect(
		page.getByText(
			'Diese Datei ist kein Bild im Format PNG, JPEG oder WebP. Andere Formate, auch SVG, nehmen wir nicht an.'
		)
	).toBeVisible();
	await context.close();
});
