import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAccount, mailsTo, serviceClient, signIn, sql } from '../support/accounts.ts';

/**
 * Clearing in the browser: a member changes a published entry, the public keeps seeing the approved
 * version until the office approves it in the review queue; a rejection reaches the member by mail
 * and in the portal; two people saving the same entry get the conflict message.
 */
// Two or three signed-in people and a visitor per story, on a machine shared with other work.
test.describe.configure({ timeout: 120_000 });

async function publishedEntry() {
	const tag = crypto.randomUUID().slice(0, 8);
	const name = `E2E Beratung ${tag}`;
	const [organisation] = await sql<{ id: string; slug: string }>(
		`insert into public.organisations (name, kind, status, description)
		 values ($1, 'counselling_service', 'published', $2) returning id, slug`,
		[name, `Alte Beschreibung ${tag}`]
	);
	await sql(
		`insert into public.schedules (organisation_id, weekday, opens_at, closes_at) values ($1, 1, '09:00', '12:00')`,
		[organisation!.id]
	);
	return { ...organisation!, name, tag };
}

async function signedIn(
	browser: Browser,
	account: { email: string; password: string },
	next: string
) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`/auth/sign-in?next=${encodeURIComponent(next)}`);
	await signIn(page, account.email, account.password);
	// Password hashing on a busy machine: signing in may take a while.
	await expect(page).toHaveURL(next, { timeout: 20_000 });
	return page;
}

async function saveDescription(page: Page, text: string) {
	const profile = page.getByRole('region', { name: 'Profil' });
	await profile.getByLabel('Beschreibung').fill(text);
	await profile.getByRole('button', { name: 'Speichern' }).click();
}

test('a member changes description and hours; the public sees them only after the office approves', async ({
	browser
}) => {
	const entry = await publishedEntry();
	const member = await createAccount({
		label: 'revision-member',
		memberOf: [{ organisationId: entry.id, role: 'owner' }]
	});
	const staff = await createAccount({ label: 'revision-staff', staffRole: 'office_staff' });
	const editPath = `/portal/organisationen/${entry.id}`;

	const portal = await signedIn(browser, member, '/portal');
	await portal.getByRole('link', { name: entry.name, exact: true }).click();
	await expect(portal).toHaveURL(editPath);
	await saveDescription(portal, `Neue Beschreibung ${entry.tag}`);
	await expect(
		portal.getByRole('region', { name: 'Profil' }).getByText('Gespeichert.', { exact: true })
	).toBeVisible();

	const hours = portal.getByRole('region', { name: 'Öffnungszeiten' });
	const slot = hours.getByRole('group', { name: 'Zeit 1' });
	await slot.getByLabel('Von').fill('10:00');
	await slot.getByLabel('Bis').fill('13:00');
	await hours.getByRole('button', { name: 'Speichern' }).click();
	await expect(hours.getByText('Gespeichert.', { exact: true })).toBeVisible();
	await portal.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
	await expect(
		portal.getByText('Eingereicht. Die Geschäftsstelle prüft Ihre Änderungen.')
	).toBeVisible();

	const visitor = await browser.newPage();
	await visitor.goto(`/organisationen/${entry.slug}`);
	await expect(visitor.getByText(`Alte Beschreibung ${entry.tag}`)).toBeVisible();
	await expect(visitor.getByText(`Neue Beschreibung ${entry.tag}`)).toHaveCount(0);

	const office = await signedIn(browser, staff, '/office/pruefung');
	const revision = office.getByRole('article', { name: entry.name });
	await expect(revision.getByRole('row', { name: /Beschreibung/ })).toContainText(
		`Neue Beschreibung ${entry.tag}`
	);
	await expect(revision.getByRole('table', { name: 'Öffnungszeiten neu' })).toContainText(
		'10:00–13:00'
	);
	await revision.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click();
	await expect(office.getByText('Freigegeben und veröffentlicht.')).toBeVisible();

	await visitor.reload();
	await expect(visitor.getByText(`Neue Beschreibung ${entry.tag}`)).toBeVisible();
	await expect(visitor.getByText(`Alte Beschreibung ${entry.tag}`)).toHaveCount(0);
	await expect(visitor.getByRole('table').first()).toContainText('10:00');
});

