import { fail } from '@sveltejs/kit';
import { memberInviteSchema } from '$lib/domain/auth-forms';
import { parseForm } from '$lib/domain/forms';
import { listMemberOrganisations } from '$lib/server/accounts';
import { keepingInput, loadUnlessUnavailable } from '$lib/server/backend';
import { readFormData } from '$lib/server/form-data';
import { requireMember } from '$lib/server/guards';
import { answerInvitation, inviteMember } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) =>
	loadUnlessUnavailable(
		event,
		async () => {
			const { user } = await requireMember(event);
			return {
				organisations: await listMemberOrganisations(event.locals.supabase, user.id),
				invited: event.url.searchParams.has('invited'),
				unavailable: false
			};
		},
		{ organisations: [], invited: false, unavailable: true }
	)) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const formData = await readFormData(event);
		return keepingInput(formData, {}, async () => {
			const { roles } = await requireMember(event);
			const parsed = parseForm(memberInviteSchema, formData);
			if (!parsed.ok) return fail(400, parsed);
			const inviter = { roles, supabase: event.locals.supabase, locale: event.locals.locale };
			const outcome = await inviteMember(inviter, parsed.data, event.url.origin);
			return answerInvitation(outcome, formData, '/portal', {});
		});
	}
} satisfies Actions;
