import { fail, redirect } from '@sveltejs/kit';
import { memberInviteSchema } from '$lib/domain/auth-forms';
import { formFailure, parseForm } from '$lib/domain/forms';
import { listMemberOrganisations } from '$lib/server/accounts';
import { requireMember } from '$lib/server/guards';
import { inviteMember } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { user } = await requireMember(event);
	return {
		organisations: await listMemberOrganisations(event.locals.supabase, user.id),
		invited: event.url.searchParams.has('invited')
	};
}) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const { user } = await requireMember(event);
		const formData = await event.request.formData();
		const parsed = parseForm(memberInviteSchema, formData);
		if (!parsed.ok) return fail(400, parsed);
		const outcome = await inviteMember(
			{ supabase: event.locals.supabase, userId: user.id, locale: event.locals.locale },
			parsed.data,
			event.url.origin
		);
		if (outcome === 'forbidden')
			return fail(403, formFailure(formData, { form: 'invite.forbidden' }));
		if (outcome === 'failed') return fail(500, formFailure(formData, { form: 'invite.failed' }));
		redirect(303, '/portal?invited');
	}
} satisfies Actions;
