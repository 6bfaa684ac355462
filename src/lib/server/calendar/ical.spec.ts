import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icalDocument } from './ical';

/** Events as an independent parser reads them, with the feed's own VTIMEZONE registered. */
function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('icalDocument', () => {
	const stamp = new Date('2026-11-30T12:00:00Z');
	const text = icalDocument(
		'Fristen',
		[
			{ uid: 'call-summer@buendnisatlas', summary: 'Sommer', at: '2026-03-31T21:59:00Z' },
			{
				uid: 'call-winter@buendnisatlas',
				summary: 'Winter, mit; Sonderzeichen',
				at: '2026-12-31T22:59:00Z'
			},
			{ uid: 'obligation-1@buendnisatlas', summary: 'Verwendungsnachweis', day: '2027-02-28' }
		],
		stamp
	);

	it('writes call deadlines in Berlin time with a VTIMEZONE that gets the instant right', () => {
		expect(text).toContain('DTSTART;TZID=Europe/Berlin:20260331T235900');
		expect(text).toContain('DTSTART;TZID=Europe/Berlin:20261231T235900');
		expect(text).toContain('BEGIN:VTIMEZONE');
		const [summer, winter] = parse(text);
		expect(summer!.startDate.toJSDate().toISOString()).toBe('2026-03-31T21:59:00.000Z');
		expect(winter!.startDate.toJSDate().toISOString()).toBe('2026-12-31T22:59:00.000Z');
		expect(winter!.summary).toBe('Winter, mit; Sonderzeichen');
	});

	it('writes obligations as all-day events with stable UIDs and a UTC stamp', () => {
		const obligation = parse(text)[2]!;
		expect(obligation.startDate.isDate).toBe(true);
		expect(obligation.startDate.toString()).toBe('2027-02-28');
		expect(obligation.uid).toBe('obligation-1@buendnisatlas');
		expect(text).toContain('DTSTAMP:20261130T120000Z');
	});
});