test('a rejection with its reason reaches the member by mail and in the portal, in English', async ({
	browser
}) => {
	const entry = await publishedEntry();
	const member = await createAccount({
		label: 'revision-rejected',
		memberOf: [{ organisationId: entry.id, role: 'owner' }]
	});
	await serviceClient().auth.admin.updateUserById(member.userId, {
		user_metadata: { locale: 'en' }
	});
	const staff = await createAccount({ label: 'revision-staff', staffRole: 'office_staff' });
	const editPath = `/portal/organisationen/${entry.id}`;

	const portal = await signedIn(browser, member, editPath);
	// The language the member reads mail in (kept with the account, as an invitation does).
	await serviceClient().auth.admin.updateUserById(member.userId, {
		user_metadata: { locale: 'en' }
	});
	await portal.goto(`${editPath}?lang=en`);
	const profile = portal.getByRole('region', { name: 'Profile' });
	await profile.getByLabel('Description').fill(`Unbelegte Behauptung ${entry.tag}`);
	await profile.getByRole('button', { name: 'Save' }).click();
	await expect(profile.getByText('Saved.', { exact: true })).toBeVisible();
	await portal.getByRole('button', { name: 'Submit for review' }).click();
	await expect(
		portal.getByText('Your changes are with the office for review.', { exact: false })
	).toBeVisible();

	const office = await signedIn(browser, staff, '/office/pruefung');
	const revision = office.getByRole('article', { name: entry.name });
	const reason = `Bitte eine Quelle angeben ${entry.tag}`;
	await revision.getByRole('button', { name: 'Ablehnen' }).click();
	await expect(revision.getByText('Bitte eine Begründung angeben.')).toBeVisible();
	await office
		.getByRole('article', { name: entry.name })
		.getByLabel('Begründung (die Organisation erhält sie)')
		.fill(reason);
	await office
		.getByRole('article', { name: entry.name })
		.getByRole('button', { name: 'Ablehnen' })
		.click();
	await expect(office.getByText('Abgelehnt. Die Organisation wurde benachrichtigt.')).toBeVisible();

	await expect
		.poll(async () => {
			const mails = (await mailsTo(member.email)) as Array<{ subject: string; text: string }>;
			return mails.find((mail) => mail.subject.includes(entry.name));
		})
		.toMatchObject({
			subject: `Your changes to "${entry.name}" were not approved`,
			text: expect.stringContaining(`Reason: ${reason}`)
		});

	await portal.reload();
	await expect(portal.getByText('The office did not approve your last changes.')).toBeVisible();
	await expect(portal.getByText(`Reason: ${reason}`)).toBeVisible();
	const visitor = await browser.newPage();
	await visitor.goto(`/organisationen/${entry.slug}`);
	await expect(visitor.getByText(`Alte Beschreibung ${entry.tag}`)).toBeVisible();
});

test('two people saving the same entry: the second gets the conflict message and keeps the input', async ({
	browser
}) => {
	const entry = await publishedEntry();
	const first = await createAccount({
		label: 'revision-first',
		memberOf: [{ organisationId: entry.id, role: 'owner' }]
	});
	const second = await createAccount({
		label: 'revision-second',
		memberOf: [{ organisationId: entry.id, role: 'editor' }]
	});
	const editPath = `/portal/organisationen/${entry.id}`;
	const one = await signedIn(browser, first, editPath);
	const two = await signedIn(browser, second, editPath);

	await saveDescription(one, `Fassung eins ${entry.tag}`);
	await expect(
		one.getByRole('region', { name: 'Profil' }).getByText('Gespeichert.', { exact: true })
	).toBeVisible();

	await saveDescription(two, `Fassung zwei ${entry.tag}`);
	const profile = two.getByRole('region', { name: 'Profil' });
	await expect(
		profile.getByText('Jemand anderes hat diesen Eintrag gespeichert', { exact: false })
	).toBeVisible();
	await expect(profile.getByRole('row', { name: /Beschreibung/ })).toContainText(
		`Fassung eins ${entry.tag}`
	);
	await expect(profile.getByLabel('Beschreibung')).toHaveValue(`Fassung zwei ${entry.tag}`);

	// Saving again, having seen the difference, is taken.
	await profile.getByRole('button', { name: 'Speichern' }).click();
	await expect(profile.getByText('Gespeichert.', { exact: true })).toBeVisible();
	const [row] = await sql<{ description: string }>(
		`select proposed -> 'profile' ->> 'description' as description from public.entry_revisions
		 where organisation_id = $1 and status = 'open'`,
		[entry.id]
	);
	expect(row!.description).toBe(`Fassung zwei ${entry.tag}`);
});

