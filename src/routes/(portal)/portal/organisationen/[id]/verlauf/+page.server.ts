import { error } from '@sveltejs/kit';
import { entryHistory, findOrganisation } from '$lib/server/entry-revisions';
import { requireUser } from '$lib/server/guards';
import { translate } from '$lib/server/i18n';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireUser(event);
	const { supabase, locale } = event.locals;
	const organisation = await findOrganisation(supabase, event.params.id);
	// RLS shows the history of the user's own organisations only (and the office all of it).
	if (!organisation) error(404, { message: translate(locale, 'error.notFound') });
	return { organisation, history: await entryHistory(supabase, organisation.id) };
}) satisfies PageServerLoad;
