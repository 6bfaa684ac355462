import { error } from '@sveltejs/kit';
import { ICAL_HEADERS } from '$lib/server/calendar/ical';
import { loadTokenFeed, tokenFeedDocument } from '$lib/server/calendar/feeds';
import type { RequestHandler } from './$types';

/** A secret feed link: the token is the only credential; unknown or revoked ones are 404. */
export const GET = (async ({ params, locals, url }) => {
	const feed = await loadTokenFeed(locals.supabase, params.token);
	if (!feed) error(404, { message: 'Not found' });
	return new Response(tokenFeedDocument(feed, url.origin, new Date()), { headers: ICAL_HEADERS });
}) satisfies RequestHandler;
