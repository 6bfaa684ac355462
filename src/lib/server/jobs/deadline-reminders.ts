/**
 * Deadline reminders, 14, 7 and 1 days before each deadline (which one is due: the domain's
 * `dueReminder`):
 * - an obligation still open: to the application's responsible staff member and to every member
 *   of the organisation;
 * - a call's application deadline: to the staff members responsible for an application to it
 *   that is still an idea or in preparation.
 * Each reminder is claimed (a row keyed by deadline, days before and recipient) before its mail
 * goes out, so two overlapping runs send it once; a failed send gives the claim back.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import {
	daysLeft,
	deadlineDay,
	dueReminder,
	reminderWindow,
	type ReminderDays
} from '$lib/domain/deadline-reminders';
import { berlinInstant, type ObligationKind } from '$lib/domain/grant-deadlines';
import { formatDateTime, formatDaysLeft } from '$lib/i18n/deadline-labels';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { translate } from '$lib/server/i18n';
import { composeMail } from '../mail/compose';
import type { Mail } from '../mail/transport';
import type { Job, JobContext, JobReport } from './job';

type Admin = SupabaseClient<Database>;
type DeadlineKind = Database['public']['Enums']['deadline_kind'];

type Recipient = { userId: string; role: 'staff' | 'member' };

/** One reminder to one person; `mail` writes it once the person's address and language are known. */
type Reminder = {
	kind: DeadlineKind;
	deadlineId: string;
	daysBefore: ReminderDays;
	recipient: Recipient;
	mail: (to: string, locale: Locale) => Mail;
};

type Person = { email: string; locale: Locale };

const IN_PREPARATION = ['idea', 'drafting'] as const;

