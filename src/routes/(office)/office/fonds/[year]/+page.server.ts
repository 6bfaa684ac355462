import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { keptValues, parseForm } from '$lib/domain/forms';
import { meetingSchema } from '$lib/domain/grants-office-forms';
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
		const formData = await readFormData(event);
		const fund = z.uuid().safeParse(formData.get('fund'));
		const parsed = parseForm(meetingSchema, formData);
		if (!fund.success) {
			return fail(400, {
				values: keptValues(formData),
				errors: { form: 'grantsOffice.error.choose' as const }
			});
		}
		if (!parsed.ok) return fail(400, { fund: fund.data, ...parsed });
		const recorded = await recordMeeting(event.locals.supabase, fund.data, parsed.data);
		if (!recorded) {
			return fail(400, {
				values: keptValues(formData),
				errors: { form: 'grantsOffice.error.choose' as const }
			});
		}
		redirect(303, `${event.url.pathname}?recorded`);
	}
} satisfies Actions;
