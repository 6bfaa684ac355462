import { parseFundingCallQuery } from '$lib/domain/funding-call-query-schema';
import { listOpenCalls } from '$lib/server/funding-calls';
import { requireMember } from '$lib/server/guards';
import { loadPortalFunding } from '$lib/server/portal-grants';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { roles } = await requireMember(event);
	// The amount the member needs is the list's own filter: the same URL parameter and message.
	const { query, errors } = parseFundingCallQuery(event.url.searchParams);
	const now = new Date();
	const openCalls = await listOpenCalls(event.locals.supabase, {}, now);
	const organisations = await loadPortalFunding(
		event.locals.supabase,
		roles.memberships.map((membership) => membership.organisationId),
		openCalls,
		query.amount === undefined ? undefined : query.amount * 100
	);
	return {
		organisations,
		amount: query.amount ?? null,
		amountError: errors.amount ?? null,
		now: now.toISOString()
	};
}) satisfies PageServerLoad;
