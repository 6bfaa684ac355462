/**
 * What the iCal feeds show. A secret-token feed is read through `calendar_feed(token)`, a
 * security-definer function that checks the token and its owner's rights: calendar apps hold no
 * session, and the web server needs no service-role key for them. The public topic feed reads
 * published calls with the visitor's client.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import type { Database } from '$lib/database.types';
import { callUid, FEED_TOKEN_PATTERN, obligationUid } from '$lib/domain/calendar-feeds';
import { OBLIGATION_KINDS } from '$lib/domain/enums';
import { isLocale, type Locale } from '$lib/i18n/locales';
import { listOpenCalls, loadTopics } from '$lib/server/funding-calls';
import { translate } from '$lib/server/i18n';
import { icalDocument, type FeedEvent } from './ical';

type Client = SupabaseClient<Database>;

// The JSON calendar_feed returns, parsed once here.
const feedSchema = z.object({
	scope: z.enum(['person', 'organisation']),
	locale: z.string(),
	name: z.string().nullable(),
	obligations: z.array(
		z.object({
			id: z.uuid(),
			kind: z.enum(OBLIGATION_KINDS),
			due_on: z.iso.date(),
			application_id: z.uuid(),
			application: z.string(),
			organisation: z.string()
		})
	),
	calls: z.array(
		z.object({
			id: z.uuid(),
			title: z.string(),
			deadline_at: z.string(),
			link: z.string().nullable()
		})
	)
});

export type TokenFeed = z.infer<typeof feedSchema>;

/** The feed of a secret token; null for an unknown or revoked one (the route answers 404). */
export async function loadTokenFeed(supabase: Client, token: string): Promise<TokenFeed | null> {
	if (!FEED_TOKEN_PATTERN.test(token)) return null;
	const { data, error } = await supabase.rpc('calendar_feed', { token });
	if (error) throw new Error(`calendar feed: ${error.message}`);
	return data === null ? null : feedSchema.parse(data);
}

/** The iCal document of a token feed, in the language chosen when the link was made. */
export function tokenFeedDocument(feed: TokenFeed, appUrl: string, stamp: Date): string {
	const locale: Locale = isLocale(feed.locale) ? feed.locale : 'de';
	const name =
		feed.scope === 'person'
			? translate(locale, 'calendar.ical.person')
			: translate(locale, 'calendar.ical.organisation', { name: feed.name ?? '' });
	const events: FeedEvent[] = [
		...feed.obligations.map((obligation) => ({
			uid: obligationUid(obligation.id),
			summary: translate(locale, 'calendar.ical.obligation', {
				kind: translate(locale, `grants.obligation.${obligation.kind}`),
				application: obligation.application,
				organisation: obligation.organisation
			}),
			// Staff follow the link to the application; for members it opens the portal.
			url:
				feed.scope === 'person'
					? `${appUrl}/office/antraege/${obligation.application_id}`
					: `${appUrl}/portal`,
			day: obligation.due_on
		})),
		...feed.calls.map((call) => callEvent(call, locale, appUrl))
	];
	return icalDocument(name, events, stamp);
}

function callEvent(
	call: { id: string; title: string; deadline_at: string; link: string | null },
	locale: Locale,
	appUrl: string
): FeedEvent {
	return {
		uid: callUid(call.id),
		summary: translate(locale, 'calendar.ical.call', { title: call.title }),
		url: `${appUrl}/foerderaufrufe/${call.id}`,
		...(call.link ? { description: call.link } : {}),
		at: call.deadline_at
	};
}

/** The public feed of open calls on a topic; null for a topic that does not exist. */
export async function topicFeedDocument(
	supabase: Client,
	topic: string,
	locale: Locale,
	appUrl: string,
	now: Date
): Promise<string | null> {
	const topics = await loadTopics(supabase);
	const term = topics.find((candidate) => candidate.code === topic);
	if (!term) return null;
	const calls = await listOpenCalls(supabase, { topic }, now);
	const events = calls
		.filter((call) => call.deadlineAt !== null)
		.map((call) =>
			callEvent(
				{ id: call.id, title: call.title, deadline_at: call.deadlineAt!, link: call.link },
				locale,
				appUrl
			)
		);
	const label = locale === 'de' ? term.label_de : term.label_en;
	return icalDocument(translate(locale, 'calendar.ical.topic', { topic: label }), events, now);
}
