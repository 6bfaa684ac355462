import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { z } from 'zod';
import { formAdapter } from '$lib/domain/form-adapter';
import { fundingCallInput, fundingCallSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import {
	callFormValues,
	listProgrammes,
	listTopics,
	loadOfficeCall,
	updateCall
} from '$lib/server/office-calls';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function call(event: RequestEvent) {
	await requireStaff(event);
	const id = z.uuid().safeParse(event.params.id);
	const found = id.success ? await loadOfficeCall(event.locals.supabase, id.data) : null;
	if (!found) error(404, { message: 'Not found' });
	return found;
}

export const load = (async (event) => {
	const current = await call(event);
	const [programmes, topics] = await Promise.all([
		listProgrammes(event.locals.supabase),
		listTopics(event.locals.supabase)
	]);
	return {
		call: { id: current.id, title: current.title, published: current.published },
		values: callFormValues(current),
		programmes,
		topics,
		saved: event.url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const current = await call(event);
		const form = await superValidate(await readFormData(event), formAdapter(fundingCallSchema));
		if (!form.valid) return fail(400, { form });
		await updateCall(event.locals.supabase, current.id, fundingCallInput(form.data));
		redirect(303, `${event.url.pathname}?saved`);
	}
} satisfies Actions;
