import { fail, redirect } from '@sveltejs/kit';
import { officeInviteSchema, staffInviteSchema } from '$lib/domain/auth-forms';
import { formFailure, parseForm } from '$lib/domain/forms';
import { listVisibleOrganisations } from '$lib/server/accounts';
import { requireStaff } from '$lib/server/guards';
import { inviteMember, inviteStaff, type InvitationOutcome } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { roles } = await requireStaff(event);
	return {
		organisations: await listVisibleOrganisations(event.locals.supabase),
		isAdmin: roles.staffRole === 'office_admin',
		invited: event.url.searchParams.has('invited')
	};
}) satisfies PageServerLoad;

function answer(form: 'member' | 'staff', outcome: InvitationOutcome, formData: FormData) {
	if (outcome === 'forbidden')
		return fail(403, { form, ...formFailure(formData, { form: 'invite.forbidden' }) });
	if (outcome === 'failed')
		return fail(500, { form, ...formFailure(formData, { form: 'invite.failed' }) });
	redirect(303, '/office?invited');
}

export const actions = {
	inviteMember: async (event) => {
		const { user } = await requireStaff(event);
		const formData = await event.request.formData();
		const parsed = parseForm(officeInviteSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'member' as const, ...parsed });
		const inviter = {
			supabase: event.locals.supabase,
			userId: user.id,
			locale: event.locals.locale
		};
		return answer('member', await inviteMember(inviter, parsed.data, event.url.origin), formData);
	},

	inviteStaff: async (event) => {
		const { user } = await requireStaff(event);
		const formData = await event.request.formData();
		const parsed = parseForm(staffInviteSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'staff' as const, ...parsed });
		const inviter = {
			supabase: event.locals.supabase,
			userId: user.id,
			locale: event.locals.locale
		};
		return answer('staff', await inviteStaff(inviter, parsed.data, event.url.origin), formData);
	}
} satisfies Actions;
