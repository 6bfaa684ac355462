import { fail } from '@sveltejs/kit';
import { officeInviteSchema, staffInviteSchema } from '$lib/domain/auth-forms';
import { parseForm } from '$lib/domain/forms';
import { listVisibleOrganisations } from '$lib/server/accounts';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { answerInvitation, inviteMember, inviteStaff } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { roles } = await requireStaff(event);
	return {
		organisations: await listVisibleOrganisations(event.locals.supabase),
		isAdmin: roles.staffRole === 'office_admin',
		invited: event.url.searchParams.has('invited')
	};
}) satisfies PageServerLoad;

export const actions = {
	inviteMember: async (event) => {
		const { roles } = await requireStaff(event);
		const formData = await readFormData(event);
		const marker = { form: 'member' as const };
		const parsed = parseForm(officeInviteSchema, formData);
		if (!parsed.ok) return fail(400, { ...marker, ...parsed });
		const inviter = { roles, locale: event.locals.locale };
		const outcome = await inviteMember(inviter, parsed.data, event.url.origin);
		return answerInvitation(outcome, formData, '/office', marker);
	},

	inviteStaff: async (event) => {
		const { roles } = await requireStaff(event);
		const formData = await readFormData(event);
		const marker = { form: 'staff' as const };
		const parsed = parseForm(staffInviteSchema, formData);
		if (!parsed.ok) return fail(400, { ...marker, ...parsed });
		const inviter = { roles, locale: event.locals.locale };
		const outcome = await inviteStaff(inviter, parsed.data, event.url.origin);
		return answerInvitation(outcome, formData, '/office', marker);
	}
} satisfies Actions;
