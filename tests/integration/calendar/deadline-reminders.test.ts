/**
 * The deadline reminder job against the real database and the stack's dev mailbox: who gets
 * which mail, in which language, and that each reminder goes out once, also when two runs
 * overlap. Dates lie in 2041, away from the demo data's deadlines.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deadlineReminders } from '../../../src/lib/server/jobs/deadline-reminders.ts';
import type { JobContext } from '../../../src/lib/server/jobs/job.ts';
import { devMailer, type StoredMail } from '../../../src/lib/server/mail/transport.ts';
import {
	createTestUser,
	serviceClient,
	sql,
	stackInfo,
	userClient
} from '../../support/clients.ts';
import {
	approvedApplication,
	createCall,
	createOrganisation,
	createProgramme,
	recordApplication,
	type Staff
} from '../grants/fixtures.ts';

const mailer = () => devMailer(join(stackInfo().dataDir, 'mailbox'));

const context = (now: string): JobContext => ({
	admin: serviceClient(),
	mailer: mailer(),
	appUrl: 'https://buendnisatlas.example.org',
	now: new Date(now),
	linkSecret: 'not used by this job'
});

type Person = { id: string; email: string };

async function person(label: string, locale?: string): Promise<Person> {
	const email = `${label}-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const id = await createTestUser(email);
	if (locale) {
		await sql(
			`update auth.users set raw_user_meta_data = jsonb_build_object('locale', $2::text) where id = $1`,
			[id, locale]
		);
	}
	return { id, email };
}

async function staffPerson(label: string): Promise<Person & Staff> {
	const someone = await person(label);
	await sql(`insert into public.staff (user_id, role) values ($1, 'office_staff')`, [someone.id]);
	return { ...someone, client: userClient(someone.id) };
}

async function member(organisationId: string, someone: Person) {
	await sql(
		`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'editor')`,
		[organisationId, someone.id]
	);
}

const inbox = (email: string): Promise<StoredMail[]> => mailer().mailbox!.list(email);

/** An approved application whose Verwendungsnachweis is due on `dueOn`; returns that obligation. */
async function obligationDueOn(staff: Person & Staff, organisationId: string, dueOn: string) {
	const applicationId = await approvedApplication(
		staff,
		{ organisation_id: organisationId, responsible_staff_id: staff.id },
		{ amount_cents: 100_000, period_start: '2026-01-01', period_end: '2026-12-31' }
	);
	const [obligation] = await sql<{ id: string }>(
		`update public.obligations set due_on = $2
		 where application_id = $1 and kind = 'verwendungsnachweis' returning id`,
		[applicationId, dueOn]
	);
	return { applicationId, obligationId: obligation!.id };
}

