import { describe, expect, it } from 'vitest';
import {
	addDays,
	berlinDate,
	currentSlots,
	formatDateRange,
	formatTime,
	formatTimeRange,
	groupByWeekday,
	runsPastMidnight,
	upcomingExceptions,
	weekdayName,
	type HoursException,
	type WeeklySlot
} from './opening-hours';

const slot = (
	weekday: number,
	opens_at: string,
	closes_at: string,
	extra: Partial<WeeklySlot> = {}
) =>
	({
		weekday,
		opens_at,
		closes_at,
		appointment_only: false,
		description: null,
		valid_from: null,
		valid_to: null,
		...extra
	}) satisfies WeeklySlot;

const exception = (starts_on: string, ends_on: string): HoursException => ({
	starts_on,
	ends_on,
	closed: true,
	opens_at: null,
	closes_at: null,
	description: null
});

describe('groupByWeekday', () => {
	it('lists Monday to Sunday, several slots a day in opening order, empty days kept', () => {
		const days = groupByWeekday([
			slot(1, '13:30:00', '16:00:00'),
			slot(3, '14:00:00', '18:00:00', { appointment_only: true }),
			slot(1, '09:00:00', '12:30:00')
		]);
		expect(days.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(days[0]!.slots.map((s) => s.opens_at)).toEqual(['09:00:00', '13:30:00']);
		expect(days[1]!.slots).toEqual([]);
		expect(days[2]!.slots[0]!.appointment_only).toBe(true);
	});
});

describe('currentSlots', () => {
	it('keeps slots valid today, drops those of another season', () => {
		const always = slot(1, '09:00', '12:00');
		const summer = slot(1, '12:00', '14:00', { valid_from: '2026-06-01', valid_to: '2026-08-31' });
		const fromDecember = slot(2, '09:00', '12:00', { valid_from: '2026-12-01' });
		expect(currentSlots([always, summer, fromDecember], '2026-11-25')).toEqual([always]);
		expect(currentSlots([always, summer, fromDecember], '2026-07-01')).toEqual([always, summer]);
		expect(currentSlots([always, summer, fromDecember], '2026-12-01')).toEqual([
			always,
			fromDecember
		]);
	});
});

describe('runsPastMidnight', () => {
	it('is true when the slot closes at or before it opens', () => {
		expect(runsPastMidnight(slot(5, '22:00:00', '02:00:00'))).toBe(true);
		expect(runsPastMidnight(slot(5, '09:00:00', '17:00:00'))).toBe(false);
	});
});

describe('upcomingExceptions', () => {
	it('keeps exceptions touching the coming days, earliest first, including one already running', () => {
		const past = exception('2026-11-01', '2026-11-02');
		const running = exception('2026-11-20', '2026-11-26');
		const christmas = exception('2026-12-24', '2026-12-26');
		const easter = exception('2027-04-02', '2027-04-05');
		expect(upcomingExceptions([easter, christmas, past, running], '2026-11-25', 42)).toEqual([
			running,
			christmas
		]);
	});
});

describe('dates in Kassel', () => {
	it('takes today from Europe/Berlin, not from UTC', () => {
		// 23:30 UTC on 31 December is already New Year in Kassel.
		expect(berlinDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
		expect(berlinDate(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
		expect(berlinDate(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
	});

	it('adds days across months and years', () => {
		expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
	});
});

describe('formatting in the reader’s language', () => {
	it('names ISO weekdays', () => {
		expect(weekdayName(1, 'de')).toBe('Montag');
		expect(weekdayName(7, 'de')).toBe('Sonntag');
		expect(weekdayName(1, 'en')).toBe('Monday');
		expect(weekdayName(5, 'tr')).toBe('Cuma');
		expect(weekdayName(1, 'uk')).toBe('понеділок');
	});

	it('writes times and ranges as the locale does', () => {
		expect(formatTime('09:00:00', 'de')).toBe('09:00');
		expect(formatTimeRange('17:00:00', '20:00:00', 'de')).toBe('17:00–20:00');
		expect(formatTime('17:00:00', 'en')).toMatch(/^05:00\sPM$/);
	});

	it('writes single dates and date ranges', () => {
		expect(formatDateRange('2026-12-23', '2026-12-23', 'de')).toBe('23.12.2026');
		expect(formatDateRange('2026-12-24', '2026-12-26', 'de')).toMatch(/^24\.–26\.12\.2026$/);
	});
});
