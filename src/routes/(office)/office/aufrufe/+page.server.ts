import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import {
	callIdSchema,
	funderInput,
	funderSchema,
	programmeInput,
	programmeSchema
} from '$lib/domain/grants-office-forms';
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
import { urlChoice } from '$lib/domain/url-params';

export const load = (async (event) => {
	await requireStaff(event);
	const now = new Date();
	const [calls, funders] = await Promise.all([
		listOfficeCalls(event.locals.supabase, now),
		listFunders(event.locals.supabase)
	]);
	return { calls, funders, done: urlChoice(event.url.searchParams, 'done', DONE) };
}) satisfies PageServerLoad;

/** The call a row's button names. */
async function callId(event: RequestEvent, formData: FormData) {
	await requireStaff(event);
	const form = await superValidate(formData, formAdapter(callIdSchema));
	return form.valid ? form.data.call : null;
}

const DONE = ['published', 'unpublished', 'verified', 'funder', 'programme'] as const;

const back = (done: (typeof DONE)[number]) => redirect(303, `/office/aufrufe?done=${done}`);

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
		const form = await superValidate(await readFormData(event), formAdapter(funderSchema), {
			id: 'funder'
		});
		if (
			form.valid &&
			(await createFunder(event.locals.supabase, funderInput(form.data))) === 'duplicate'
		)
			form.errors = { name: ['grantsOffice.error.duplicate'] };
		if (!form.valid || form.errors.name) return fail(400, { form });
		back('funder');
	},
	programme: async (event) => {
		await requireStaff(event);
		const form = await superValidate(await readFormData(event), formAdapter(programmeSchema), {
			id: 'programme'
		});
		if (
			form.valid &&
			(await createProgramme(event.locals.supabase, programmeInput(form.data))) === 'duplicate'
		)
			form.errors = { name: ['grantsOffice.error.duplicate'] };
		if (!form.valid || form.errors.name) return fail(400, { form });
		back('programme');
	}
} satisfies Actions;
