import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { z } from 'zod';
import { formAdapter } from '$lib/domain/form-adapter';
import { decisionInput, decisionSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { loadDecisionTarget, recordDecision } from '$lib/server/office-applications';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const OUTCOMES = ['approved', 'partly_approved', 'rejected'] as const;

async function target(event: RequestEvent) {
	await requireStaff(event);
	const id = z.uuid().safeParse(event.params.id);
	const found = id.success ? await loadDecisionTarget(event.locals.supabase, id.data) : null;
	if (!found) error(404, { message: 'Not found' });
	return found;
}

export const load = (async (event) => {
	const application = await target(event);
	const outcome = z.enum(OUTCOMES).safeParse(event.url.searchParams.get('outcome'));
	return {
		application,
		values: {
			...application.values,
			...(outcome.success ? { outcome: outcome.data } : {})
		},
		fromBoard: event.url.searchParams.get('from') === 'board'
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const application = await target(event);
		const formData = await readFormData(event);
		const form = await superValidate(formData, formAdapter(decisionSchema));
		// The box to move the application along is kept as ticked or not.
		const move = formData.get('move') === 'on';
		if (!form.valid) return fail(400, { form, move, refused: undefined });
		const outcome = await recordDecision(
			event.locals.supabase,
			application,
			decisionInput(form.data),
			move
		);
		if (!outcome.ok) return fail(400, { form, move, refused: outcome.error });
		if (formData.get('from') === 'board') {
			redirect(303, `/office/antraege/board?moved=${application.id}`);
		}
		redirect(303, `/office/antraege/${application.id}`);
	}
} satisfies Actions;
