/**
 * When an entry counts as due for confirmation. The office promises the public that what the
 * directory shows was confirmed within a year: a member is reminded a month before that (11
 * months), the office lists entries past it (12 months), and the reminder job writes once per
 * period of 12 months since the last confirmation.
 */

export const REMINDER_AFTER_MONTHS = 11;
export const STALE_AFTER_MONTHS = 12;

/** `date` moved back by whole calendar months (31 March − 1 month = 28/29 February). */
export function monthsBefore(date: Date, months: number): Date {
	const result = new Date(date);
	const day = result.getUTCDate();
	result.setUTCDate(1);
	result.setUTCMonth(result.getUTCMonth() - months);
	const lastDay = new Date(
		Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)
	).getUTCDate();
	result.setUTCDate(Math.min(day, lastDay));
	return result;
}

/** Never confirmed, or confirmed more than `months` ago. */
function olderThan(lastConfirmedAt: string | null, now: Date, months: number): boolean {
	if (!lastConfirmedAt) return true;
	return new Date(lastConfirmedAt) < monthsBefore(now, months);
}

/** The portal reminds the members: a month is left before the entry becomes stale. */
export const confirmationDue = (lastConfirmedAt: string | null, now: Date) =>
	olderThan(lastConfirmedAt, now, REMINDER_AFTER_MONTHS);

/** The office's stale-entries view: not confirmed for a year. */
export const isStale = (lastConfirmedAt: string | null, now: Date) =>
	olderThan(lastConfirmedAt, now, STALE_AFTER_MONTHS);

/**
 * The reminder period an entry is in: named by the confirmation it has aged from, so a new
 * confirmation starts a new period and one reminder is sent per period, however often the job runs.
 */
export const reminderPeriod = (lastConfirmedAt: string | null) =>
	lastConfirmedAt ? `since:${new Date(lastConfirmedAt).toISOString()}` : 'never-confirmed';
