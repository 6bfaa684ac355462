import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import { z } from 'zod';
import { acceptRequestSchema, declineRequestSchema } from '$lib/domain/office-desk-schema';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { acceptJoinRequest, declineJoinRequest, listJoinRequests } from '$lib/server/join-requests';
import type { Actions, PageServerLoad } from './$types';

const DONE = z.enum(['accepted', 'declined']).optional().catch(undefined);

/** Each request has its own forms: the id ties a refused submit to its row. */
const formId = (form: 'accept' | 'decline', request: unknown) => `${form}-${String(request)}`;

export const load = (async (event) => {
	await requireStaff(event);
	const requests = await listJoinRequests(event.locals.supabase);
	const open = requests.filter((request) => request.status === 'open');
	const forms = await Promise.all(
		open.map(async (request) => {
			const data = { request: request.id };
			const [accept, decline] = await Promise.all([
				superValidate(data, formAdapter(acceptRequestSchema), {
					id: formId('accept', request.id),
					errors: false
				}),
				superValidate(data, formAdapter(declineRequestSchema), {
					id: formId('decline', request.id),
					errors: false
				})
			]);
			return [request.id, { accept, decline }] as const;
		})
	);
	return {
		requests,
		forms: Object.fromEntries(forms),
		done: DONE.parse(event.url.searchParams.get('done') ?? undefined)
	};
}) satisfies PageServerLoad;

export const actions = {
	accept: async (event) => {
		const { user, roles } = await requireStaff(event);
		const formData = await readFormData(event);
		const form = await superValidate(formData, formAdapter(acceptRequestSchema), {
			id: formId('accept', formData.get('request'))
		});
		if (!form.valid) return fail(400, { form });
		const inviter = {
			userId: user.id,
			roles,
			supabase: event.locals.supabase,
			locale: event.locals.locale
		};
		const outcome = await acceptJoinRequest(inviter, form.data.request, event.url.origin);
		if (outcome === 'sent') redirect(303, '?done=accepted');
		return message(
			form,
			{ kind: 'error', key: outcome === 'forbidden' ? 'error.forbidden' : 'officeRequests.failed' },
			{ status: outcome === 'forbidden' ? 403 : 500 }
		);
	},

	decline: async (event) => {
		await requireStaff(event);
		const formData = await readFormData(event);
		const form = await superValidate(formData, formAdapter(declineRequestSchema), {
			id: formId('decline', formData.get('request'))
		});
		if (!form.valid) return fail(400, { form });
		const outcome = await declineJoinRequest(
			event.locals.supabase,
			form.data.request,
			form.data.reason
		);
		if (outcome === 'declined') redirect(303, '?done=declined');
		return message(
			form,
			{ kind: 'error', key: outcome === 'forbidden' ? 'error.forbidden' : 'officeRequests.failed' },
			{ status: outcome === 'forbidden' ? 403 : 500 }
		);
	}
} satisfies Actions;
