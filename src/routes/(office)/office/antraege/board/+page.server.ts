import { fail, redirect } from '@sveltejs/kit';
import { boardMoveSchema } from '$lib/domain/grant-application-forms';
import { parseApplicationListQuery } from '$lib/domain/application-list-schema';
import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from '$lib/domain/form-adapter';
import { fieldError } from '$lib/domain/form-errors';
import { loadBoard, loadFilterOptions } from '$lib/server/application-list';
import { readFormData } from '$lib/server/form-data';
import { moveApplication } from '$lib/server/grant-applications';
import { requireStaff } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';
import { urlId } from '$lib/domain/url-params';

export const load = (async (event) => {
	const { user } = await requireStaff(event);
	const query = parseApplicationListQuery(event.url.searchParams);
	const [columns, options] = await Promise.all([
		loadBoard(event.locals.supabase, query, user.id),
		loadFilterOptions(event.locals.supabase)
	]);
	return { query, columns, options, moved: urlId(event.url.searchParams, 'moved') };
}) satisfies PageServerLoad;

export const actions = {
	move: async (event) => {
		await requireStaff(event);
		const form = await superValidate(await readFormData(event), formAdapter(boardMoveSchema));
		if (!form.valid)
			return fail(400, { error: fieldError(form.errors.to) ?? 'grants.move.invalid' });
		const { id, from, to } = form.data;
		const outcome = await moveApplication(event.locals.supabase, id, from, to);
		if (!outcome.ok) return fail(400, { error: outcome.error, id });
		// Back to the same filtered board, saying which card moved (announced, and focused again).
		const search = new URLSearchParams(event.url.searchParams);
		for (const key of [...search.keys()]) if (key.startsWith('/')) search.delete(key);
		search.set('moved', id);
		redirect(303, `${event.url.pathname}?${search}`);
	}
} satisfies Actions;
