import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { memberInviteSchema } from '$lib/domain/auth-forms';
import { parseForm } from '$lib/domain/forms';
import { organisationActionSchema } from '$lib/domain/portal-forms';
import { listMemberOrganisations } from '$lib/server/accounts';
import { keepingInput, loadUnlessUnavailable } from '$lib/server/backend';
import { readFormData } from '$lib/server/form-data';
import { requireMember } from '$lib/server/guards';
import { answerInvitation, inviteMember } from '$lib/server/invitations';
import { confirmOrganisation, listStandings } from '$lib/server/organisation-standing';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) =>
	loadUnlessUnavailable(
		event,
		async () => {
			const { user } = await requireMember(event);
			const organisations = await listMemberOrganisations(event.locals.supabase, user.id);
			const standings = await listStandings(
				event.locals.supabase,
				organisations.map(({ id }) => id)
			);
			return {
				organisations,
				standings,
				invited: event.url.searchParams.has('invited'),
				confirmed: event.url.searchParams.has('confirmed'),
				left: event.url.searchParams.has('left'),
				unavailable: false
			};
		},
		{
			organisations: [],
			standings: [],
			invited: false,
			confirmed: false,
			left: false,
			unavailable: true
		}
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
	},
	confirm: async (event) => {
		await requireMember(event);
		const form = await superValidate(await readFormData(event), zod4(organisationActionSchema));
		if (
			!form.valid ||
			!(await confirmOrganisation(event.locals.supabase, form.data.organisationId))
		)
			return fail(400, { confirmFailed: true });
		redirect(303, '/portal?confirmed');
	}
} satisfies Actions;
