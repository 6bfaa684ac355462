/**
 * Deadlines in the reader's language: the instant as a date and time in Kassel ("29. Januar
 * 2027 um 12:00"), and the days left counted in Kassel's calendar ("morgen", "in 60 Tagen").
 */
const deadlineFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

export function formatDateTime(instant: string, locale: string): string {
	let format = deadlineFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			dateStyle: 'long',
			timeStyle: 'short',
			timeZone: 'Europe/Berlin'
		});
		deadlineFormats.set(locale, format);
	}
	return format.format(new Date(instant));
}

/** `days` from `daysUntil`: 0 today, 1 tomorrow, 60 in sixty days. */
export function formatDaysLeft(days: number, locale: string): string {
	let format = relativeFormats.get(locale);
	if (!format) {
		format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
		relativeFormats.set(locale, format);
	}
	return format.format(days, 'day');
}
