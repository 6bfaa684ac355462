import { error } from '@sveltejs/kit';
import { ICAL_HEADERS } from '$lib/server/calendar/ical';
import { topicFeedDocument } from '$lib/server/calendar/feeds';
import type { RequestHandler } from './$types';

const TOPIC = /^[a-z0-9_]{1,40}$/;

/** Open funding calls on a topic, for anyone's calendar; in the language the visitor asked for. */
export const GET = (async ({ params, locals, url }) => {
	const document = TOPIC.test(params.topic)
		? await topicFeedDocument(locals.supabase, params.topic, locals.locale, url.origin, new Date())
		: null;
	if (document === null) error(404, { message: 'Not found' });
	return new Response(document, {
		headers: { ...ICAL_HEADERS, 'cache-control': 'public, max-age=3600' }
	});
}) satisfies RequestHandler;
