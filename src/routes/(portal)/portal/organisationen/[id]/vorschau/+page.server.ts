import { previewProfile } from '$lib/server/entry-preview';
import { workingCopyFor } from '$lib/server/entry-editing';
import { requireUser } from '$lib/server/guards';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireUser(event);
	const { organisation, revision } = await workingCopyFor(event);
	return {
		organisation,
		profile: await previewProfile(
			event.locals.supabase,
			organisation,
			revision.proposed,
			event.locals.locale
		)
	};
}) satisfies PageServerLoad;
