import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
	createAccount,
	createOrganisation,
	mailsTo,
	signIn,
	sql,
	uniqueEmail
} from '../support/accounts.ts';

type Mail = { subject: string; text: string };

/** `npm run jobs:reminders` as cron runs it, against the test stack and its dev mailbox. */
async function runReminderJobs() {
	await promisify(execFile)(process.execPath, ['scripts/jobs.ts', 'reminders'], {
		env: {
			PATH: process.env.PATH,
			PUBLIC_SUPABASE_URL: process.env.E2E_SUPABASE_URL,
			SUPABASE_SERVICE_ROLE_KEY: process.env.E2E_SERVICE_ROLE_KEY,
			DEV_MAILBOX_DIR: join(process.env.E2E_DATA_DIR!, 'mailbox'),
			APP_URL: process.env.E2E_BASE_URL
		}
	});
}

const lastConfirmed = async (id: string) =>
	(
		await sql<{ at: Date }>(
			'select last_confirmed_at as at from public.organisations where id = $1',
			[id]
		)
	)[0]!.at;

test.describe('freshness', () => {
	test('a stale entry’s "still correct" link updates the date, and the next run sends nothing', async ({
		page
	}) => {
		const organisation = await createOrganisation('published');
		await sql(
			`update public.organisations set last_confirmed_at = now() - interval '13 months' where id = $1`,
			[organisation.id]
		);
		const owner = await createAccount({
			label: 'stale-owner',
			memberOf: [{ organisationId: organisation.id, role: 'owner' }]
		});
		const before = await lastConfirmed(organisation.id);

		await runReminderJobs();
		const mails = (await mailsTo(owner.email)) as Mail[];
		expect(mails).toHaveLength(1);
		expect(mails[0]!.subject).toContain(organisation.name);
		const link = mails[0]!.text.match(/^Alles noch aktuell: (\S+)$/m)?.[1];
		expect(link).toBeTruthy();

		await page.goto(link!);
		await expect(page.getByRole('status')).toContainText(
			`Der Eintrag von ${organisation.name} ist als aktuell bestätigt.`
		);
		expect((await lastConfirmed(organisation.id)).getTime()).toBeGreaterThan(before.getTime());

		await runReminderJobs();
		expect(await mailsTo(owner.email)).toHaveLength(1);
	});

	test('an owner withdraws a pending invitation on the members page', async ({ page }) => {
		const organisation = await createOrganisation('draft');
		const owner = await createAccount({
			label: 'members-owner',
			memberOf: [{ organisationId: organisation.id, role: 'owner' }]
		});
		const invitee = uniqueEmail('withdrawn');

		await page.goto('/auth/sign-in');
		await signIn(page, owner.email, owner.password);
		await expect(page).toHaveURL(/\/portal$/);
		const inviteForm = page.getByRole('region', { name: 'Kollegin oder Kollegen einladen' });
		await inviteForm.getByLabel('E-Mail-Adresse').fill(invitee);
		await inviteForm.getByLabel('Organisation').selectOption({ label: organisation.name });
		await inviteForm.getByRole('button', { name: 'Einladung senden' }).click();
		await expect(page.getByRole('status')).toContainText('Die Einladung ist verschickt.');

		await page
			.getByRole('link', { name: new RegExp(`^Mitglieder\\s*: ${organisation.name}$`) })
			.click();
		const row = page.getByRole('row', { name: new RegExp(invitee) });
		await expect(row).toContainText('noch nicht angenommen');
		await row.getByRole('button', { name: /^Einladung zurückziehen/ }).click();
		await expect(page.getByRole('status')).toContainText('Die Einladung wurde zurückgezogen.');
		await expect(page.getByRole('row', { name: new RegExp(invitee) })).toHaveCount(0);
		await expect(page.getByRole('row', { name: new RegExp(owner.email) })).toContainText(
			'hat Zugang'
		);
	});
});
