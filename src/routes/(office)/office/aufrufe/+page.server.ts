import { fail, redirect } from '@sveltejs/kit';
import { keptValues, parseForm, type FormErrors } from '$lib/domain/forms';
import { callIdSchema, funderSchema, programmeSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import {
	createFunder,
	createProgramme,
	duplicateForNextRound,
	listFunders,
	listOfficeCalls,
	markVerified,
	setPublished
} from '$lib/server/office-calls';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load = (async (event) => {
	await requireStaff(event);
	const now = new Date();
	const [calls, funders] = await Promise.all([
		listOfficeCalls(event.locals.supabase, now),
		listFunders(event.locals.supabase)
	]);
	return { calls, funders, done: event.url.searchParams.get('done') };
}) satisfies PageServerLoad;

/** The call a row's button names. */
async function callId(event: RequestEvent, formData: FormData) {
	await requireStaff(event);
	const parsed = parseForm(callIdSchema, formData);
	return parsed.ok ? parsed.data.call : null;
}

function duplicate<F extends 'funder' | 'programme'>(form: F, formData: FormData) {
	const errors: FormErrors = { name: 'grantsOffice.error.duplicate' };
	return { form, values: keptValues(formData), errors };
}

const back = (done: string) => redirect(303, `/office/aufrufe?done=${done}`);

export const actions = {
	publish: async (event) => {
		const id = await callId(event, await readFormData(event));
		if (!id) return fail(400, { error: 'grantsOffice.error.choose' as const });
		await setPublished(event.locals.supabase, id, true);
		back('published');
	},
	unpublish: async (event) => {
		const id = await callId(event, await readFormData(event));
		if (!id) return fail(400, { error: 'grantsOffice.error.choose' as const });
		await setPublished(event.locals.supabase, id, false);
		back('unpublished');
	},
	verify: async (event) => {
		const id = await callId(event, await readFormData(event));
		if (!id) return fail(400, { error: 'grantsOffice.error.choose' as const });
		await markVerified(event.locals.supabase, id, new Date());
		back('verified');
	},
	duplicate: async (event) => {
		const id = await callId(event, await readFormData(event));
		const copy = id ? await duplicateForNextRound(event.locals.supabase, id) : null;
		if (!copy) return fail(400, { error: 'grantsOffice.error.choose' as const });
		redirect(303, `/office/aufrufe/${copy}?saved`);
	},
	funder: async (event) => {
		await requireStaff(event);
		const formData = await readFormData(event);
		const parsed = parseForm(funderSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'funder' as const, ...parsed });
		const outcome = await createFunder(event.locals.supabase, parsed.data);
		if (outcome === 'duplicate') return fail(400, duplicate('funder', formData));
		back('funder');
	},
	programme: async (event) => {
		await requireStaff(event);
		const formData = await readFormData(event);
		const parsed = parseForm(programmeSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'programme' as const, ...parsed });
		const outcome = await createProgramme(event.locals.supabase, parsed.data);
		if (outcome === 'duplicate') return fail(400, duplicate('programme', formData));
		back('programme');
	}
} satisfies Actions;
