import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	addressQuery,
	isReferenced,
	placeFormSchema,
	placeFormValues,
	placeFromForm,
	placeLabel,
	placeReferences,
	placeRemovalSchema,
	placesWith,
	POINT_VISIBILITIES,
	roundCoordinate,
	type PlaceForm
} from '$lib/domain/place-forms';
import { saveFromForm, workingCopyFor, type SectionSaveResult } from '$lib/server/entry-editing';
import { urlChoice, urlId } from '$lib/domain/url-params';
import { readFormData } from '$lib/server/form-data';
import { geocode } from '$lib/server/geocoder';
import { requireUser } from '$lib/server/guards';
import { districtNames } from '$lib/server/term-names';
import type { SuperValidated } from 'sveltekit-superforms';
import type { Actions, PageServerLoad } from './$types';

const place = zod4(placeFormSchema);
const removal = zod4(placeRemovalSchema);
const NEW = 'neu';

export const load = (async (event) => {
	await requireUser(event);
	const { organisation, revision } = await workingCopyFor(event);
	const places = revision.proposed.locations;
	// "?ort=<id>" edits that place, "?ort=neu" offers a new one.
	const chosen = urlId(event.url.searchParams, 'ort');
	const editing = places.find((row) => row.id === chosen) ?? null;
	const offerNew = urlChoice(event.url.searchParams, 'ort', [NEW]) !== null;
	const districts = [...(await districtNames(event.locals.supabase))]
		.map(([id, name]) => ({ id, name }))
		.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	return {
		organisation,
		version: revision.version,
		places: places.map((row) => ({
			id: row.id,
			label: placeLabel(row),
			address: [row.address_1, [row.postal_code, row.city].filter(Boolean).join(' ')]
				.filter(Boolean)
				.join(', '),
			visibility: row.visibility
		})),
		districts,
		// A place is edited when the address names it; a new one is offered otherwise.
		showForm: editing !== null || offerNew || places.length === 0,
		form: await superValidate(placeFormValues(editing, revision.version), place, {
			id: 'place',
			errors: false
		}),
		saved: event.url.searchParams.has('gespeichert'),
		removed: event.url.searchParams.has('entfernt')
	};
}) satisfies PageServerLoad;

type Located = { label: string } | null;

/**
 * The address typed, looked up through the geocoder: the form's coordinates are set from it, or
 * the address field says why not. Returns the found label, or null (with the error set).
 */
async function locate(form: SuperValidated<PlaceForm>, locale: string): Promise<Located> {
	const query = addressQuery(form.data);
	if (!query) {
		setError(form, 'address_1', 'places.field.addressOrPin');
		return null;
	}
	const found = await geocode(query, { locale });
	if (!found.ok) {
		setError(form, 'address_1', `places.geocode.${found.reason}`);
		return null;
	}
	form.data.latitude = String(roundCoordinate(found.place.latitude));
	form.data.longitude = String(roundCoordinate(found.place.longitude));
	return { label: found.place.label };
}

/** After a save: back to the list (POST/redirect/GET), or the form kept with why it was not saved. */
function answer(
	result: SectionSaveResult,
	form: SuperValidated<{ version: number }>,
	organisationId: string,
	done: string
) {
	if (result.kind === 'saved')
		redirect(303, `/portal/organisationen/${organisationId}/orte?${done}`);
	if (result.kind === 'refused') return fail(400, { form, refused: true, conflict: null });
	// The next save overwrites knowingly: the form now carries the version it was compared with.
	form.data.version = result.currentVersion;
	return fail(409, { form, refused: false, conflict: result.changes });
}

export const actions = {
	save: async (event) => {
		await requireUser(event);
		const formData = await readFormData(event);
		const intent = String(formData.get('intent') ?? 'save');
		const form = await superValidate(formData, place, { id: 'place' });
		if (!form.valid) return fail(400, { form, refused: false, conflict: null });
		const locale = event.locals.locale;
		// "Find address": the form back with the point filled in, nothing saved yet.
		if (intent === 'locate') {
			const located = await locate(form, locale);
			if (!located) return fail(400, { form, refused: false, conflict: null });
			return { form, located: located.label, refused: false, conflict: null };
		}
		// A place to be shown on the map without a point gets one from its address.
		if (form.data.latitude === '' && POINT_VISIBILITIES.includes(form.data.visibility)) {
			if (!(await locate(form, locale))) return fail(400, { form, refused: false, conflict: null });
		}
		const { organisation, revision } = await workingCopyFor(event);
		const result = await saveFromForm(
			event.locals.supabase,
			revision,
			'locations',
			(before) => placesWith(before, placeFromForm(form.data)),
			form.data.version,
			async () => ({ districts: await districtNames(event.locals.supabase) })
		);
		return answer(result, form, organisation.id, 'gespeichert');
	},
	remove: async (event) => {
		await requireUser(event);
		const form = await superValidate(await readFormData(event), removal, { id: 'remove' });
		if (!form.valid) return fail(400, { form, refused: true, conflict: null });
		const { organisation, revision } = await workingCopyFor(event);
		const target = revision.proposed.locations.find((row) => row.id === form.data.id);
		// Already gone (removed in another tab): nothing to do.
		if (!target) redirect(303, `/portal/organisationen/${organisation.id}/orte?entfernt`);
		// Hours or services at this place would point nowhere: refused, saying what refers to it.
		const references = placeReferences(revision.proposed, target.id);
		if (isReferenced(references))
			return fail(400, {
				form,
				refused: false,
				conflict: null,
				inUse: { place: placeLabel(target), ...references }
			});
		const result = await saveFromForm(
			event.locals.supabase,
			revision,
			'locations',
			(before) => before.filter((row) => row.id !== target.id),
			form.data.version
		);
		return answer(result, form, organisation.id, 'entfernt');
	}
} satisfies Actions;
