import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	newServiceForm,
	serviceFormSchema,
	serviceFormValues,
	servicesWithForm
} from '$lib/domain/service-form';
import { saveFromForm, workingCopyFor } from '$lib/server/entry-editing';
import { readFormData } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import { translate } from '$lib/server/i18n';
import { serviceChoices } from '$lib/server/service-editing';
import { termNames } from '$lib/server/term-names';
import type { Actions, PageServerLoad } from './$types';

const adapter = zod4(serviceFormSchema);
/** The address of a service not yet saved. */
const NEW = 'neu';

export const load = (async (event) => {
	await requireUser(event);
	const { organisation, revision } = await workingCopyFor(event);
	const service = revision.proposed.services.find((row) => row.id === event.params.service);
	if (!service && event.params.service !== NEW)
		error(404, { message: translate(event.locals.locale, 'error.notFound') });
	const [choices, form] = await Promise.all([
		serviceChoices(event.locals.supabase),
		superValidate(
			service
				? serviceFormValues(service, revision.version)
				: newServiceForm(crypto.randomUUID(), revision.version),
			adapter,
			{ id: 'service', errors: false }
		)
	]);
	return {
		organisation,
		serviceName: service?.name ?? null,
		form,
		choices: {
			...choices,
			places: revision.proposed.locations.map((place) => ({
				value: place.id,
				label: place.name ?? place.address_1 ?? place.city
			}))
		}
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		await requireUser(event);
		const form = await superValidate(await readFormData(event), adapter, { id: 'service' });
		// An existing service is saved under its own address only; a new one brings a new id.
		if (event.params.service !== NEW && form.data.id !== event.params.service)
			error(404, { message: translate(event.locals.locale, 'error.notFound') });
		if (!form.valid) return fail(400, { form, refused: false, conflict: null });
		const { organisation, revision } = await workingCopyFor(event);
		const placeIds = new Set(revision.proposed.locations.map((place) => place.id));
		const result = await saveFromForm(
			event.locals.supabase,
			revision,
			'services',
			(before) => servicesWithForm(form.data, before, placeIds),
			form.data.version,
			async () => ({ term: await termNames(event.locals.supabase, event.locals.locale) })
		);
		if (result.kind === 'saved')
			redirect(303, `/portal/organisationen/${organisation.id}/angebote?gespeichert`);
		if (result.kind === 'refused') return fail(400, { form, refused: true, conflict: null });
		// The next save overwrites knowingly: the form now carries the version it was compared with.
		form.data.version = result.currentVersion;
		return fail(409, { form, refused: false, conflict: result.changes });
	}
} satisfies Actions;
