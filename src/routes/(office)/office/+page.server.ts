import { fail } from '@sveltejs/kit';
import { officeInviteSchema, staffInviteSchema } from '$lib/domain/auth-forms';
import { parseForm } from '$lib/domain/forms';
import { listVisibleOrganisations } from '$lib/server/accounts';
import { keepingInput, loadUnlessUnavailable } from '$lib/server/backend';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { deskCounts } from '$lib/server/office-desk';
import { answerInvitation, inviteMember, inviteStaff } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) =>
	loadUnlessUnavailable(
		event,
		async () => {
			const { roles } = await requireStaff(event);
			const [organisations, counts] = await Promise.all([
				listVisibleOrganisations(event.locals.supabase),
				deskCounts(event.locals.supabase)
			]);
			return {
				organisations,
				counts,
				isAdmin: roles.staffRole === 'office_admin',
				invited: event.url.searchParams.has('invited'),
				unavailable: false
			};
		},
		{
			organisations: [],
			counts: { drafts: 0, openRequests: 0, stale: 0 },
			isAdmin: false,
			invited: false,
			unavailable: true
		}
	)) satisfies PageServerLoad;

export const actions = {
	inviteMember: async (event) => {
		const formData = await readFormData(event);
		const marker = { form: 'member' as const };
		return keepingInput(formData, marker, async () => {
			const { roles } = await requireStaff(event);
			const parsed = parseForm(officeInviteSchema, formData);
			if (!parsed.ok) return fail(400, { ...marker, ...parsed });
			const inviter = { roles, supabase: event.locals.supabase, locale: event.locals.locale };
			const outcome = await inviteMember(inviter, parsed.data, event.url.origin);
			return answerInvitation(outcome, formData, '/office', marker);
		});
	},

	inviteStaff: async (event) => {
		const formData = await readFormData(event);
		const marker = { form: 'staff' as const };
		return keepingInput(formData, marker, async () => {
			const { roles } = await requireStaff(event);
			const parsed = parseForm(staffInviteSchema, formData);
			if (!parsed.ok) return fail(400, { ...marker, ...parsed });
			const inviter = { roles, supabase: event.locals.supabase, locale: event.locals.locale };
			const outcome = await inviteStaff(inviter, parsed.data, event.url.origin);
			return answerInvitation(outcome, formData, '/office', marker);
		});
	}
} satisfies Actions;
