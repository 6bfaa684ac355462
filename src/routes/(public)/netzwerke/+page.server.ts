import { loadNetworkOverview } from '$lib/server/network-overview';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	return { overview: await loadNetworkOverview(locals.supabase, locals.locale) };
}) satisfies PageServerLoad;
