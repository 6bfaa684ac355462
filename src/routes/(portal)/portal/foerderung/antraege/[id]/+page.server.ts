import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { requireMember } from '$lib/server/guards';
import { loadMemberApplication } from '$lib/server/portal-grants';
import type { PageServerLoad } from './$types';

const applicationId = z.uuid();

export const load = (async (event) => {
	const { roles } = await requireMember(event);
	const id = applicationId.safeParse(event.params.id);
	const application = id.success
		? await loadMemberApplication(
				event.locals.supabase,
				id.data,
				roles.memberships.map((membership) => membership.organisationId)
			)
		: null;
	// Another organisation's application and one that does not exist look alike.
	if (!application) error(404, { message: 'Not found' });
	return { application, now: new Date().toISOString() };
}) satisfies PageServerLoad;
