import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { serviceRemovalSchema } from '$lib/domain/service-form';
import { workingCopyFor } from '$lib/server/entry-editing';
import { readFormData } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import { removeService } from '$lib/server/service-editing';
import type { Actions, PageServerLoad } from './$types';

const removal = zod4(serviceRemovalSchema);

export const load = (async (event) => {
	await requireUser(event);
	const { organisation, revision } = await workingCopyFor(event);
	const placeName = new Map(
		revision.proposed.locations.map((place) => [
			place.id,
			place.name ?? place.address_1 ?? place.city
		])
	);
	return {
		organisation,
		version: revision.version,
		services: revision.proposed.services.map((service) => ({
			id: service.id,
			name: service.name,
			accessModes: service.access_modes,
			places: service.location_ids.flatMap((id) => placeName.get(id) ?? [])
		})),
		saved: event.url.searchParams.has('gespeichert'),
		removed: event.url.searchParams.has('entfernt')
	};
}) satisfies PageServerLoad;

export const actions = {
	remove: async (event) => {
		await requireUser(event);
		const form = await superValidate(await readFormData(event), removal);
		if (!form.valid) return fail(400, { refused: true, conflict: null });
		const { organisation, revision } = await workingCopyFor(event);
		const result = await removeService(
			event.locals.supabase,
			revision,
			form.data.id,
			form.data.version
		);
		if (result.kind === 'saved')
			redirect(303, `/portal/organisationen/${organisation.id}/angebote?entfernt`);
		if (result.kind === 'refused') return fail(400, { refused: true, conflict: null });
		return fail(409, { refused: false, conflict: result.changes });
	}
} satisfies Actions;
