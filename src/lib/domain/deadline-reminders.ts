import { parseDate } from '@internationalized/date';
import { berlinDate } from './grant-deadlines.ts';

/**
 * When a deadline reminder is due. Reminders go out 14, 7 and 1 days before a deadline, counted
 * in Kassel's calendar days. The job runs hourly but may miss runs (a server down for a day):
 * each reminder is due from its day until the next one takes over, so a late run still sends the
 * one that matters now, and a deadline recorded 3 days ahead still gets its 7-day reminder. The
 * claim row (deadline, days before, recipient) makes each go out once.
 */
export const REMINDER_DAYS = [14, 7, 1] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

/** Whole days from Kassel's today at `now` to the calendar date `deadlineOn` (YYYY-MM-DD). */
export function daysLeft(deadlineOn: string, now: Date): number {
	const today = parseDate(berlinDate(now));
	const deadline = parseDate(deadlineOn);
	const utc = (date: typeof today) => Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
	return utc(deadline) - utc(today);
}

/**
 * The reminder due at `now` for a deadline on `deadlineOn`: 14 from 14 days before until 8, 7
 * from 7 until 2, 1 on the day before and the day itself; null outside, and once it has passed.
 */
export function dueReminder(deadlineOn: string, now: Date): ReminderDays | null {
	const left = daysLeft(deadlineOn, now);
	if (left < 0) return null;
	return REMINDER_DAYS.findLast((days) => left <= days) ?? null;
}

/** The calendar date (Kassel) of a deadline instant, e.g. a call's 31 March 23:59. */
export const deadlineDay = (deadlineAt: string | Date): string => berlinDate(new Date(deadlineAt));

/** The window of due dates a run looks at: today up to 14 days ahead, in Kassel. */
export function reminderWindow(now: Date): { from: string; to: string } {
	const today = parseDate(berlinDate(now));
	return { from: today.toString(), to: today.add({ days: REMINDER_DAYS[0] }).toString() };
}
