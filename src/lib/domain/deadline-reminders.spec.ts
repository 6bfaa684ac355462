import { describe, expect, it } from 'vitest';
import { daysLeft, deadlineDay, dueReminder, reminderWindow } from './deadline-reminders';

const at = (iso: string) => new Date(iso);

describe('dueReminder', () => {
	it('is due 14, 7 and 1 days before, and catches up a missed day', () => {
		const due = '2026-06-30';
		expect(dueReminder(due, at('2026-06-15T10:00:00Z'))).toBeNull();
		expect(dueReminder(due, at('2026-06-16T10:00:00Z'))).toBe(14);
		expect(dueReminder(due, at('2026-06-22T10:00:00Z'))).toBe(14);
		expect(dueReminder(due, at('2026-06-23T10:00:00Z'))).toBe(7);
		expect(dueReminder(due, at('2026-06-28T10:00:00Z'))).toBe(7);
		expect(dueReminder(due, at('2026-06-29T10:00:00Z'))).toBe(1);
		expect(dueReminder(due, at('2026-06-30T10:00:00Z'))).toBe(1);
		expect(dueReminder(due, at('2026-07-01T10:00:00Z'))).toBeNull();
	});

	it('counts Kassel calendar days: just after midnight in Berlin is already the next day', () => {
		// 22:30 UTC on 15 June is 00:30 on 16 June in Berlin (summer time, +02:00).
		expect(dueReminder('2026-06-30', at('2026-06-15T21:59:00Z'))).toBeNull();
		expect(dueReminder('2026-06-30', at('2026-06-15T22:30:00Z'))).toBe(14);
		// In winter Berlin is +01:00: 23:30 UTC on 15 December is 00:30 on 16 December.
		expect(dueReminder('2026-12-30', at('2026-12-15T22:59:00Z'))).toBeNull();
		expect(dueReminder('2026-12-30', at('2026-12-15T23:30:00Z'))).toBe(14);
	});

	it('is not shifted by the clock change in spring or autumn', () => {
		// 29 March 2026: clocks go forward; the day has 23 hours.
		expect(daysLeft('2026-03-30', at('2026-03-29T00:30:00Z'))).toBe(1);
		expect(dueReminder('2026-04-05', at('2026-03-29T22:30:00Z'))).toBe(7);
		// 25 October 2026: clocks go back; the day has 25 hours.
		expect(daysLeft('2026-10-26', at('2026-10-25T22:59:00Z'))).toBe(1);
		expect(daysLeft('2026-10-26', at('2026-10-25T23:00:00Z'))).toBe(0);
		expect(dueReminder('2026-11-08', at('2026-10-25T12:00:00Z'))).toBe(14);
	});

	it('counts across month ends, February of a leap year and New Year', () => {
		expect(daysLeft('2028-03-01', at('2028-02-28T12:00:00Z'))).toBe(2);
		expect(daysLeft('2027-03-01', at('2027-02-28T12:00:00Z'))).toBe(1);
		expect(dueReminder('2027-01-07', at('2026-12-31T12:00:00Z'))).toBe(7);
		expect(dueReminder('2027-01-01', at('2026-12-31T22:59:59Z'))).toBe(1);
	});
});

describe('deadlineDay', () => {
	it('takes the Berlin date of a call deadline instant', () => {
		// 23:59 on 31 March in Berlin (summer time) is 21:59 UTC.
		expect(deadlineDay('2026-03-31T21:59:00Z')).toBe('2026-03-31');
		// 00:30 on 1 January in Berlin is still 31 December in UTC.
		expect(deadlineDay('2026-12-31T23:30:00Z')).toBe('2027-01-01');
	});
});

describe('reminderWindow', () => {
	it('runs from Kassel today to 14 days ahead, across a month end', () => {
		expect(reminderWindow(at('2026-02-20T23:30:00Z'))).toEqual({
			from: '2026-02-21',
			to: '2026-03-07'
		});
	});
});
