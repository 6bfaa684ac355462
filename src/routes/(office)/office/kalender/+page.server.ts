import { parseCalendarQuery } from '$lib/domain/deadline-calendar-schema';
import { loadCalendarEntries, loadCalendarFilters } from '$lib/server/calendar/deadline-calendar';
import { createFeedAction, revokeFeedAction } from '$lib/server/calendar/feed-actions';
import { listFeeds } from '$lib/server/calendar/feed-tokens';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async (event) => {
	const { user } = await requireStaff(event);
	const query = parseCalendarQuery(event.url.searchParams, new Date());
	const [entries, filters, feeds] = await Promise.all([
		loadCalendarEntries(event.locals.supabase, query),
		loadCalendarFilters(event.locals.supabase),
		listFeeds(event.locals.supabase, { scope: 'person', userId: user.id })
	]);
	return { query, entries, filters, feeds };
}) satisfies PageServerLoad;

/** A staff member manages their own feed only: the form names no owner. */
async function feedContext(event: RequestEvent) {
	const { user } = await requireStaff(event);
	return {
		supabase: event.locals.supabase,
		locale: event.locals.locale,
		origin: event.url.origin,
		owner: () => ({ scope: 'person' as const, userId: user.id })
	};
}

export const actions = {
	createFeed: async (event) =>
		createFeedAction(await readFormData(event), await feedContext(event)),
	revokeFeed: async (event) => revokeFeedAction(await readFormData(event), await feedContext(event))
} satisfies Actions;
