import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import { meetingInput, meetingSchema } from '$lib/domain/grants-office-forms';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { loadFundYear, recordMeeting } from '$lib/server/own-fund-page';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const yearSchema = z.coerce.number().int().min(2000).max(2100);

function year(event: RequestEvent): number {
	const parsed = yearSchema.safeParse(event.params.year);
	if (!parsed.success) error(404, { message: 'Not found' });
	return parsed.data;
}

export const load = (async (event) => {
	await requireStaff(event);
	const shown = year(event);
	return {
		year: shown,
		funds: await loadFundYear(event.locals.supabase, shown),
		recorded: event.url.searchParams.has('recorded')
	};
}) satisfies PageServerLoad;

export const actions = {
	meeting: async (event) => {
		await requireStaff(event);
		year(event);
		const form = await superValidate(await readFormData(event), formAdapter(meetingSchema));
		// Each fund has its own form: the refusal names the fund whose form shows it.
		if (!form.valid) return fail(400, { form, refused: undefined });
		const recorded = await recordMeeting(
			event.locals.supabase,
			form.data.fund,
			meetingInput(form.data)
		);
		if (!recorded) return fail(400, { form, refused: 'grantsOffice.error.choose' as const });
		redirect(303, `${event.url.pathname}?recorded`);
	}
} satisfies Actions;
