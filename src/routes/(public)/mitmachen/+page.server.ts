import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { joinSchema } from '$lib/domain/auth-forms';
import { formAdapter } from '$lib/domain/form-adapter';
import { readFormData } from '$lib/server/form-data';
import { submitJoinRequest } from '$lib/server/join-requests';
import { createRateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

// A handful of requests per address and hour is plenty for people and dull for scripts.
const allowRequest = createRateLimit(5, 60 * 60 * 1000);
const FORM = { id: 'join' };

export const load = (async ({ url }) => {
	return {
		sent: url.searchParams.has('sent'),
		form: await superValidate(formAdapter(joinSchema), FORM)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, getClientAddress, url }) => {
		const form = await superValidate(
			await readFormData({ request, locals }),
			formAdapter(joinSchema),
			FORM
		);
		if (!form.valid) return fail(400, { form });
		// A filled honeypot is a bot: it gets the same thanks, and nothing is stored.
		if (form.data.homepage) redirect(303, '/mitmachen?sent');
		if (!allowRequest(getClientAddress())) {
			return message(form, { kind: 'error', key: 'join.tooMany' }, { status: 429 });
		}
		if (!(await submitJoinRequest(form.data, locals.locale, url.origin))) {
			return message(form, { kind: 'error', key: 'authError.unexpected' }, { status: 500 });
		}
		redirect(303, '/mitmachen?sent');
	}
} satisfies Actions;
