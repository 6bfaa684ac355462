import { describe, expect, it } from 'vitest';
import {
	calendarHref,
	listDays,
	monthRange,
	monthWeeks,
	shiftMonth,
	type CalendarEntry
} from './deadline-calendar';
import { parseCalendarQuery } from './deadline-calendar-schema';

const call = (id: string, day: string): CalendarEntry => ({
	kind: 'call',
	id,
	day,
	deadlineAt: `${day}T21:59:00Z`,
	title: id,
	published: true
});

describe('the month grid', () => {
	it('runs Monday to Sunday and pads with the neighbouring months', () => {
		// February 2027 starts on a Monday and has exactly four weeks.
		const february = monthWeeks('2027-02', []);
		expect(february).toHaveLength(4);
		expect(february[0]![0]!.date).toBe('2027-02-01');
		expect(february[3]![6]!.date).toBe('2027-02-28');
		// March 2026 starts on a Sunday: six rows, the first six days from February.
		const march = monthWeeks('2026-03', []);
		expect(march).toHaveLength(6);
		expect(march[0]!.map((day) => day.inMonth)).toEqual([...Array(6).fill(false), true]);
		expect(march[0]![0]!.date).toBe('2026-02-23');
		expect(march[5]![1]!.date).toBe('2026-03-31');
	});

	it('puts each entry on its day', () => {
		const weeks = monthWeeks('2026-03', [call('a', '2026-03-29'), call('b', '2026-03-29')]);
		const day = weeks.flat().find((d) => d.date === '2026-03-29')!;
		expect(day.entries.map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('knows month lengths, leap years and the turn of the year', () => {
		expect(monthRange('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
		expect(monthRange('2027-02').last).toBe('2027-02-28');
		expect(shiftMonth('2026-12', 1)).toBe('2027-01');
		expect(shiftMonth('2026-01', -1)).toBe('2025-12');
	});
});

describe('the list', () => {
	it('groups by day in date order', () => {
		const days = listDays([call('late', '2026-03-31'), call('early', '2026-03-02')]);
		expect(days.map((d) => d.date)).toEqual(['2026-03-02', '2026-03-31']);
	});
});

describe('the URL', () => {
	const now = new Date('2026-12-31T23:30:00Z');

	it('defaults to this month in Kassel', () => {
		expect(parseCalendarQuery(new URLSearchParams(), now)).toEqual({
			view: 'month',
			month: '2027-01'
		});
	});

	it('drops invalid values and keeps valid ones', () => {
		const id = '6f1c0d4e-8a4b-4c1e-9f0e-2b7d3c4a5e6f';
		const query = parseCalendarQuery(
			new URLSearchParams({ view: 'table', month: '2026-13', organisation: id, staff: 'x' }),
			now
		);
		expect(query).toEqual({ view: 'month', month: '2027-01', organisation: id });
		expect(calendarHref({ ...query, view: 'list' })).toBe(
			`/office/kalender?view=list&month=2027-01&organisation=${id}`
		);
	});
});
