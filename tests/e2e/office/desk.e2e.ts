import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	createAccount,
	createOrganisation,
	invitationLink,
	mailsTo,
	signIn,
	sql,
	uniqueEmail
} from '../support/accounts.ts';

/** The office's texts the tests find things by, in German and in English. */
const TEXTS = {
	de: {
		status: 'Status',
		apply: 'Filter anwenden',
		draft: 'Entwurf',
		publish: 'Veröffentlichen',
		published: 'Der Eintrag ist veröffentlicht.',
		search: 'Name enthält'
	},
	en: {
		status: 'Status',
		apply: 'Apply filters',
		draft: 'Draft',
		publish: 'Publish',
		published: 'The entry is published.',
		search: 'Name contains'
	}
} as const;

async function signInAsStaff(page: Page) {
	const staff = await createAccount({ label: 'desk', staffRole: 'office_staff' });
	await page.goto('/auth/sign-in');
	await signIn(page, staff.email, staff.password);
	// Signing in waits for Auth; on a busy machine that is more than an assertion's usual time.
	await expect(page).toHaveURL(/\/office$/, { timeout: 30_000 });
}

for (const lang of ['de', 'en'] as const) {
	const text = TEXTS[lang];

	test(`office desk (${lang}): staff find a draft through the filters, publish it, and the public sees it`, async ({
		page
	}) => {
		// Sign-in, a table, an accessibility scan and the public pages: more than one page's time.
		test.slow();
		const organisation = await createOrganisation('draft');
		const [{ slug }] = (await sql('select slug from public.organisations where id = $1', [
			organisation.id
		])) as [{ slug: string }];
		// Not public while it is a draft.
		expect((await page.request.get(`/organisationen/${slug}`)).status()).toBe(404);

		await signInAsStaff(page);
		await page.goto(`/office/organisationen?lang=${lang}`);
		await page.getByLabel(text.search).fill(organisation.name);
		await page.getByLabel(text.status, { exact: true }).selectOption({ label: text.draft });
		await page.getByRole('button', { name: text.apply }).click();
		await expect(page).toHaveURL(/status=draft/);
		const row = page.getByRole('row', { name: new RegExp(organisation.name) });
		await expect(row).toContainText(text.draft);
		const axe = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		expect(axe.violations).toEqual([]);

		await row.getByRole('link', { name: organisation.name }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation.name);
		await page.getByRole('button', { name: text.publish }).click();
		await expect(page.getByRole('status').filter({ hasText: text.published })).toBeVisible();
		await expect(page.getByRole('button', { name: text.publish })).toHaveCount(0);

		const visitor = await page.context().browser()!.newContext();
		const publicPage = await visitor.newPage();
		await publicPage.goto(`/verzeichnis?q=${encodeURIComponent(organisation.name)}&lang=${lang}`);
		await expect(publicPage.getByRole('link', { name: organisation.name })).toBeVisible();
		await publicPage.goto(`/organisationen/${slug}`);
		await expect(publicPage.getByRole('heading', { level: 1 })).toHaveText(organisation.name);
		await visitor.close();
	});
}

test('office desk: a join request is accepted, and only then can its contact sign in', async ({
	page,
	browser
}) => {
	// Two people, a form, two mails and a password: more than one page's time.
	test.slow();
	const name = `E2E Anfrage ${crypto.randomUUID().slice(0, 8)}`;
	const email = uniqueEmail('requester');
	const requester = await browser.newContext({ locale: 'en-GB' });
	const form = await requester.newPage();
	await form.goto('/mitmachen?lang=en');
	await form.getByLabel('Name of the organisation').fill(name);
	await form.getByLabel('Kind of organisation').selectOption({ label: 'Initiative' });
	await form.getByLabel('Email address for questions').fill(email);
	await form.getByLabel('What does your organisation do?').fill('We advise our neighbours.');
	await form.getByRole('checkbox').check();
	await form.getByRole('button', { name: 'Send request' }).click();
	await expect(form.getByRole('status')).toBeVisible();
	// The receipt, in the language the form was sent in; no account yet, so no way in.
	await expect
		.poll(async () =>
			((await mailsTo(email)) as Array<{ subject: string }>).map((mail) => mail.subject)
		)
		.toEqual(['Your request to Bündnisatlas has arrived']);
	await form.goto('/auth/sign-in?lang=de');
	await signIn(form, email, 'a password nobody set');
	await expect(form).toHaveURL(/\/auth\/sign-in/);
	expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);

	await signInAsStaff(page);
	await page.getByRole('link', { name: 'Anfragen zur Aufnahme' }).click();
	const card = page.getByRole('article', { name: name });
	await expect(card).toContainText(email);
	await card.getByRole('button', { name: 'Annehmen und einladen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Angenommen' })).toBeVisible();
	await expect(page.getByRole('article', { name: name })).not.toContainText(
		'Annehmen und einladen'
	);

	await form.goto(await invitationLink(email));
	const password = 'ein langes neues Passwort';
	await form.getByLabel('Neues Passwort', { exact: true }).fill(password);
	await form.getByLabel('Neues Passwort wiederholen').fill(password);
	await form.getByRole('button', { name: 'Einladung annehmen' }).click();
	await expect(form).toHaveURL(/\/portal$/, { timeout: 30_000 });
	await expect(form.getByRole('row', { name: new RegExp(name) })).toBeVisible();
	await requester.close();
});
