import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import {
	contactsFormSchema,
	contactsFormValues,
	contactsFromForm,
	contactsFromFormData,
	emptyContactRow
} from '$lib/domain/contact-forms';
import { saveFromForm, workingCopyFor } from '$lib/server/entry-editing';
import { readFormData } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

const adapter = zod4(contactsFormSchema);

export const load = (async (event) => {
	await requireUser(event);
	const { organisation, revision } = await workingCopyFor(event);
	const form = await superValidate(
		contactsFormValues(revision.proposed.contacts, revision.version),
		adapter,
		{ id: 'contacts', errors: false }
	);
	return {
		organisation,
		form,
		services: revision.proposed.services.map((service) => ({
			value: service.id,
			label: service.name
		})),
		saved: event.url.searchParams.has('gespeichert')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		await requireUser(event);
		const formData = await readFormData(event);
		const intent = String(formData.get('intent') ?? 'save');
		// JSON from superforms when the browser runs JavaScript, repeated fields when it does not.
		const posted = formData.has('__superform_json') ? formData : contactsFromFormData(formData);
		const form = await superValidate(posted, adapter, {
			id: 'contacts',
			errors: intent === 'save'
		});
		// Adding or removing a row without JavaScript: the same form back, one row more or less.
		if (intent !== 'save') {
			form.data.contacts = form.data.contacts.filter((row) => `remove:${row.id}` !== intent);
			if (intent === 'add') form.data.contacts.push(emptyContactRow(crypto.randomUUID()));
			return { form, refused: false, conflict: null };
		}
		if (!form.valid) return fail(400, { form, refused: false, conflict: null });
		const { organisation, revision } = await workingCopyFor(event);
		const serviceIds = new Set(revision.proposed.services.map((service) => service.id));
		const result = await saveFromForm(
			event.locals.supabase,
			revision,
			'contacts',
			() => contactsFromForm(form.data, serviceIds),
			form.data.version
		);
		if (result.kind === 'saved')
			redirect(303, `/portal/organisationen/${organisation.id}/kontakte?gespeichert`);
		if (result.kind === 'refused') return fail(400, { form, refused: true, conflict: null });
		// The next save overwrites knowingly: the form now carries the version it was compared with.
		form.data.version = result.currentVersion;
		return fail(409, { form, refused: false, conflict: result.changes });
	}
} satisfies Actions;
