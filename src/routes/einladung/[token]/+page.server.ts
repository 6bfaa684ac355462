import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { forgotPasswordSchema, updatePasswordSchema } from '$lib/domain/auth-forms';
import { formAdapter } from '$lib/domain/form-adapter';
import { readFormData } from '$lib/server/form-data';
import { acceptInvitation, openInvitation, requestNewLink } from '$lib/server/invitation-links';
import type { Actions, PageServerLoad } from './$types';

// The token is the whole authority: keep it out of other sites' logs and out of caches.
const noLeaks = { 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' };
const ACCEPT = { id: 'accept' };
const NEW_LINK = { id: 'newLink' };

/**
 * An invitation link from a mail. Opening it changes nothing (mail scanners open links too);
 * accepting is a POST. A link that no longer works shows "request a new link" instead.
 */
export const load = (async ({ params, setHeaders, url }) => {
	setHeaders(noLeaks);
	const opened = await openInvitation(params.token);
	if (opened.state === 'valid')
		return {
			state: opened.state,
			invitation: opened.view,
			acceptForm: await superValidate(formAdapter(updatePasswordSchema), {
				...ACCEPT,
				errors: false
			})
		};
	return {
		state: opened.state,
		requested: url.searchParams.has('requested'),
		newLinkForm: await superValidate(formAdapter(forgotPasswordSchema), NEW_LINK)
	};
}) satisfies PageServerLoad;

export const actions = {
	accept: async (event) => {
		const { params, locals } = event;
		const formData = await readFormData(event);
		const opened = await openInvitation(params.token);
		if (opened.state !== 'valid') redirect(303, `/einladung/${params.token}`);
		let password: string | null = null;
		if (opened.view.needsPassword) {
			const form = await superValidate(formData, formAdapter(updatePasswordSchema), ACCEPT);
			if (!form.valid) return fail(400, { form });
			password = form.data.password;
		}
		const outcome = await acceptInvitation(locals.supabase, params.token, password);
		if (outcome.done) {
			// A password Auth refused after the session began is chosen again on its own page.
			if (!outcome.passwordSet) redirect(303, '/auth/update-password');
			redirect(303, outcome.organisationId ? '/portal' : '/office');
		}
		if (outcome.reason !== 'failed') redirect(303, `/einladung/${params.token}`);
		const form = await superValidate(formData, formAdapter(updatePasswordSchema), ACCEPT);
		return message(form, { kind: 'error', key: 'invitation.failed' }, { status: 500 });
	},

	request: async (event) => {
		const form = await superValidate(
			await readFormData(event),
			formAdapter(forgotPasswordSchema),
			NEW_LINK
		);
		if (!form.valid) return fail(400, { form });
		await requestNewLink(event.params.token, form.data.email, event.url.origin);
		redirect(303, `/einladung/${event.params.token}?requested`);
	}
} satisfies Actions;
