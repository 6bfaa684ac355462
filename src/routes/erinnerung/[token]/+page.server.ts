import { redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { archiveByReminderLink, openReminderLink } from '$lib/server/jobs/reminder-links';
import { linkSecretFrom } from '$lib/server/jobs/signed-links';
import { createServiceRoleClient } from '$lib/server/supabase';
import type { Actions, PageServerLoad } from './$types';

// The token is the whole authority: keep it out of other sites' logs and out of caches.
const noLeaks = { 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };

export const load = (async ({ params, setHeaders }) => {
	setHeaders(noLeaks);
	const outcome = await openReminderLink(
		createServiceRoleClient(),
		params.token,
		linkSecretFrom(env),
		new Date()
	);
	if (outcome.kind === 'edit') redirect(303, `/portal/organisationen/${outcome.organisationId}`);
	return { outcome };
}) satisfies PageServerLoad;

export const actions = {
	inactive: async ({ params }) => ({
		outcome: await archiveByReminderLink(
			createServiceRoleClient(),
			params.token,
			linkSecretFrom(env),
			new Date()
		)
	})
} satisfies Actions;