function formatDay(day: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${day}T12:00:00Z`)
	);
}

async function obligationReminders(admin: Admin, context: JobContext): Promise<Reminder[]> {
	const { from, to } = reminderWindow(context.now);
	const { data, error } = await admin
		.from('obligations')
		.select(
			`id, kind, due_on,
			 application:applications!inner(id, title, responsible_staff_id, organisation_id,
			   organisation:organisations!inner(name))`
		)
		.is('done_at', null)
		.gte('due_on', from)
		.lte('due_on', to);
	if (error) throw new Error(`obligations due: ${error.message}`);
	const organisations = [...new Set(data.map((row) => row.application.organisation_id))];
	const members = await membersOf(admin, organisations);
	const reminders: Reminder[] = [];
	for (const row of data) {
		const daysBefore = dueReminder(row.due_on, context.now);
		if (daysBefore === null) continue;
		const { application } = row;
		const recipients = new Map<string, Recipient>();
		for (const userId of members.get(application.organisation_id) ?? [])
			recipients.set(userId, { userId, role: 'member' });
		// Staff who are members too get the staff mail (the link into the office), once.
		if (application.responsible_staff_id)
			recipients.set(application.responsible_staff_id, {
				userId: application.responsible_staff_id,
				role: 'staff'
			});
		for (const recipient of recipients.values()) {
			reminders.push({
				kind: 'obligation',
				deadlineId: row.id,
				daysBefore,
				recipient,
				mail: (email, locale) =>
					obligationMail(context, email, locale, recipient, {
						kind: row.kind,
						dueOn: row.due_on,
						applicationId: application.id,
						application: application.title,
						organisation: application.organisation.name
					})
			});
		}
	}
	return reminders;
}

function obligationMail(
	context: JobContext,
	to: string,
	locale: Locale,
	recipient: Recipient,
	due: {
		kind: ObligationKind;
		dueOn: string;
		applicationId: string;
		application: string;
		organisation: string;
	}
): Mail {
	const kind = translate(locale, `grants.obligation.${due.kind}`);
	const date = formatDay(due.dueOn, locale);
	const left = formatDaysLeft(daysLeft(due.dueOn, context.now), locale);
	return composeMail({
		to,
		locale,
		subject: translate(locale, 'reminder.subject.obligation', {
			kind,
			date,
			application: due.application
		}),
		paragraphs: [
			translate(locale, 'reminder.body.obligation', {
				kind,
				application: due.application,
				organisation: due.organisation,
				date,
				left
			})
		],
		action: {
			label: translate(locale, 'reminder.action'),
			url:
				recipient.role === 'staff'
					? `${context.appUrl}/office/antraege/${due.applicationId}`
					: `${context.appUrl}/portal`
		},
		footer: [
			recipient.role === 'staff'
				? translate(locale, 'reminder.footer.staff')
				: translate(locale, 'reminder.footer.member', { organisation: due.organisation })
		]
	});
}

async function callReminders(admin: Admin, context: JobContext): Promise<Reminder[]> {
	const { to } = reminderWindow(context.now);
	const { data, error } = await admin
		.from('funding_calls')
		.select('id, title, deadline_at, applications!inner(id, title, status, responsible_staff_id)')
		.gte('deadline_at', context.now.toISOString())
		.lte('deadline_at', berlinInstant(to, '23:59:59').toISOString())
		.in('applications.status', [...IN_PREPARATION])
		.not('applications.responsible_staff_id', 'is', null);
	if (error) throw new Error(`call deadlines due: ${error.message}`);
	const reminders: Reminder[] = [];
	for (const call of data) {
		if (!call.deadline_at) continue;
		const daysBefore = dueReminder(deadlineDay(call.deadline_at), context.now);
		if (daysBefore === null) continue;
		const byStaff = new Map<string, string[]>();
		for (const application of call.applications) {
			const staffId = application.responsible_staff_id!;
			byStaff.set(staffId, [...(byStaff.get(staffId) ?? []), application.title]);
		}
		for (const [userId, titles] of byStaff) {
			reminders.push({
				kind: 'call',
				deadlineId: call.id,
				daysBefore,
				recipient: { userId, role: 'staff' },
				mail: (email, locale) =>
					callMail(context, email, locale, {
						title: call.title,
						deadlineAt: call.deadline_at!,
						applications: titles.sort()
					})
			});
		}
	}
	return reminders;
}

function callMail(
	context: JobContext,
	to: string,
	locale: Locale,
	call: { title: string; deadlineAt: string; applications: string[] }
): Mail {
	const date = formatDateTime(call.deadlineAt, locale);
	const day = deadlineDay(call.deadlineAt);
	const left = formatDaysLeft(daysLeft(day, context.now), locale);
	return composeMail({
		to,
		locale,
		subject: translate(locale, 'reminder.subject.call', { date, title: call.title }),
		paragraphs: [
			translate(locale, 'reminder.body.call', {
				title: call.title,
				date,
				left,
				applications: new Intl.ListFormat(locale).format(call.applications)
			})
		],
		action: {
			label: translate(locale, 'reminder.action'),
			url: `${context.appUrl}/office/kalender?month=${day.slice(0, 7)}`
		},
		footer: [translate(locale, 'reminder.footer.staff')]
	});
}

async function membersOf(admin: Admin, organisations: string[]): Promise<Map<string, string[]>> {
	const members = new Map<string, string[]>();
	if (organisations.length === 0) return members;
	const { data, error } = await admin
		.from('organisation_members')
		.select('organisation_id, user_id')
		.in('organisation_id', organisations);
	if (error) throw new Error(`organisation members: ${error.message}`);
	for (const row of data)
		members.set(row.organisation_id, [...(members.get(row.organisation_id) ?? []), row.user_id]);
	return members;
}

/** Claims a reminder; false when another run (or an earlier one) already has. */
async function claim(admin: Admin, reminder: Reminder): Promise<boolean> {
	const { error } = await admin.from('deadline_reminder_claims').insert(claimKey(reminder));
	if (!error) return true;
	if (error.code === '23505') return false;
	throw new Error(`claiming a reminder: ${error.message}`);
}

const claimKey = (reminder: Reminder) => ({
	deadline_kind: reminder.kind,
	deadline_id: reminder.deadlineId,
	days_before: reminder.daysBefore,
	recipient_id: reminder.recipient.userId
});

async function release(admin: Admin, reminder: Reminder): Promise<void> {
	const key = claimKey(reminder);
	await admin
		.from('deadline_reminder_claims')
		.delete()
		.eq('deadline_kind', key.deadline_kind)
		.eq('deadline_id', key.deadline_id)
		.eq('days_before', key.days_before)
		.eq('recipient_id', key.recipient_id);
}

/** The person's address and language (their account's `locale`, German by default). */
function people(admin: Admin) {
	const known = new Map<string, Promise<Person | null>>();
	return (userId: string) => {
		let person = known.get(userId);
		if (!person) {
			person = admin.auth.admin.getUserById(userId).then(({ data, error }) => {
				if (error || !data.user.email) return null;
				const locale: unknown = data.user.user_metadata?.locale;
				return { email: data.user.email, locale: isLocale(locale) ? locale : 'de' };
			});
			known.set(userId, person);
		}
		return person;
	};
}

export const deadlineReminders: Job = {
	name: 'deadline-reminders',
	async run(context): Promise<JobReport> {
		const { admin, mailer } = context;
		const [obligations, calls] = await Promise.all([
			obligationReminders(admin, context),
			callReminders(admin, context)
		]);
		const person = people(admin);
		let sent = 0;
		let skipped = 0;
		for (const reminder of [...obligations, ...calls]) {
			const recipient = await person(reminder.recipient.userId);
			if (!recipient || !(await claim(admin, reminder))) {
				skipped++;
				continue;
			}
			try {
				await mailer.send(reminder.mail(recipient.email, recipient.locale));
				sent++;
			} catch (error) {
				// Give the claim back so the next run tries again, then let the run fail loudly.
				await release(admin, reminder);
				throw error;
			}
		}
		return { job: deadlineReminders.name, sent, skipped };
	}
};
