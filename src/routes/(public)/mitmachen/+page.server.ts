import { fail, redirect } from '@sveltejs/kit';
import { joinSchema } from '$lib/domain/auth-forms';
import { formFailure, parseForm } from '$lib/domain/forms';
import { readFormData } from '$lib/server/form-data';
import { submitJoinRequest } from '$lib/server/join-requests';
import { createRateLimit } from '$lib/server/rate-limit';
import type { Actions, PageServerLoad } from './$types';

// A handful of requests per address and hour is plenty for people and dull for scripts.
const allowRequest = createRateLimit(5, 60 * 60 * 1000);

export const load = (({ url }) => {
	return { sent: url.searchParams.has('sent') };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, getClientAddress, url }) => {
		const formData = await readFormData({ request, locals });
		const parsed = parseForm(joinSchema, formData);
		if (!parsed.ok) return fail(400, parsed);
		// A filled honeypot is a bot: it gets the same thanks, and nothing is stored.
		if (parsed.data.homepage) redirect(303, '/mitmachen?sent');
		if (!allowRequest(getClientAddress())) {
			return fail(429, formFailure(formData, { form: 'join.tooMany' }));
		}
		if (!(await submitJoinRequest(parsed.data, locals.locale, url.origin))) {
			return fail(500, formFailure(formData, { form: 'authError.unexpected' }));
		}
		redirect(303, '/mitmachen?sent');
	}
} satisfies Actions;
