import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { authErrorMessage } from '$lib/domain/auth-errors';
import { updatePasswordSchema } from '$lib/domain/auth-forms';
import { formAdapter } from '$lib/domain/form-adapter';
import { homeFor, rolesOf } from '$lib/server/accounts';
import { readFormData } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

const FORM = { id: 'updatePassword' };

/** Reached through an invitation or reset link (which signed the person in), or when signed in. */
export const load = (async ({ locals }) => {
	const { user } = await locals.safeGetSession();
	if (!user) redirect(303, '/auth/error?code=session_expired');
	return {
		email: user.email ?? '',
		form: await superValidate(formAdapter(updatePasswordSchema), FORM)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		const { user } = await locals.safeGetSession();
		if (!user) redirect(303, '/auth/error?code=session_expired');
		const form = await superValidate(
			await readFormData({ request, locals }),
			formAdapter(updatePasswordSchema),
			FORM
		);
		const { password } = form.data;
		// Passwords never travel back to the page.
		form.data = { password: '', passwordConfirm: '' };
		if (!form.valid) return fail(400, { form });
		const { error } = await locals.supabase.auth.updateUser({ password });
		if (error) {
			const status = error.status === 429 ? 429 : 400;
			return setError(form, 'password', authErrorMessage(error.code), { status });
		}
		redirect(303, homeFor(await rolesOf(locals.supabase, user.id)));
	}
} satisfies Actions;
