import { APPLICANT_KINDS } from '$lib/domain/funding-calls';
import { parseFundingCallQuery } from '$lib/domain/funding-call-query-schema';
import { listOpenCalls, loadTopics } from '$lib/server/funding-calls';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const { query, errors } = parseFundingCallQuery(url.searchParams);
	// One instant for the whole page: what is open and how many days are left agree.
	const now = new Date();
	const [calls, topics] = await Promise.all([
		listOpenCalls(locals.supabase, query, now),
		loadTopics(locals.supabase)
	]);
	return { query, errors, calls, topics, applicantKinds: APPLICANT_KINDS, now: now.toISOString() };
}) satisfies PageServerLoad;
