import { fail, redirect } from '@sveltejs/kit';
import { authErrorMessage } from '$lib/domain/auth-errors';
import { forgotPasswordSchema } from '$lib/domain/auth-forms';
import { formFailure, parseForm } from '$lib/domain/forms';
import { readFormData } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ url }) => {
	return { sent: url.searchParams.has('sent') };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		const formData = await readFormData({ request, locals });
		const parsed = parseForm(forgotPasswordSchema, formData);
		if (!parsed.ok) return fail(400, parsed);
		const { error } = await locals.supabase.auth.resetPasswordForEmail(parsed.data.email, {
			redirectTo: new URL('/auth/update-password', url.origin).href
		});
		// Only a rate limit is worth telling: it says nothing about whether the account exists.
		if (error?.status === 429) {
			return fail(429, {
				...formFailure(formData, { form: authErrorMessage(error.code) })
			});
		}
		redirect(303, '/auth/forgot-password?sent');
	}
} satisfies Actions;
