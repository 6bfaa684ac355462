import { requireStaff } from '$lib/server/guards';
import { listStaleEntries } from '$lib/server/stale-entries';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireStaff(event);
	return { entries: await listStaleEntries(event.locals.supabase) };
}) satisfies PageServerLoad;
