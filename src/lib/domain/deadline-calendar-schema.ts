import { z } from 'zod';
import { berlinDate } from './grant-deadlines.ts';
import type { CalendarQuery } from './deadline-calendar.ts';

/**
 * The calendar's URL parameters (server only). An invalid value falls back to its default
 * (this month, the month view, no filter) rather than failing the page: a stale bookmark still
 * opens the calendar.
 */
const schema = z.object({
	view: z.enum(['month', 'list']).catch('month'),
	month: z
		.string()
		.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/)
		.optional()
		.catch(undefined),
	organisation: z.uuid().optional().catch(undefined),
	staff: z.uuid().optional().catch(undefined)
});

export function parseCalendarQuery(params: URLSearchParams, now: Date): CalendarQuery {
	const input = Object.fromEntries(
		['view', 'month', 'organisation', 'staff'].flatMap((key) => {
			const value = params.get(key)?.trim();
			return value ? [[key, value]] : [];
		})
	);
	const parsed = schema.parse(input);
	return {
		view: parsed.view,
		month: parsed.month ?? berlinDate(now).slice(0, 7),
		...(parsed.organisation ? { organisation: parsed.organisation } : {}),
		...(parsed.staff ? { staff: parsed.staff } : {})
	};
}
