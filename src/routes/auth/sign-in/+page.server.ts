import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { authErrorMessage } from '$lib/domain/auth-errors';
import { magicLinkSchema, signInSchema } from '$lib/domain/auth-forms';
import { formAdapter } from '$lib/domain/form-adapter';
import { safeNextPath } from '$lib/domain/safe-next';
import { homeFor, rolesOf } from '$lib/server/accounts';
import { readFormData } from '$lib/server/form-data';
import type { Actions, PageServerLoad } from './$types';

const ACCOUNT_REVEALING_CODES = ['otp_disabled', 'signup_disabled', 'user_not_found'];
const PASSWORD = { id: 'password' };
const MAGIC_LINK = { id: 'magicLink' };

export const load = (async ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('next'), '');
	const { user } = await locals.safeGetSession();
	if (user) redirect(303, next || homeFor(await rolesOf(locals.supabase, user.id)));
	const [passwordForm, magicForm] = await Promise.all([
		superValidate({ next }, formAdapter(signInSchema), { ...PASSWORD, errors: false }),
		superValidate({ next }, formAdapter(magicLinkSchema), { ...MAGIC_LINK, errors: false })
	]);
	return { next, linkSent: url.searchParams.has('sent'), passwordForm, magicForm };
}) satisfies PageServerLoad;

export const actions = {
	password: async ({ request, locals }) => {
		const form = await superValidate(
			await readFormData({ request, locals }),
			formAdapter(signInSchema),
			PASSWORD
		);
		const { email, password, next } = form.data;
		// The password never travels back to the page, refused or not.
		form.data.password = '';
		if (!form.valid) return fail(400, { form });
		const { data, error } = await locals.supabase.auth.signInWithPassword({ email, password });
		if (error) {
			const status = error.status === 429 ? 429 : 400;
			return message(form, { kind: 'error', key: authErrorMessage(error.code) }, { status });
		}
		redirect(303, safeNextPath(next, '') || homeFor(await rolesOf(locals.supabase, data.user.id)));
	},

	magicLink: async ({ request, locals, url }) => {
		const form = await superValidate(
			await readFormData({ request, locals }),
			formAdapter(magicLinkSchema),
			MAGIC_LINK
		);
		if (!form.valid) return fail(400, { form });
		const { email, next } = form.data;
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
			const status = error.status === 429 ? 429 : 400;
			return message(form, { kind: 'error', key: authErrorMessage(error.code) }, { status });
		}
		redirect(
			303,
			`/auth/sign-in?sent${next ? `&next=${encodeURIComponent(safeNextPath(next))}` : ''}`
		);
	}
} satisfies Actions;
