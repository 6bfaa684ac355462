import { error, redirect } from '@sveltejs/kit';
import { fail, setError, superValidate, withFiles } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { logoUploadSchema } from '$lib/domain/uploads';
import { readFormData } from '$lib/server/form-data';
import { requireMember } from '$lib/server/guards';
import { loadLogoOwner, saveDraftLogo } from '$lib/server/logos';
import { prepareUpload } from '$lib/server/uploads/prepare';
import { acceptAttribute, LOGO } from '$lib/server/uploads/purposes';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const organisationId = z.uuid();

/** The organisation the URL names, if the signed-in member may keep it; 404 otherwise. */
async function organisation(event: RequestEvent) {
	const { roles } = await requireMember(event);
	const id = organisationId.safeParse(event.params.id);
	const member = id.success && roles.memberships.some((m) => m.organisationId === id.data);
	const found = member ? await loadLogoOwner(event.locals.supabase, id.data!) : null;
	if (!found) error(404, { message: 'Not found' });
	return found;
}

export const load = (async (event) => ({
	organisation: await organisation(event),
	form: await superValidate(zod4(logoUploadSchema)),
	accept: acceptAttribute(LOGO),
	saved: event.url.searchParams.has('saved')
})) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const owner = await organisation(event);
		const form = await superValidate(await readFormData(event), zod4(logoUploadSchema));
		if (!form.valid) return fail(400, withFiles({ form }));
		const prepared = await prepareUpload(form.data.logo, LOGO);
		if (!prepared.ok) return setError(form, 'logo', prepared.error);
		const outcome = await saveDraftLogo(event.locals.supabase, owner, prepared.file);
		if (!outcome.ok) return setError(form, 'logo', outcome.error);
		redirect(303, `${event.url.pathname}?saved`);
	}
} satisfies Actions;
