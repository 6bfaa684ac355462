import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { authErrorMessage } from '$lib/domain/auth-errors';
import { forgotPasswordSchema } from '$lib/domain/auth-forms';
import { formAdapter } from '$lib/domain/form-adapter';
import { readFormData } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

const FORM = { id: 'forgotPassword' };

export const load = (async ({ url }) => {
	return {
		sent: url.searchParams.has('sent'),
		form: await superValidate(formAdapter(forgotPasswordSchema), FORM)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, url }) => {
		const form = await superValidate(
			await readFormData({ request, locals }),
			formAdapter(forgotPasswordSchema),
			FORM
		);
		if (!form.valid) return fail(400, { form });
		const { error } = await locals.supabase.auth.resetPasswordForEmail(form.data.email, {
			redirectTo: new URL('/auth/update-password', url.origin).href
		});
		// Only a rate limit is worth telling: it says nothing about whether the account exists.
		if (error?.status === 429) {
			return message(form, { kind: 'error', key: authErrorMessage(error.code) }, { status: 429 });
		}
		redirect(303, '/auth/forgot-password?sent');
	}
} satisfies Actions;
