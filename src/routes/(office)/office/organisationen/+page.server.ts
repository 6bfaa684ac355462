import { parseDeskQuery } from '$lib/domain/office-organisations-schema';
import { requireStaff } from '$lib/server/guards';
import { listDeskOrganisations, listNetworks } from '$lib/server/office-desk';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireStaff(event);
	const query = parseDeskQuery(event.url.searchParams);
	const [page, networks] = await Promise.all([
		listDeskOrganisations(event.locals.supabase, query),
		listNetworks(event.locals.supabase)
	]);
	return { query, networks, ...page };
}) satisfies PageServerLoad;
