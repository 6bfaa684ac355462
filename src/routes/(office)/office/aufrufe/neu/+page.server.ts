import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import { fundingCallInput, fundingCallSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { createCall, listProgrammes, listTopics } from '$lib/server/office-calls';
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
		const form = await superValidate(await readFormData(event), formAdapter(fundingCallSchema));
		if (!form.valid) return fail(400, { form });
		const id = await createCall(event.locals.supabase, fundingCallInput(form.data));
		redirect(303, `/office/aufrufe/${id}?saved`);
	}
} satisfies Actions;
