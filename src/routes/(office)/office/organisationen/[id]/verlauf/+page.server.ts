import { error } from '@sveltejs/kit';
import { entryHistory, findOrganisation } from '$lib/server/entry-revisions';
import { requireStaff } from '$lib/server/guards';
import { translate } from '$lib/server/i18n';
import { createServiceRoleClient } from '$lib/server/supabase';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireStaff(event);
	const { supabase, locale } = event.locals;
	const organisation = await findOrganisation(supabase, event.params.id);
	if (!organisation) error(404, { message: translate(locale, 'error.notFound') });
	// Accounts are not readable through the API; the office sees who changed what by address.
	const admin = createServiceRoleClient().auth.admin;
	const actorEmail = async (id: string) => (await admin.getUserById(id)).data.user?.email ?? null;
	return { organisation, history: await entryHistory(supabase, organisation.id, actorEmail) };
}) satisfies PageServerLoad;
