import { fail, redirect } from '@sveltejs/kit';
import { keptValues, parseForm } from '$lib/domain/forms';
import { applicationSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { createApplication, findOrganisations, listSources } from '$lib/server/office-applications';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireStaff(event);
	const words = (event.url.searchParams.get('organisationSearch') ?? '').trim().slice(0, 200);
	const [organisations, sources] = await Promise.all([
		findOrganisations(event.locals.supabase, words),
		listSources(event.locals.supabase)
	]);
	return { words, organisations, sources };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user } = await requireStaff(event);
		const formData = await readFormData(event);
		const parsed = parseForm(applicationSchema, formData);
		if (!parsed.ok) return fail(400, parsed);
		const outcome = await createApplication(event.locals.supabase, parsed.data, user.id);
		if (!outcome.ok)
			return fail(400, { values: keptValues(formData), errors: { source: outcome.error } });
		redirect(303, `/office/antraege/${outcome.id}`);
	}
} satisfies Actions;
