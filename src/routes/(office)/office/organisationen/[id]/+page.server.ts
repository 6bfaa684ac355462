import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import { z } from 'zod';
import { statusChangeSchema } from '$lib/domain/office-desk-schema';
import { statusActions } from '$lib/domain/organisation-status';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { translate } from '$lib/server/i18n';
import { changeOrganisationStatus, loadDeskEntry } from '$lib/server/office-desk';
import { loadOrganisationProfile } from '$lib/server/organisation-profile';
import type { Actions, PageServerLoad } from './$types';

const FORM = { id: 'status' };
const DONE = z.enum(['publish', 'archive', 'restore']).optional().catch(undefined);

export const load = (async (event) => {
	await requireStaff(event);
	const { supabase, locale } = event.locals;
	if (!z.uuid().safeParse(event.params.id).success) error(404, { message: 'Not found' });
	const entry = await loadDeskEntry(supabase, event.params.id);
	if (!entry) error(404, { message: translate(locale, 'officeEntry.notFound') });
	const [profile, form] = await Promise.all([
		loadOrganisationProfile(supabase, entry.slug, locale, new Date(), { anyStatus: true }),
		superValidate(formAdapter(statusChangeSchema), FORM)
	]);
	return {
		entry,
		profile,
		actions: statusActions(entry.status),
		done: DONE.parse(event.url.searchParams.get('done') ?? undefined),
		form
	};
}) satisfies PageServerLoad;

export const actions = {
	status: async (event) => {
		await requireStaff(event);
		const form = await superValidate(
			await readFormData(event),
			formAdapter(statusChangeSchema),
			FORM
		);
		if (!form.valid) return fail(400, { form });
		const outcome = await changeOrganisationStatus(
			event.locals.supabase,
			event.params.id,
			form.data.action
		);
		if (outcome === 'done') redirect(303, `?done=${form.data.action}`);
		const refusal = {
			forbidden: { key: 'error.forbidden', status: 403 },
			refused: { key: 'officeEntry.refused', status: 409 },
			failed: { key: 'officeEntry.failed', status: 500 }
		} as const;
		const { key, status } = refusal[outcome];
		return message(form, { kind: 'error', key }, { status });
	}
} satisfies Actions;
