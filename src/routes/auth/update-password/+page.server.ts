import { fail, redirect } from '@sveltejs/kit';
import { authErrorMessage } from '$lib/domain/auth-errors';
import { updatePasswordSchema } from '$lib/domain/auth-forms';
import { formFailure, parseForm } from '$lib/domain/forms';
import { homeFor, rolesOf } from '$lib/server/accounts';
import { readFormData } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

/** Reached through an invitation or reset link (which signed the person in), or when signed in. */
export const load = (async ({ locals }) => {
	const { user } = await locals.safeGetSession();
	if (!user) redirect(303, '/auth/error?code=session_expired');
	return { email: user.email ?? '' };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		const { user } = await locals.safeGetSession();
		if (!user) redirect(303, '/auth/error?code=session_expired');
		const parsed = parseForm(updatePasswordSchema, await readFormData({ request, locals }));
		if (!parsed.ok) return fail(400, parsed);
		const { error } = await locals.supabase.auth.updateUser({ password: parsed.data.password });
		if (error) {
			return fail(error.status === 429 ? 429 : 400, {
				...formFailure(null, { password: authErrorMessage(error.code) })
			});
		}
		redirect(303, homeFor(await rolesOf(locals.supabase, user.id)));
	}
} satisfies Actions;
