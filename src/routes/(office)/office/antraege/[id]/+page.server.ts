import { error, fail, redirect } from '@sveltejs/kit';
import { setError, fail as failWithFiles, superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { documentUploadSchema } from '$lib/domain/uploads';
import { addDocument, listDocuments } from '$lib/server/application-documents';
import { prepareUpload } from '$lib/server/uploads/prepare';
import { acceptAttribute, DOCUMENT } from '$lib/server/uploads/purposes';
import { moveSchema, noteSchema, obligationDoneSchema } from '$lib/domain/grant-application-forms';
import { formFailure, parseForm } from '$lib/domain/forms';
import { paymentSchema } from '$lib/domain/grants-office-forms';
import {
	addNote,
	loadApplication,
	markObligationDone,
	moveApplication
} from '$lib/server/grant-applications';
import { readFormData } from '$lib/server/form-data';
import { recordPayment } from '$lib/server/office-applications';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const applicationId = z.uuid();

/** The staff member and the application the URL names; 404 for an unknown one. */
async function application(event: RequestEvent) {
	await requireStaff(event);
	const id = applicationId.safeParse(event.params.id);
	const found = id.success ? await loadApplication(event.locals.supabase, id.data) : null;
	if (!found) error(404, { message: 'Not found' });
	return found;
}

export const load = (async (event) => {
	const found = await application(event);
	const [documents, documentForm] = await Promise.all([
		listDocuments(event.locals.supabase, found.id),
		superValidate(zod4(documentUploadSchema))
	]);
	return {
		application: found,
		now: new Date().toISOString(),
		documents,
		documentForm,
		documentAccept: acceptAttribute(DOCUMENT),
		documentSaved: event.url.searchParams.has('document')
	};
}) satisfies PageServerLoad;

export const actions = {
	move: async (event) => {
		const current = await application(event);
		const parsed = parseForm(moveSchema, await readFormData(event));
		if (!parsed.ok) return fail(400, { form: 'move' as const, ...parsed });
		const outcome = await moveApplication(
			event.locals.supabase,
			current.id,
			current.status,
			parsed.data.to
		);
		if (!outcome.ok) return fail(400, { form: 'move' as const, errors: { to: outcome.error } });
		redirect(303, event.url.pathname);
	},

	done: async (event) => {
		const current = await application(event);
		const parsed = parseForm(obligationDoneSchema, await readFormData(event));
		if (!parsed.ok) return fail(400, { form: 'done' as const, ...parsed });
		const outcome = await markObligationDone(
			event.locals.supabase,
			current.id,
			parsed.data.obligation
		);
		if (!outcome.ok)
			return fail(400, { form: 'done' as const, errors: { obligation: outcome.error } });
		redirect(303, event.url.pathname);
	},

	document: async (event) => {
		const current = await application(event);
		const form = await superValidate(await readFormData(event), zod4(documentUploadSchema));
		if (!form.valid) return failWithFiles(400, withFiles({ form }));
		const prepared = await prepareUpload(form.data.file, DOCUMENT);
		if (!prepared.ok) return setError(form, 'file', prepared.error);
		await addDocument(
			event.locals.supabase,
			current.id,
			form.data.kind,
			form.data.file.name,
			prepared.file
		);
		redirect(303, `${event.url.pathname}?document#documents-heading`);
	},

	payment: async (event) => {
		const current = await application(event);
		const formData = await readFormData(event);
		const parsed = parseForm(paymentSchema, formData);
		if (!parsed.ok) return fail(400, { form: 'payment' as const, ...parsed });
		const outcome = await recordPayment(event.locals.supabase, current.id, parsed.data);
		if (!outcome.ok) {
			const refused = formFailure(formData, { form: outcome.error });
			return fail(400, { form: 'payment' as const, ...refused });
		}
		redirect(303, event.url.pathname);
	},

	note: async (event) => {
		const current = await application(event);
		const parsed = parseForm(noteSchema, await readFormData(event));
		if (!parsed.ok) return fail(400, { form: 'note' as const, ...parsed });
		await addNote(event.locals.supabase, current.id, parsed.data.note);
		redirect(303, event.url.pathname);
	}
} satisfies Actions;
