/**
 * The freshness reminder: stories against a fresh stack, with the job as cron runs it (service
 * role, a dev mailbox of its own) and the signed links as the app's route follows them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshnessJob } from '../../../src/lib/server/jobs/freshness.ts';
import type { JobContext } from '../../../src/lib/server/jobs/job.ts';
import {
	archiveByReminderLink,
	openReminderLink
} from '../../../src/lib/server/jobs/reminder-links.ts';
import { linkSecretFrom } from '../../../src/lib/server/jobs/signed-links.ts';
import { devMailer, type Mailer } from '../../../src/lib/server/mail/transport.ts';
import { listStaleEntries } from '../../../src/lib/server/stale-entries.ts';
import {
	createTestUser,
	serviceClient,
	sql,
	stackInfo,
	userClient
} from '../../support/clients.ts';
import { createStaff } from '../roles/support.ts';

const APP_URL = 'http://app.example.org';
let folder: string;
let mailer: Mailer;

const context = (now = new Date()): JobContext => ({
	admin: serviceClient(),
	mailer,
	appUrl: APP_URL,
	now,
	linkSecret: linkSecretFrom({ SUPABASE_SERVICE_ROLE_KEY: stackInfo().serviceRoleKey })
});

/** A published entry last confirmed `monthsAgo` months ago, with an owner who accepted. */
async function staleEntry(monthsAgo: number) {
	const email = `reminded-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const owner = await createTestUser(email);
	const [organisation] = await sql<{ id: string; name: string }>(
		`insert into public.organisations (name, kind, status, last_confirmed_at)
		 values ($1, 'initiative', 'published', now() - make_interval(months => $2))
		 returning id, name`,
		[`Erinnerungsverein ${crypto.randomUUID().slice(0, 8)}`, monthsAgo]
	);
	await sql(
		`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'owner')`,
		[organisation!.id, owner]
	);
	return { ...organisation!, email };
}

const mailsTo = async (email: string) => (await mailer.mailbox!.list(email)).reverse();
const lastConfirmed = async (id: string) =>
	(
		await sql<{ at: Date | null }>(
			'select last_confirmed_at as at from public.organisations where id = $1',
			[id]
		)
	)[0]!.at;
const linkIn = (text: string, label: RegExp) => {
	const line = text.split('\n').find((candidate) => label.test(candidate));
	return line?.match(/https?:\/\/\S+/)?.[0] ?? '';
};
const tokenOf = (url: string) => new URL(url).pathname.split('/').pop()!;

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'freshness-mail-'));
	mailer = devMailer(folder);
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

describe('the freshness reminder', () => {
	it('1. mails the members of an entry confirmed more than eleven months ago, once per period', async () => {
		const entry = await staleEntry(13);
		const first = await freshnessJob.run(context());
		expect(first.sent).toBeGreaterThanOrEqual(1);
		const mails = await mailsTo(entry.email);
		expect(mails).toHaveLength(1);
		expect(mails[0]!.subject).toContain(entry.name);
		expect(mails[0]!.text).toContain(`${APP_URL}/erinnerung/`);

		await freshnessJob.run(context());
		expect(await mailsTo(entry.email)).toHaveLength(1);
		const claims = await sql(
			`select sent_at, recipients from public.reminder_claims where organisation_id = $1`,
			[entry.id]
		);
		expect(claims).toEqual([{ sent_at: expect.any(Date), recipients: 1 }]);
	});

	it('2. sends one reminder when two runs overlap', async () => {
		const entry = await staleEntry(14);
		await Promise.all([freshnessJob.run(context()), freshnessJob.run(context())]);
		expect(await mailsTo(entry.email)).toHaveLength(1);
	});

	it('3. leaves entries confirmed within eleven months, drafts and invitees who did not accept alone', async () => {
		const fresh = await staleEntry(10);
		const draft = await staleEntry(13);
		await sql(`update public.organisations set status = 'draft' where id = $1`, [draft.id]);
		const entry = await staleEntry(13);
		const invitee = `invitee-${crypto.randomUUID().slice(0, 8)}@example.org`;
		const pending = await createTestUser(invitee);
		await sql(`update auth.users set email_confirmed_at = null where id = $1`, [pending]);
		await sql(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'editor')`,
			[entry.id, pending]
		);
		await freshnessJob.run(context());
		expect(await mailsTo(fresh.email)).toEqual([]);
		expect(await mailsTo(draft.email)).toEqual([]);
		expect(await mailsTo(entry.email)).toHaveLength(1);
		expect(await mailsTo(invitee)).toEqual([]);
	});

	it('4. "still correct" in the mail stamps the date, and the next run sends nothing', async () => {
		const entry = await staleEntry(13);
		await freshnessJob.run(context());
		const [mail] = await mailsTo(entry.email);
		const before = await lastConfirmed(entry.id);
		const confirm = linkIn(mail!.text, /^(Alles noch aktuell|Still correct):/);
		const outcome = await openReminderLink(
			serviceClient(),
			tokenOf(confirm),
			context().linkSecret,
			new Date()
		);
		expect(outcome).toEqual({ kind: 'confirmed', organisation: entry.name });
		expect((await lastConfirmed(entry.id))!.getTime()).toBeGreaterThan(before!.getTime());
		await freshnessJob.run(context());
		expect(await mailsTo(entry.email)).toHaveLength(1);
		const claims = await sql('select key from public.reminder_claims where organisation_id = $1', [
			entry.id
		]);
		expect(claims).toHaveLength(1);
	});

	it('5. refuses tampered and expired links and changes nothing', async () => {
		const entry = await staleEntry(13);
		await freshnessJob.run(context());
		const [mail] = await mailsTo(entry.email);
		const token = tokenOf(linkIn(mail!.text, /^(Alles noch aktuell|Still correct):/));
		const before = await lastConfirmed(entry.id);
		const secret = context().linkSecret;
		const later = new Date(Date.now() + 40 * 24 * 3600 * 1000);
		const tampered = `${token.slice(0, -3)}xyz`;
		expect(await openReminderLink(serviceClient(), tampered, secret, new Date())).toEqual({
			kind: 'invalid'
		});
		expect(await openReminderLink(serviceClient(), token, secret, later)).toEqual({
			kind: 'invalid'
		});
		expect(await lastConfirmed(entry.id)).toEqual(before);
	});

	it('6. "no longer active" asks first, and archives only when confirmed', async () => {
		const entry = await staleEntry(13);
		await freshnessJob.run(context());
		const [mail] = await mailsTo(entry.email);
		const token = tokenOf(linkIn(mail!.text, /nicht mehr aktiv|no longer active/));
		const secret = context().linkSecret;
		const status = async () =>
			(await sql('select status from public.organisations where id = $1', [entry.id]))[0]!.status;
		expect(await openReminderLink(serviceClient(), token, secret, new Date())).toEqual({
			kind: 'ask-inactive',
			organisation: entry.name
		});
		expect(await status()).toBe('published');
		const confirmToken = tokenOf(linkIn(mail!.text, /^(Alles noch aktuell|Still correct):/));
		expect(await archiveByReminderLink(serviceClient(), confirmToken, secret, new Date())).toEqual({
			kind: 'invalid'
		});
		expect(await archiveByReminderLink(serviceClient(), token, secret, new Date())).toEqual({
			kind: 'archived',
			organisation: entry.name
		});
		expect(await status()).toBe('archived');
	});
});

