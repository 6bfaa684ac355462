import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { diffEntry } from '$lib/domain/entry-diff';
import { decisionFormSchema, rejectFormSchema } from '$lib/domain/entry-forms';
import {
	approveRevision,
	findOrganisation,
	queueLength,
	rejectRevision,
	RevisionRefusedError,
	reviewQueue
} from '$lib/server/entry-revisions';
import { readFormData } from '$lib/server/form-data';
import { requireStaff } from '$lib/server/guards';
import { mailDecision } from '$lib/server/review-mail';
import { createServiceRoleClient } from '$lib/server/supabase';
import { districtNames, termNames } from '$lib/server/term-names';
import type { Actions, PageServerLoad } from './$types';
import { urlChoice } from '$lib/domain/url-params';

/** How many revisions the queue shows at once, oldest first. */
const PAGE = 25;

/** What the page says after a decision (POST/redirect/GET). */
const DECISIONS = ['freigegeben', 'abgelehnt'] as const;

export const load = (async (event) => {
	await requireStaff(event);
	const { supabase } = event.locals;
	const [queue, total, districts, term] = await Promise.all([
		reviewQueue(supabase, PAGE),
		queueLength(supabase),
		districtNames(supabase),
		termNames(supabase, event.locals.locale)
	]);
	// Who submitted: accounts are not readable through the API, so the server asks Auth.
	const admin = createServiceRoleClient().auth.admin;
	const authors = [...new Set(queue.flatMap((revision) => revision.updatedBy ?? []))];
	const emails = new Map(
		await Promise.all(
			authors.map(
				async (id) => [id, (await admin.getUserById(id)).data.user?.email ?? null] as const
			)
		)
	);
	return {
		total,
		decided: urlChoice(event.url.searchParams, 'entschieden', DECISIONS),
		revisions: queue.map((revision) => ({
			id: revision.id,
			organisationId: revision.organisationId,
			organisationName: revision.organisationName,
			firstPublication: revision.organisationStatus === 'draft',
			submittedAt: revision.submittedAt,
			submittedBy: revision.updatedBy ? (emails.get(revision.updatedBy) ?? null) : null,
			diff: diffEntry(revision.base, revision.proposed, { districts, term })
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	approve: async (event) => {
		await requireStaff(event);
		const form = await superValidate(await readFormData(event), zod4(decisionFormSchema));
		if (!form.valid) return fail(400, { refused: true, rejectForm: null });
		const { supabase } = event.locals;
		try {
			const revision = await approveRevision(supabase, form.data.revision);
			const organisation = await findOrganisation(supabase, revision.organisationId);
			if (organisation)
				await mailDecision(supabase, organisation, { kind: 'approved' }, event.url.origin);
		} catch (cause) {
			if (cause instanceof RevisionRefusedError)
				return fail(409, { refused: true, rejectForm: null });
			throw cause;
		}
		redirect(303, '/office/pruefung?entschieden=freigegeben');
	},
	reject: async (event) => {
		await requireStaff(event);
		const rejectForm = await superValidate(await readFormData(event), zod4(rejectFormSchema));
		if (!rejectForm.valid) return fail(400, { refused: false, rejectForm });
		const { supabase } = event.locals;
		try {
			const revision = await rejectRevision(
				supabase,
				rejectForm.data.revision,
				rejectForm.data.reason
			);
			const organisation = await findOrganisation(supabase, revision.organisationId);
			if (organisation)
				await mailDecision(
					supabase,
					organisation,
					{ kind: 'rejected', reason: rejectForm.data.reason },
					event.url.origin
				);
		} catch (cause) {
			if (cause instanceof RevisionRefusedError) return fail(409, { refused: true, rejectForm });
			throw cause;
		}
		redirect(303, '/office/pruefung?entschieden=abgelehnt');
	}
} satisfies Actions;
