import { error, redirect } from '@sveltejs/kit';
import { fail, setError, superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { logoUploadSchema } from '$lib/domain/uploads';
import { readFormData } from '$lib/server/form-data';
import { requireMember } from '$lib/server/guards';
import { loadLogoOwner, logoPublicUrl, saveLogo, submitWorkingCopy } from '$lib/server/logos';
import { prepareUpload } from '$lib/server/uploads/prepare';
import { acceptAttribute, LOGO } from '$lib/server/uploads/purposes';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { urlChoice } from '$lib/domain/url-params';

const organisationId = z.uuid();
const SAVED = ['live', 'pending', 'submitted'] as const;

/** The organisation the URL names, if the signed-in member may keep it; 404 otherwise. */
async function organisation(event: RequestEvent) {
	const { roles } = await requireMember(event);
	const id = organisationId.safeParse(event.params.id);
	const member = id.success && roles.memberships.some((m) => m.organisationId === id.data);
	const found = id.success && member ? await loadLogoOwner(event.locals.supabase, id.data) : null;
	if (!found) error(404, { message: 'Not found' });
	return found;
}

export const load = (async (event) => {
	const owner = await organisation(event);
	const url = (path: string | null) => (path ? logoPublicUrl(event.locals.supabase, path) : null);
	return {
		organisation: {
			id: owner.id,
			name: owner.name,
			logoUrl: url(owner.logoPath),
			pending: owner.pending && { status: owner.pending.status, logoUrl: url(owner.pending.path) }
		},
		form: await superValidate(zod4(logoUploadSchema)),
		accept: acceptAttribute(LOGO),
		saved: urlChoice(event.url.searchParams, 'saved', SAVED)
	};
}) satisfies PageServerLoad;

export const actions = {
	upload: async (event) => {
		const owner = await organisation(event);
		const form = await superValidate(await readFormData(event), zod4(logoUploadSchema));
		if (!form.valid) return fail(400, withFiles({ form }));
		const prepared = await prepareUpload(form.data.logo, LOGO);
		if (!prepared.ok) return setError(form, 'logo', prepared.error);
		const outcome = await saveLogo(event.locals.supabase, owner, prepared.file);
		redirect(303, `${event.url.pathname}?saved=${outcome}`);
	},

	submit: async (event) => {
		const owner = await organisation(event);
		if (owner.pending?.status === 'open')
			await submitWorkingCopy(event.locals.supabase, owner.pending.revisionId);
		redirect(303, `${event.url.pathname}?saved=submitted`);
	}
} satisfies Actions;