describe('deadline reminders', () => {
	let staff: Person & Staff;
	let otherStaff: Person & Staff;
	let germanMember: Person;
	let englishMember: Person;
	let obligationId: string;
	let callId: string;

	beforeAll(async () => {
		staff = await staffPerson('responsible');
		otherStaff = await staffPerson('other-staff');
		germanMember = await person('member-de');
		englishMember = await person('member-en', 'en');
		const organisation = await createOrganisation('reminders');
		await member(organisation, germanMember);
		await member(organisation, englishMember);
		({ obligationId } = await obligationDueOn(staff, organisation, '2041-03-27'));
		callId = await createCall(await createProgramme());
		// 23:59 on 21 March 2041 in Berlin (winter time): the day after the first run's now.
		await sql(
			`update public.funding_calls set deadline_at = '2041-03-21T22:59:00Z' where id = $1`,
			[callId]
		);
		await recordApplication(staff, {
			organisation_id: organisation,
			funding_call_id: callId,
			status: 'drafting',
			responsible_staff_id: staff.id
		});
		// Already submitted: its staff member needs no reminder of the call's deadline.
		await recordApplication(staff, {
			organisation_id: organisation,
			funding_call_id: callId,
			status: 'submitted',
			responsible_staff_id: otherStaff.id
		});
	});

	it('mails the responsible staff member and every member, once per due reminder, in their language', async () => {
		// 20 March 2041: the obligation (27 March) is 7 days away, the call (21 March) 1 day.
		const first = await deadlineReminders.run(context('2041-03-20T09:00:00Z'));
		expect(first.sent).toBeGreaterThanOrEqual(4);

		const staffMails = await inbox(staff.email);
		expect(staffMails.map((mail) => mail.subject).sort()).toEqual([
			expect.stringMatching(/^Antragsfrist am 21\. März 2041 um 23:59: Test call/),
			expect.stringMatching(/^Verwendungsnachweis fällig am 27\. März 2041: Test application/)
		]);
		const obligationMail = staffMails.find((mail) =>
			mail.subject.startsWith('Verwendungsnachweis')
		)!;
		expect(obligationMail.text).toContain('(in 7 Tagen)');
		expect(obligationMail.text).toMatch(/\/office\/antraege\/[0-9a-f-]{36}/);
		expect(staffMails.find((mail) => mail.subject.startsWith('Antragsfrist'))!.text).toContain(
			'(morgen)'
		);

		const [german] = await inbox(germanMember.email);
		expect(german?.locale).toBe('de');
		expect(german?.subject).toMatch(/^Verwendungsnachweis fällig am 27\. März 2041/);
		const [english] = await inbox(englishMember.email);
		expect(english?.locale).toBe('en');
		expect(english?.subject).toMatch(
			/^Final statement \(Verwendungsnachweis\) due on March 27, 2041/
		);
		expect(english?.text).toContain('https://buendnisatlas.example.org/portal');
		expect(await inbox(otherStaff.email)).toEqual([]);

		const claims = await sql(
			`select deadline_kind, days_before from public.deadline_reminder_claims
			 where deadline_id = any ($1::uuid[]) order by 1, 2`,
			[[obligationId, callId]]
		);
		expect(claims).toEqual([
			{ deadline_kind: 'obligation', days_before: 7 },
			{ deadline_kind: 'obligation', days_before: 7 },
			{ deadline_kind: 'obligation', days_before: 7 },
			{ deadline_kind: 'call', days_before: 1 }
		]);
	});

	it('sends nothing on a second run the same day, nor an hour later', async () => {
		const again = await deadlineReminders.run(context('2041-03-20T09:00:00Z'));
		const later = await deadlineReminders.run(context('2041-03-20T10:00:00Z'));
		expect(again.sent).toBe(0);
		expect(later.sent).toBe(0);
		expect(await inbox(staff.email)).toHaveLength(2);
		expect(await inbox(germanMember.email)).toHaveLength(1);
	});

	it('sends the next reminder when its day comes, and none once the obligation is done', async () => {
		// 26 March: one day before the obligation; the call's deadline has passed.
		await deadlineReminders.run(context('2041-03-26T09:00:00Z'));
		expect(await inbox(germanMember.email)).toHaveLength(2);
		expect(await inbox(staff.email)).toHaveLength(3);
		await sql(`update public.obligations set done_at = now() where id = $1`, [obligationId]);
		await sql(
			`delete from public.deadline_reminder_claims where deadline_id = $1 and days_before = 1`,
			[obligationId]
		);
		const afterDone = await deadlineReminders.run(context('2041-03-27T09:00:00Z'));
		expect(afterDone.sent).toBe(0);
		expect(await inbox(germanMember.email)).toHaveLength(2);
	});

	it('sends each reminder once when two runs overlap', async () => {
		const organisation = await createOrganisation('overlap');
		const members = [
			await person('overlap-a'),
			await person('overlap-b'),
			await person('overlap-c')
		];
		for (const someone of members) await member(organisation, someone);
		const overlapStaff = await staffPerson('overlap-staff');
		const { obligationId: overlapping } = await obligationDueOn(
			overlapStaff,
			organisation,
			'2041-05-14'
		);

		const now = '2041-04-30T09:00:00Z';
		const runs = await Promise.all([
			deadlineReminders.run(context(now)),
			deadlineReminders.run(context(now))
		]);

		const expected = members.length + 1;
		expect(runs[0]!.sent + runs[1]!.sent).toBe(expected);
		for (const someone of [...members, overlapStaff]) {
			const mails = await inbox(someone.email);
			expect(mails, someone.email).toHaveLength(1);
			expect(mails[0]!.text).toContain('(in 14 Tagen)');
		}
		const [{ count }] = (await sql(
			`select count(*)::int as count from public.deadline_reminder_claims where deadline_id = $1 and days_before = 14`,
			[overlapping]
		)) as [{ count: number }];
		expect(count).toBe(expected);
	});
});
