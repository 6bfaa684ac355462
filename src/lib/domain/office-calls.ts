import { fromDate } from '@internationalized/date';
import type { DeadlineType } from './funding-calls.ts';
import { addMonths, BERLIN, berlinDate, berlinInstant } from './grant-deadlines.ts';

/**
 * Funding calls as the office keeps them: published or not, when someone last checked them
 * against the funder's page, and the next round of a call that repeats every year.
 */

/** A call nobody has checked against its source for this long may have changed there. */
export const STALE_AFTER_DAYS = 90;

export type OfficeCallRow = {
	id: string;
	title: string;
	programme: string;
	funder: string;
	published: boolean;
	deadlineAt: string | null;
	deadlineType: DeadlineType;
	lastVerifiedAt: string | null;
	stale: boolean;
};

/** Whether a call is stale at `now`: never verified, or verified 90 or more days ago. */
export function isStale(lastVerifiedAt: string | null, now: Date): boolean {
	if (lastVerifiedAt === null) return true;
	return now.getTime() - Date.parse(lastVerifiedAt) >= STALE_AFTER_DAYS * 86_400_000;
}

/** The local time in Kassel of an instant, 'HH:MM'. */
export function berlinTime(instant: Date): string {
	const zoned = fromDate(instant, BERLIN);
	return `${String(zoned.hour).padStart(2, '0')}:${String(zoned.minute).padStart(2, '0')}`;
}

/**
 * The same instant a year later on Kassel's clock: "31 March 2026, 23:59" becomes "31 March
 * 2027, 23:59" whether either date is in summer or winter time; 29 February becomes 28 February.
 */
export function nextYearInstant(instant: string): string {
	const date = new Date(instant);
	return berlinInstant(addMonths(berlinDate(date), 12), berlinTime(date)).toISOString();
}

export type CallDates = {
	opens_at: string | null;
	deadline_at: string | null;
	decision_expected_on: string | null;
};

/** The dates of the next round: each a year later. */
export function nextRoundDates(call: CallDates): CallDates {
	return {
		opens_at: call.opens_at && nextYearInstant(call.opens_at),
		deadline_at: call.deadline_at && nextYearInstant(call.deadline_at),
		decision_expected_on: call.decision_expected_on && addMonths(call.decision_expected_on, 12)
	};
}
