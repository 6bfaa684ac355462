import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	hoursFormSchema,
	hoursFormValues,
	hoursFromForm,
	hoursFromFormData,
	profileFormSchema,
	profileFormValues,
	profileFromForm,
	textsFormSchema,
	textsFormValues,
	textsFromForm
} from '$lib/domain/entry-forms';
import { saveFromForm, workingCopyFor, type SectionSaveResult } from '$lib/server/entry-editing';
import { latestDecision, submitRevision } from '$lib/server/entry-revisions';
import { readFormData } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';
import { urlChoice } from '$lib/domain/url-params';

const profile = zod4(profileFormSchema);
const texts = zod4(textsFormSchema);
const hours = zod4(hoursFormSchema);

/** The page's sections, each saved on its own ("?gespeichert=hours" after a save). */
const SECTIONS = ['profile', 'texts', 'hours'] as const;
type Section = (typeof SECTIONS)[number];

export const load = (async (event) => {
	await requireUser(event);
	const { organisation, revision } = await workingCopyFor(event);
	const [decision, profileForm, textsForm, hoursForm] = await Promise.all([
		latestDecision(event.locals.supabase, organisation.id),
		superValidate(profileFormValues(revision.proposed.profile, revision.version), profile, {
			id: 'profile',
			errors: false
		}),
		superValidate(textsFormValues(revision.proposed.texts, revision.version), texts, {
			id: 'texts',
			errors: false
		}),
		superValidate(hoursFormValues(revision.proposed.hours, revision.version), hours, {
			id: 'hours',
			errors: false
		})
	]);
	return {
		organisation,
		revisionStatus: revision.status,
		changed: JSON.stringify(revision.proposed) !== JSON.stringify(revision.base),
		decision,
		profileForm,
		textsForm,
		hoursForm,
		counts: {
			services: revision.proposed.services.length,
			contacts: revision.proposed.contacts.length
		},
		places: revision.proposed.locations.map((place) => ({
			value: place.id,
			label: place.name ?? place.address_1 ?? place.city
		})),
		saved: urlChoice(event.url.searchParams, 'gespeichert', SECTIONS),
		submitted: event.url.searchParams.has('eingereicht')
	};
}) satisfies PageServerLoad;

/** After a save: back to the page (POST/redirect/GET), or the form kept with why it was not saved. */
function answer<F extends { data: { version: number } }>(
	result: SectionSaveResult,
	section: Section,
	form: F,
	id: string
) {
	if (result.kind === 'saved')
		redirect(303, `/portal/organisationen/${id}?gespeichert=${section}#${section}`);
	if (result.kind === 'refused') return fail(400, { section, form, refused: true, conflict: null });
	// The next save overwrites knowingly: the form now carries the version it was compared with.
	form.data.version = result.currentVersion;
	return fail(409, { section, form, refused: false, conflict: result.changes });
}

export const actions = {
	profile: async (event) => {
		await requireUser(event);
		const form = await superValidate(await readFormData(event), profile, { id: 'profile' });
		if (!form.valid) return fail(400, { section: 'profile', form, refused: false, conflict: null });
		const { organisation, revision } = await workingCopyFor(event);
		const result = await saveFromForm(
			event.locals.supabase,
			revision,
			'profile',
			(before) => profileFromForm(form.data, before),
			form.data.version
		);
		return answer(result, 'profile', form, organisation.id);
	},
	texts: async (event) => {
		await requireUser(event);
		const form = await superValidate(await readFormData(event), texts, { id: 'texts' });
		if (!form.valid) return fail(400, { section: 'texts', form, refused: false, conflict: null });
		const { organisation, revision } = await workingCopyFor(event);
		const result = await saveFromForm(
			event.locals.supabase,
			revision,
			'texts',
			(before) => textsFromForm(form.data, before),
			form.data.version
		);
		return answer(result, 'texts', form, organisation.id);
	},
	hours: async (event) => {
		await requireUser(event);
		const formData = await readFormData(event);
		const posted = hoursFromFormData(formData);
		const intent = String(formData.get('intent') ?? 'save');
		const form = await superValidate(posted, hours, { id: 'hours', errors: intent === 'save' });
		// Adding or removing a row without JavaScript: the same form back, one row more or less.
		if (intent !== 'save') {
			form.data.slots = form.data.slots.filter((slot) => `remove:${slot.id}` !== intent);
			form.data.exceptions = form.data.exceptions.filter((row) => `remove:${row.id}` !== intent);
			if (intent === 'addSlot')
				form.data.slots.push({
					id: crypto.randomUUID(),
					location_id: '',
					weekday: 1,
					opens_at: '09:00',
					closes_at: '12:00',
					appointment_only: false,
					description: ''
				});
			if (intent === 'addException')
				form.data.exceptions.push({
					id: crypto.randomUUID(),
					starts_on: '',
					ends_on: '',
					closed: true,
					opens_at: '',
					closes_at: '',
					description: ''
				});
			return { section: 'hours', form, refused: false, conflict: null };
		}
		if (!form.valid) return fail(400, { section: 'hours', form, refused: false, conflict: null });
		const { organisation, revision } = await workingCopyFor(event);
		const result = await saveFromForm(
			event.locals.supabase,
			revision,
			'hours',
			(before) => hoursFromForm(form.data, before),
			form.data.version
		);
		return answer(result, 'hours', form, organisation.id);
	},
	submit: async (event) => {
		await requireUser(event);
		const { organisation, revision } = await workingCopyFor(event);
		if (revision.status === 'open') await submitRevision(event.locals.supabase, revision.id);
		redirect(303, `/portal/organisationen/${organisation.id}?eingereicht`);
	}
} satisfies Actions;
