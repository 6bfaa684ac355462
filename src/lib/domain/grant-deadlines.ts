import {
	CalendarDate,
	fromDate,
	parseDate,
	parseTime,
	toCalendarDate,
	toCalendarDateTime,
	toZoned
} from '@internationalized/date';
import type { Database } from '$lib/database.types';

/**
 * What an approved grant owes and by when, after German grant law (ANBest-P defaults, a
 * programme may set others): due dates are calendar dates in Europe/Berlin, as 'YYYY-MM-DD'.
 * The database derives the same obligations on approval (private.derive_obligations);
 * tests/integration/grants/obligations.test.ts holds the two together.
 */

export const BERLIN = 'Europe/Berlin';

export type ObligationKind = Database['public']['Enums']['obligation_kind'];
export type InterimReportRule = Database['public']['Enums']['interim_report_rule'];

export type DeadlineRules = {
	/** Money called must be spent within this many weeks of the payout (Mittelabruf). */
	mittelabrufWindowWeeks: number;
	interimReportRule: InterimReportRule;
	/** Zwischennachweis due this many months after a budget year (or half) ends. */
	interimReportMonths: number;
	/** Verwendungsnachweis due this many months after the Bewilligungszeitraum ends. */
	finalReportMonths: number;
	/** Receipts kept this many years after the Verwendungsnachweis. */
	receiptsRetentionYears: number;
};

/** ANBest-P: six weeks, yearly by 30 April, six months after the end, five years. */
export const DEFAULT_DEADLINE_RULES: Readonly<DeadlineRules> = {
	mittelabrufWindowWeeks: 6,
	interimReportRule: 'yearly',
	interimReportMonths: 4,
	finalReportMonths: 6,
	receiptsRetentionYears: 5
};

export type DerivedObligation = {
	kind: ObligationKind;
	dueOn: string;
	/** The part of the project the obligation is about: a budget year (or half), or all of it. */
	coversFrom: string;
	coversTo: string;
};

/**
 * A date plus whole months as §188 BGB counts a period: the same day of the later month, or
 * that month's last day when it is shorter (31 August + 6 months = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
	return parseDate(date).add({ months }).toString();
}

function earlier(a: CalendarDate, b: CalendarDate): CalendarDate {
	return a.compare(b) <= 0 ? a : b;
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
	return a.compare(b) >= 0 ? a : b;
}

/** The last day of the month `month` (1–12) of `year`. */
function monthEnd(year: number, month: number): CalendarDate {
	const first = new CalendarDate(year, month, 1);
	return first.set({ day: first.calendar.getDaysInMonth(first) });
}

/**
 * The obligations of a grant for the Bewilligungszeitraum `periodStart`–`periodEnd`:
 * - Mittelabruf: each budget year's money called by the year's end (or the period's end);
 * - Zwischennachweis: for each budget year (or half year) that ends while the project still
 *   runs, due N months after it (31 December + 4 months = 30 April);
 * - Verwendungsnachweis: N months after the period ends;
 * - receipts: kept N years after the Verwendungsnachweis (its due date until it is submitted).
 */
export function deriveObligations(
	periodStart: string,
	periodEnd: string,
	rules: DeadlineRules = DEFAULT_DEADLINE_RULES
): DerivedObligation[] {
	const start = parseDate(periodStart);
	const end = parseDate(periodEnd);
	if (end.compare(start) < 0) throw new RangeError(`period ends before it starts: ${periodStart}`);
	const obligations: DerivedObligation[] = [];

	for (let year = start.year; year <= end.year; year++) {
		const due = earlier(monthEnd(year, 12), end);
		obligations.push({
			kind: 'mittelabruf',
			dueOn: due.toString(),
			coversFrom: later(start, new CalendarDate(year, 1, 1)).toString(),
			coversTo: due.toString()
		});
	}

	const closingMonths =
		rules.interimReportRule === 'yearly'
			? [12]
			: rules.interimReportRule === 'half_yearly'
				? [6, 12]
				: [];
	const span = rules.interimReportRule === 'half_yearly' ? 6 : 12;
	for (let year = start.year; year <= end.year; year++) {
		for (const month of closingMonths) {
			const closing = monthEnd(year, month);
			if (closing.compare(start) < 0 || closing.compare(end) >= 0) continue;
			obligations.push({
				kind: 'zwischennachweis',
				dueOn: closing.add({ months: rules.interimReportMonths }).toString(),
				coversFrom: later(start, new CalendarDate(year, month - span + 1, 1)).toString(),
				coversTo: closing.toString()
			});
		}
	}

	const finalReportDue = end.add({ months: rules.finalReportMonths });
	obligations.push({
		kind: 'verwendungsnachweis',
		dueOn: finalReportDue.toString(),
		coversFrom: start.toString(),
		coversTo: end.toString()
	});
	obligations.push({
		kind: 'receipts_retention',
		dueOn: receiptsKeptUntil(finalReportDue.toString(), rules.receiptsRetentionYears),
		coversFrom: start.toString(),
		coversTo: end.toString()
	});
	return obligations;
}

/** Receipts are kept `years` after the Verwendungsnachweis was submitted (29 February → 28th). */
export function receiptsKeptUntil(finalReportSubmittedOn: string, years: number): string {
	return addMonths(finalReportSubmittedOn, 12 * years);
}

/** The last day a payout may be spent on: the Mittelabruf window after the day it was paid. */
export function spendBy(paidOn: string, windowWeeks: number): string {
	return parseDate(paidOn).add({ weeks: windowWeeks }).toString();
}

/** The calendar date in Kassel at an instant, whatever the server's or browser's time zone. */
export function berlinDate(instant: Date): string {
	return toCalendarDate(fromDate(instant, BERLIN)).toString();
}

/**
 * The instant of a local date and time in Kassel ("31 March, 23:59"): +01:00 in winter, +02:00
 * in summer. A time the clocks skip in spring is taken as the time after the switch.
 */
export function berlinInstant(date: string, time = '23:59'): Date {
	return toZoned(toCalendarDateTime(parseDate(date), parseTime(time)), BERLIN).toDate();
}

/**
 * Whole calendar days in Kassel from `now` to `deadline`: 0 on the deadline's day, negative
 * after it. Counted in dates, not 24-hour spans, so a clock change does not shift it.
 */
export function daysUntil(deadline: Date, now: Date): number {
	const utcDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
	return utcDay(berlinDate(deadline)) - utcDay(berlinDate(now));
}

/** Whether an obligation due on `dueOn` is past at `now` (the whole due day counts). */
export function isOverdue(dueOn: string, now: Date): boolean {
	return parseDate(dueOn).compare(parseDate(berlinDate(now))) < 0;
}