describe('the stale-entries view', () => {
	it('7. lists entries not confirmed for twelve months with their reminder, for office staff', async () => {
		const stale = await staleEntry(13);
		const due = await staleEntry(11);
		await sql(
			`update public.organisations set last_confirmed_at = now() - interval '11 months' + interval '1 day' where id = $1`,
			[due.id]
		);
		await freshnessJob.run(context());
		const staff = userClient(await createStaff('office_staff'));
		const entries = await listStaleEntries(staff);
		expect(entries.find((entry) => entry.id === stale.id)).toMatchObject({
			name: stale.name,
			remindedAt: expect.any(String)
		});
		expect(entries.some((entry) => entry.id === due.id)).toBe(false);
		const member = userClient(await createTestUser());
		const { data } = await member.from('reminder_claims').select('id');
		expect(data).toEqual([]);
	});
});

describe('npm run jobs:reminders', () => {
	it('8. runs the reminder list in plain Node against a configured Supabase', async () => {
		const entry = await staleEntry(13);
		const mailbox = await mkdtemp(join(tmpdir(), 'jobs-cli-'));
		try {
			const { url, serviceRoleKey } = stackInfo();
			const { stdout } = await promisify(execFile)(
				process.execPath,
				['scripts/jobs.ts', 'reminders'],
				{
					env: {
						PATH: process.env.PATH,
						PUBLIC_SUPABASE_URL: url,
						SUPABASE_SERVICE_ROLE_KEY: serviceRoleKey,
						DEV_MAILBOX_DIR: mailbox,
						APP_URL: APP_URL
					}
				}
			);
			const reports = stdout
				.trim()
				.split('\n')
				.map((line) => JSON.parse(line));
			expect(reports).toContainEqual(expect.objectContaining({ job: 'freshness' }));
			const sent = await devMailer(mailbox).mailbox!.list(entry.email);
			expect(sent).toHaveLength(1);
			expect(sent[0]!.text).toContain(`${APP_URL}/erinnerung/`);
		} finally {
			await rm(mailbox, { recursive: true, force: true });
		}
	});
});