test('bad input is refused beside its field and nothing is saved; markup stays text in the preview', async ({
	browser
}) => {
	const entry = await publishedEntry();
	const member = await createAccount({
		label: 'revision-bad-input',
		memberOf: [{ organisationId: entry.id, role: 'owner' }]
	});
	const editPath = `/portal/organisationen/${entry.id}`;
	const page = await signedIn(browser, member, editPath);
	const profile = page.getByRole('region', { name: 'Profil' });
	await profile.getByLabel('Website').fill('javascript:alert(1)');
	await profile.getByLabel('E-Mail').fill('kein-at-zeichen');
	await profile.getByLabel('Beschreibung').fill('<script>window.hacked = true</script><b>fett</b>');
	await profile.getByRole('button', { name: 'Speichern' }).click();
	await expect(
		profile.getByText('Bitte eine Webadresse angeben, die mit https:// oder http:// beginnt.')
	).toBeVisible();
	await expect(
		profile.getByText('Bitte eine gültige E-Mail-Adresse angeben', { exact: false })
	).toBeVisible();
	await expect(profile.getByLabel('Website')).toHaveValue('javascript:alert(1)');

	const hours = page.getByRole('region', { name: 'Öffnungszeiten' });
	const slot = hours.getByRole('group', { name: 'Zeit 1' });
	await slot.getByLabel('Von').fill('15:00');
	await slot.getByLabel('Bis').fill('11:00');
	await hours.getByRole('button', { name: 'Speichern' }).click();
	await expect(slot.getByText('Das Ende liegt vor dem Beginn.')).toBeVisible();

	const [row] = await sql<{ proposed: unknown; base: unknown }>(
		`select proposed, base from public.entry_revisions where organisation_id = $1 and status = 'open'`,
		[entry.id]
	);
	expect(row!.proposed).toEqual(row!.base);

	await page.goto(editPath);
	await saveDescription(page, '<script>window.hacked = true</script><b>fett</b>');
	await expect(
		page.getByRole('region', { name: 'Profil' }).getByText('Gespeichert.', { exact: true })
	).toBeVisible();
	await page.goto(`${editPath}/vorschau?lang=de`);
	await expect(page.getByText('<script>window.hacked = true</script><b>fett</b>')).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)
	).toBeUndefined();
});

test('in Arabic: a member changes description and hours; the public sees them after approval', async ({
	browser
}) => {
	const entry = await publishedEntry();
	const member = await createAccount({
		label: 'revision-arabic',
		memberOf: [{ organisationId: entry.id, role: 'owner' }]
	});
	const staff = await createAccount({ label: 'revision-staff', staffRole: 'office_staff' });
	const editPath = `/portal/organisationen/${entry.id}`;

	const portal = await signedIn(browser, member, editPath);
	await portal.goto(`${editPath}?lang=ar`);
	await expect(portal.locator('html')).toHaveAttribute('dir', 'rtl');
	const profile = portal.getByRole('region', { name: 'الملف التعريفي' });
	await profile.getByLabel('الوصف').fill(`وصف جديد ${entry.tag}`);
	await profile.getByRole('button', { name: 'حفظ' }).click();
	await expect(profile.getByText('تم الحفظ.', { exact: true })).toBeVisible();
	const hours = portal.getByRole('region', { name: 'أوقات العمل' });
	const slot = hours.getByRole('group', { name: 'الوقت 1' });
	await slot.getByLabel('من', { exact: true }).fill('10:00');
	await slot.getByLabel('إلى', { exact: true }).fill('13:00');
	await hours.getByRole('button', { name: 'حفظ' }).click();
	await expect(hours.getByText('تم الحفظ.', { exact: true })).toBeVisible();
	await portal.getByRole('button', { name: 'إرسال للمراجعة' }).click();
	await expect(portal.getByText('تم الإرسال. يراجع المكتب تغييراتك.')).toBeVisible();

	const visitor = await browser.newPage();
	await visitor.goto(`/organisationen/${entry.slug}`);
	await expect(visitor.getByText(`Alte Beschreibung ${entry.tag}`)).toBeVisible();

	const office = await signedIn(browser, staff, '/office/pruefung');
	const revision = office.getByRole('article', { name: entry.name });
	await expect(revision.getByRole('table', { name: 'Öffnungszeiten neu' })).toContainText(
		'10:00–13:00'
	);
	await revision.getByRole('button', { name: 'Freigeben und veröffentlichen' }).click();
	await expect(office.getByText('Freigegeben und veröffentlicht.')).toBeVisible();

	await visitor.reload();
	await expect(visitor.getByText(`وصف جديد ${entry.tag}`)).toBeVisible();
	await expect(visitor.getByText(`Alte Beschreibung ${entry.tag}`)).toHaveCount(0);
});
