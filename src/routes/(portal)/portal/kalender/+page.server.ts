import { listMemberOrganisations } from '$lib/server/accounts';
import { createFeedAction, revokeFeedAction } from '$lib/server/calendar/feed-actions';
import { listFeeds } from '$lib/server/calendar/feed-tokens';
import { readFormData } from '$lib/server/form-data';
import { requireMember } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** An organisation's calendar feeds: its obligations and the deadlines of calls that fit it. */
export const load = (async (event) => {
	const { user } = await requireMember(event);
	const organisations = await listMemberOrganisations(event.locals.supabase, user.id);
	const withFeeds = await Promise.all(
		organisations.map(async (organisation) => ({
			id: organisation.id,
			name: organisation.name,
			feeds: await listFeeds(event.locals.supabase, {
				scope: 'organisation',
				organisationId: organisation.id
			})
		}))
	);
	return { organisations: withFeeds };
}) satisfies PageServerLoad;

/** The form names the organisation; only one the person belongs to (the policies agree). */
async function feedContext(event: RequestEvent) {
	const { roles } = await requireMember(event);
	const mine = new Set(roles.memberships.map((membership) => membership.organisationId));
	return {
		supabase: event.locals.supabase,
		locale: event.locals.locale,
		origin: event.url.origin,
		owner: (organisation: string | undefined) =>
			organisation && mine.has(organisation)
				? { scope: 'organisation' as const, organisationId: organisation }
				: null
	};
}

export const actions = {
	createFeed: async (event) =>
		createFeedAction(await readFormData(event), await feedContext(event)),
	revokeFeed: async (event) => revokeFeedAction(await readFormData(event), await feedContext(event))
} satisfies Actions;
