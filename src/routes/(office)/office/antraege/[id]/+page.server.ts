import { error, fail, redirect } from '@sveltejs/kit';
import {
	message,
	setError,
	fail as failWithFiles,
	superValidate,
	withFiles
} from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { documentUploadSchema } from '$lib/domain/uploads';
import { addDocument, listDocuments } from '$lib/server/application-documents';
import { prepareUpload } from '$lib/server/uploads/prepare';
import { acceptAttribute, DOCUMENT } from '$lib/server/uploads/purposes';
import { moveSchema, noteSchema, obligationDoneSchema } from '$lib/domain/grant-application-forms';
import { formAdapter } from '$lib/domain/form-adapter';
import { paymentInput, paymentSchema } from '$lib/domain/grants-office-forms';
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
const MOVE = { id: 'move' };
const DONE = { id: 'done' };
const PAYMENT = { id: 'payment' };
const NOTE = { id: 'note' };

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
	const [documents, documentForm, paymentForm, noteForm] = await Promise.all([
		listDocuments(event.locals.supabase, found.id),
		superValidate(zod4(documentUploadSchema)),
		// A payout is what is recorded most; a repayment is chosen.
		superValidate({ direction: 'payout' }, formAdapter(paymentSchema), {
			...PAYMENT,
			errors: false
		}),
		superValidate(formAdapter(noteSchema), NOTE)
	]);
	return {
		application: found,
		now: new Date().toISOString(),
		documents,
		documentForm,
		paymentForm,
		noteForm,
		documentAccept: acceptAttribute(DOCUMENT),
		documentSaved: event.url.searchParams.has('document')
	};
}) satisfies PageServerLoad;

export const actions = {
	move: async (event) => {
		const current = await application(event);
		const form = await superValidate(await readFormData(event), formAdapter(moveSchema), MOVE);
		if (!form.valid) return fail(400, { section: 'move' as const, form });
		const outcome = await moveApplication(
			event.locals.supabase,
			current.id,
			current.status,
			form.data.to
		);
		if (!outcome.ok) {
			form.errors = { to: [outcome.error] };
			return fail(400, { section: 'move' as const, form });
		}
		redirect(303, event.url.pathname);
	},

	done: async (event) => {
		const current = await application(event);
		const form = await superValidate(
			await readFormData(event),
			formAdapter(obligationDoneSchema),
			DONE
		);
		if (!form.valid) return fail(400, { section: 'done' as const, form });
		const outcome = await markObligationDone(
			event.locals.supabase,
			current.id,
			form.data.obligation
		);
		if (!outcome.ok) {
			form.errors = { obligation: [outcome.error] };
			return fail(400, { section: 'done' as const, form });
		}
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
		const form = await superValidate(
			await readFormData(event),
			formAdapter(paymentSchema),
			PAYMENT
		);
		if (!form.valid) return fail(400, { form });
		const outcome = await recordPayment(event.locals.supabase, current.id, paymentInput(form.data));
		if (!outcome.ok) return message(form, { kind: 'error', key: outcome.error }, { status: 400 });
		redirect(303, event.url.pathname);
	},

	note: async (event) => {
		const current = await application(event);
		const form = await superValidate(await readFormData(event), formAdapter(noteSchema), NOTE);
		if (!form.valid) return fail(400, { form });
		await addNote(event.locals.supabase, current.id, form.data.note);
		redirect(303, event.url.pathname);
	}
} satisfies Actions;
