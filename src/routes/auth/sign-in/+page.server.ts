import { fail, redirect } from '@sveltejs/kit';
import { authErrorMessage } from '$lib/domain/auth-errors';
import { magicLinkSchema, signInSchema } from '$lib/domain/auth-forms';
import { formFailure, parseForm } from '$lib/domain/forms';
import { safeNextPath } from '$lib/domain/safe-next';
import { homeFor, rolesOf } from '$lib/server/accounts';
import { readFormData } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

const ACCOUNT_REVEALING_CODES = ['otp_disabled', 'signup_disabled', 'user_not_found'];

export const load = (async ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('next'), '');
	const { user } = await locals.safeGetSession();
	if (user) redirect(303, next || homeFor(await rolesOf(locals.supabase, user.id)));
	return { next, linkSent: url.searchParams.has('sent') };
}) satisfies PageServerLoad;

export const actions = {
	password: async ({ request, locals }) => {
		const formData = await readFormData({ request, locals });
		const parsed = parseForm(signInSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'password' as const, ...parsed });
		const { email, password, next } = parsed.data;
		const { data, error } = await locals.supabase.auth.signInWithPassword({ email, password });
		if (error) {
			return fail(error.status === 429 ? 429 : 400, {
				form: 'password' as const,
				...formFailure(formData, { form: authErrorMessage(error.code) })
			});
		}
		redirect(303, safeNextPath(next, '') || homeFor(await rolesOf(locals.supabase, data.user.id)));
	},

	magicLink: async ({ request, locals, url }) => {
		const formData = await readFormData({ request, locals });
		const parsed = parseForm(magicLinkSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'magicLink' as const, ...parsed });
		const { email, next } = parsed.data;
		const { error } = await locals.supabase.auth.signInWithOtp({
			email,
			options: {
				shouldCreateUser: false,
				emailRedirectTo: new URL(safeNextPath(next), url.origin).href
			}
		});
		// An unknown or unconfirmed address gets the same answer as a known one: the page reveals
		// no accounts. (Supabase Auth answers those with otp_disabled or, for an unconfirmed
		// account while sign-up is off, signup_disabled; the embedded service with {}.)
		if (error && !ACCOUNT_REVEALING_CODES.includes(error.code ?? '')) {
			return fail(error.status === 429 ? 429 : 400, {
				form: 'magicLink' as const,
				...formFailure(formData, { form: authErrorMessage(error.code) })
			});
		}
		redirect(
			303,
			`/auth/sign-in?sent${next ? `&next=${encodeURIComponent(safeNextPath(next))}` : ''}`
		);
	}
} satisfies Actions;
