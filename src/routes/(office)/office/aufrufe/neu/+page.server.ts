import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/domain/forms';
import { fundingCallSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { createCall, listProgrammes, listTopics } from '$lib/server/office-calls';
import { submittedValues } from '../submitted-values';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	await requireStaff(event);
	const [programmes, topics] = await Promise.all([
		listProgrammes(event.locals.supabase),
		listTopics(event.locals.supabase)
	]);
	return { programmes, topics };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		await requireStaff(event);
		const formData = await readFormData(event);
		const parsed = parseForm(fundingCallSchema, formData);
		if (!parsed.ok) return fail(400, { values: submittedValues(formData), errors: parsed.errors });
		const id = await createCall(event.locals.supabase, parsed.data);
		redirect(303, `/office/aufrufe/${id}?saved`);
	}
} satisfies Actions;
