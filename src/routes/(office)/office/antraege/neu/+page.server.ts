import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import { applicationInput, applicationSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { createApplication, findOrganisations, listSources } from '$lib/server/office-applications';
import type { Actions, PageServerLoad } from './$types';
import { urlWords } from '$lib/domain/url-params';

export const load = (async (event) => {
	await requireStaff(event);
	const words = urlWords(event.url.searchParams, 'organisationSearch');
	const [organisations, sources] = await Promise.all([
		findOrganisations(event.locals.supabase, words),
		listSources(event.locals.supabase)
	]);
	return { words, organisations, sources };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user } = await requireStaff(event);
		const form = await superValidate(await readFormData(event), formAdapter(applicationSchema));
		if (!form.valid) return fail(400, { form });
		const input = applicationInput(form.data);
		const outcome = await createApplication(event.locals.supabase, input, user.id);
		if (!outcome.ok) {
			form.errors = { source: [outcome.error] };
			return fail(400, { form });
		}
		redirect(303, `/office/antraege/${outcome.id}`);
	}
} satisfies Actions;
