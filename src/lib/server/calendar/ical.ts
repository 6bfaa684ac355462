/**
 * iCal documents (RFC 5545) that Outlook and Google Calendar accept. Obligations are due on a
 * calendar day: all-day events. Call deadlines are instants: timed events in Europe/Berlin with a
 * TZID and the zone's VTIMEZONE. UIDs name the record, so an updated feed replaces the event.
 */
import { ICalCalendar } from 'ical-generator';
import { fromDate } from '@internationalized/date';
import { BERLIN } from '$lib/domain/grant-deadlines';

/**
 * Europe/Berlin since 1996 (EU summer time: last Sunday of March 02:00 → 03:00, last Sunday of
 * October 03:00 → 02:00), as Outlook and the IANA-derived zone files write it.
 */
export const BERLIN_VTIMEZONE = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Berlin',
	'X-LIC-LOCATION:Europe/Berlin',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE'
].join('\r\n');

export type FeedEvent =
	| { uid: string; summary: string; description?: string; url?: string; day: string }
	| { uid: string; summary: string; description?: string; url?: string; at: string };

/**
 * ical-generator writes a native Date with a TZID from the Date's local fields. This Date's local
 * fields are the wall-clock time in Berlin, whatever the server's zone (a server zone whose own
 * clock change falls on that very hour would be off by it; deadlines sit at day ends).
 */
function berlinWallClock(instant: string): Date {
	const zoned = fromDate(new Date(instant), BERLIN);
	return new Date(zoned.year, zoned.month - 1, zoned.day, zoned.hour, zoned.minute, zoned.second);
}

/** An all-day date: with no time zone, ical-generator writes a Date's UTC fields. */
function calendarDay(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

export function icalDocument(name: string, events: FeedEvent[], stamp: Date): string {
	const calendar = new ICalCalendar({
		name,
		prodId: { company: 'Buendnisatlas', product: 'Fristen', language: 'DE' },
		// An hour: calendar apps poll no more often than they are told to.
		ttl: 60 * 60,
		// No calendar-wide zone (DTSTAMP stays UTC); the generator writes Berlin's VTIMEZONE for
		// the timed events that name it.
		timezone: { name: null, generator: (zone) => (zone === BERLIN ? BERLIN_VTIMEZONE : null) },
		x: [['X-WR-TIMEZONE', BERLIN]]
	});
	for (const event of events) {
		const common = {
			id: event.uid,
			summary: event.summary,
			description: event.description ?? null,
			url: event.url ?? null,
			stamp
		};
		if ('day' in event)
			calendar.createEvent({ ...common, start: calendarDay(event.day), allDay: true });
		else calendar.createEvent({ ...common, start: berlinWallClock(event.at), timezone: BERLIN });
	}
	return calendar.toString();
}

export const ICAL_HEADERS = {
	'content-type': 'text/calendar; charset=utf-8',
	// A secret URL: nothing in between keeps a copy.
	'cache-control': 'private, no-store'
} as const;
