import { fail } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import { officeInviteSchema, staffInviteSchema } from '$lib/domain/invite-forms';
import { listVisibleOrganisations } from '$lib/server/accounts';
import { loadUnlessUnavailable } from '$lib/server/backend';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { deskCounts } from '$lib/server/office-desk';
import { answerInvitation, inviteMember, inviteStaff } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

const MEMBER = { id: 'inviteMember' };
const STAFF = { id: 'inviteStaff' };

export const load = (async (event) => {
	const forms = {
		memberForm: await superValidate(formAdapter(officeInviteSchema), MEMBER),
		staffForm: await superValidate(formAdapter(staffInviteSchema), STAFF)
	};
	return loadUnlessUnavailable(
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
				...forms,
				unavailable: false
			};
		},
		{
			organisations: [],
			counts: { drafts: 0, openRequests: 0, stale: 0 },
			isAdmin: false,
			invited: false,
			...forms,
			unavailable: true
		}
	);
}) satisfies PageServerLoad;

export const actions = {
	inviteMember: async (event) => {
		const form = await superValidate(
			await readFormData(event),
			formAdapter(officeInviteSchema),
			MEMBER
		);
		if (!form.valid) return fail(400, { form });
		return answerInvitation(form, '/office', async () => {
			const { user, roles } = await requireStaff(event);
			const { supabase, locale } = event.locals;
			return inviteMember(
				{ userId: user.id, roles, supabase, locale },
				form.data,
				event.url.origin
			);
		});
	},

	inviteStaff: async (event) => {
		const form = await superValidate(
			await readFormData(event),
			formAdapter(staffInviteSchema),
			STAFF
		);
		if (!form.valid) return fail(400, { form });
		return answerInvitation(form, '/office', async () => {
			const { user, roles } = await requireStaff(event);
			const { supabase, locale } = event.locals;
			return inviteStaff({ userId: user.id, roles, supabase, locale }, form.data, event.url.origin);
		});
	}
} satisfies Actions;
