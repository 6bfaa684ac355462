import { CalendarDate, getDayOfWeek, parseDate } from '@internationalized/date';
import type { ObligationKind } from './grant-deadlines.ts';

/**
 * The office's deadline calendar: call deadlines and obligations on Kassel calendar days, in a
 * month grid (weeks Monday to Sunday) or a list. Pure shapes and date arithmetic; the page
 * renders them and the server fills them.
 */

export type CalendarView = 'month' | 'list';

export type CalendarQuery = {
	view: CalendarView;
	/** The month shown, 'YYYY-MM'. */
	month: string;
	organisation?: string;
	staff?: string;
};

export type CalendarEntry =
	| {
			kind: 'obligation';
			id: string;
			day: string;
			obligation: ObligationKind;
			applicationId: string;
			application: string;
			organisation: string;
			done: boolean;
	  }
	| {
			kind: 'call';
			id: string;
			day: string;
			/** The deadline instant (ISO), shown with its time in Kassel. */
			deadlineAt: string;
			title: string;
			published: boolean;
	  };

export type CalendarDay = { date: string; inMonth: boolean; entries: CalendarEntry[] };

/** The first and last day of a 'YYYY-MM' month. */
export function monthRange(month: string): { first: string; last: string } {
	const first = parseDate(`${month}-01`);
	const last = first.set({ day: first.calendar.getDaysInMonth(first) });
	return { first: first.toString(), last: last.toString() };
}

/** The month before or after 'YYYY-MM'. */
export function shiftMonth(month: string, by: number): string {
	return parseDate(`${month}-01`).add({ months: by }).toString().slice(0, 7);
}

/**
 * The weeks of a month, Monday first (German weeks, also in the grid of other languages: the
 * office works in Kassel), padded with the neighbouring months' days; each day with its entries.
 */
export function monthWeeks(month: string, entries: CalendarEntry[]): CalendarDay[][] {
	const { first, last } = monthRange(month);
	const byDay = groupByDay(entries);
	const start = parseDate(first);
	// getDayOfWeek with a German locale: 0 is Monday.
	let day: CalendarDate = start.subtract({ days: getDayOfWeek(start, 'de-DE') });
	const end = parseDate(last);
	const weeks: CalendarDay[][] = [];
	while (day.compare(end) <= 0) {
		const week: CalendarDay[] = [];
		for (let i = 0; i < 7; i++) {
			const date = day.toString();
			week.push({ date, inMonth: date.slice(0, 7) === month, entries: byDay.get(date) ?? [] });
			day = day.add({ days: 1 });
		}
		weeks.push(week);
	}
	return weeks;
}

/** Entries grouped by day, days in order: the list view. */
export function listDays(entries: CalendarEntry[]): CalendarDay[] {
	return [...groupByDay(entries)]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([date, dayEntries]) => ({ date, inMonth: true, entries: dayEntries }));
}

function groupByDay(entries: CalendarEntry[]): Map<string, CalendarEntry[]> {
	const byDay = new Map<string, CalendarEntry[]>();
	for (const entry of entries) {
		const list = byDay.get(entry.day) ?? [];
		list.push(entry);
		byDay.set(entry.day, list);
	}
	return byDay;
}

/** The calendar's URL for a query, dropping what is default. */
export function calendarHref(query: CalendarQuery): string {
	const params = new URLSearchParams();
	if (query.view !== 'month') params.set('view', query.view);
	params.set('month', query.month);
	if (query.organisation) params.set('organisation', query.organisation);
	if (query.staff) params.set('staff', query.staff);
	return `/office/kalender?${params}`;
}
