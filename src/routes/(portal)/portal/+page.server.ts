import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { formAdapter } from '$lib/domain/form-adapter';
import { memberInviteSchema } from '$lib/domain/invite-forms';
import { organisationActionSchema } from '$lib/domain/portal-forms';
import { listMemberOrganisations } from '$lib/server/accounts';
import { loadUnlessUnavailable } from '$lib/server/backend';
import { readFormData } from '$lib/server/form-data';
import { requireMember } from '$lib/server/guards';
import { answerInvitation, inviteMember } from '$lib/server/invitations';
import { confirmOrganisation, listStandings } from '$lib/server/organisation-standing';
import type { Actions, PageServerLoad } from './$types';

const INVITE = { id: 'invite' };

export const load = (async (event) => {
	const inviteForm = await superValidate(formAdapter(memberInviteSchema), INVITE);
	return loadUnlessUnavailable(
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
				inviteForm,
				unavailable: false
			};
		},
		{
			organisations: [],
			standings: [],
			invited: false,
			confirmed: false,
			left: false,
			inviteForm,
			unavailable: true
		}
	);
}) satisfies PageServerLoad;

export const actions = {
	invite: async (event) => {
		const form = await superValidate(
			await readFormData(event),
			formAdapter(memberInviteSchema),
			INVITE
		);
		if (!form.valid) return fail(400, { form });
		return answerInvitation(form, '/portal', async () => {
			const { user, roles } = await requireMember(event);
			const { supabase, locale } = event.locals;
			return inviteMember(
				{ userId: user.id, roles, supabase, locale },
				form.data,
				event.url.origin
			);
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
