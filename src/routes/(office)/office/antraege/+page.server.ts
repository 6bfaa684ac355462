import { parseApplicationListQuery } from '$lib/domain/application-list-schema';
import { listApplications, loadFilterOptions } from '$lib/server/application-list';
import { requireStaff } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { user } = await requireStaff(event);
	const query = parseApplicationListQuery(event.url.searchParams);
	const [page, options] = await Promise.all([
		listApplications(event.locals.supabase, query, user.id),
		loadFilterOptions(event.locals.supabase)
	]);
	return { query, page, options };
}) satisfies PageServerLoad;
