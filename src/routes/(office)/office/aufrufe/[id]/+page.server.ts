import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/domain/forms';
import { fundingCallSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import {
	callFormValues,
	listProgrammes,
	listTopics,
	loadOfficeCall,
	updateCall
} from '$lib/server/office-calls';
import { submittedValues } from '../submitted-values';
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
		const formData = await readFormData(event);
		const parsed = parseForm(fundingCallSchema, formData);
		if (!parsed.ok) return fail(400, { values: submittedValues(formData), errors: parsed.errors });
		await updateCall(event.locals.supabase, current.id, parsed.data);
		redirect(303, `${event.url.pathname}?saved`);
	}
} satisfies Actions;
