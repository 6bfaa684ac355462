/**
 * Opening hours for display: weekly slots grouped by weekday, dated exceptions in the coming
 * weeks, times and weekdays in the reader's language. Whether a place is open *now* is the
 * database's answer (public.open_locations), not recomputed here.
 */

/** A weekly slot as stored: ISO weekday (1 = Monday), local times 'HH:MM[:SS]' in Europe/Berlin. */
export type WeeklySlot = {
	weekday: number;
	opens_at: string;
	closes_at: string;
	appointment_only: boolean;
	description: string | null;
	valid_from: string | null;
	valid_to: string | null;
};

/** Closed on these days, or open only at the special hours. Dates 'YYYY-MM-DD'. */
export type HoursException = {
	starts_on: string;
	ends_on: string;
	closed: boolean;
	opens_at: string | null;
	closes_at: string | null;
	description: string | null;
};

export type Weekday = { weekday: number; slots: WeeklySlot[] };

export const BERLIN = 'Europe/Berlin';
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Today's date in Kassel, whatever the server's time zone. */
export function berlinDate(now: Date): string {
	// en-CA formats dates as YYYY-MM-DD.
	return new Intl.DateTimeFormat('en-CA', { timeZone: BERLIN }).format(now);
}

export function addDays(date: string, days: number): string {
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCDate(day.getUTCDate() + days);
	return day.toISOString().slice(0, 10);
}

/** Slots that apply on `today` (a slot may be valid for a season only). */
export function currentSlots<T extends WeeklySlot>(slots: T[], today: string): T[] {
	return slots.filter(
		(slot) =>
			(slot.valid_from === null || slot.valid_from <= today) &&
			(slot.valid_to === null || slot.valid_to >= today)
	);
}

/** Monday to Sunday, each with its slots in the order they open; days without slots stay, empty. */
export function groupByWeekday<T extends WeeklySlot>(
	slots: T[]
): Array<{ weekday: number; slots: T[] }> {
	return ISO_WEEKDAYS.map((weekday) => ({
		weekday,
		slots: slots
			.filter((slot) => slot.weekday === weekday)
			.sort((a, b) => a.opens_at.localeCompare(b.opens_at))
	}));
}

/** A slot whose closing time is not after its opening time ends on the next day. */
export function runsPastMidnight(slot: Pick<WeeklySlot, 'opens_at' | 'closes_at'>): boolean {
	return slot.closes_at <= slot.opens_at;
}

/** Exceptions that touch the days from `today` to `today + days`, earliest first. */
export function upcomingExceptions<T extends HoursException>(
	exceptions: T[],
	today: string,
	days: number
): T[] {
	const last = addDays(today, days);
	return exceptions
		.filter((exception) => exception.ends_on >= today && exception.starts_on <= last)
		.sort((a, b) => a.starts_on.localeCompare(b.starts_on));
}

/** '09:00:00' as the reader writes times: 09:00, 9:00 AM, ٩:٠٠ ص … */
export function formatTime(time: string, locale: string): string {
	const [hours = 0, minutes = 0] = time.split(':').map(Number);
	return new Intl.DateTimeFormat(locale, {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(1970, 0, 1, hours, minutes)));
}

export function formatTimeRange(opens: string, closes: string, locale: string): string {
	return `${formatTime(opens, locale)}–${formatTime(closes, locale)}`;
}

/** The name of an ISO weekday (1 = Monday) in `locale`. */
export function weekdayName(weekday: number, locale: string): string {
	// 5 January 1970 was a Monday.
	return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(1970, 0, 4 + weekday))
	);
}

/** A date 'YYYY-MM-DD' (or a date range) as the reader writes dates. */
export function formatDateRange(from: string, to: string, locale: string): string {
	const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
	const start = new Date(`${from}T00:00:00Z`);
	return from === to
		? format.format(start)
		: format.formatRange(start, new Date(`${to}T00:00:00Z`));
}
