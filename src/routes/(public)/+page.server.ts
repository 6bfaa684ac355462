import { listPublishedOrganisations } from '$lib/server/organisations';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	return await listPublishedOrganisations(locals.supabase);
}) satisfies PageServerLoad;
