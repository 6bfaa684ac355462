import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { documentDownloadUrl } from '$lib/server/application-documents';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const ids = z.object({ id: z.uuid(), document: z.uuid() });

/** A document of an application: a redirect to a short-lived signed link that downloads it. */
export const GET: RequestHandler = async (event) => {
	await requireStaff(event);
	const params = ids.safeParse(event.params);
	const url = params.success
		? await documentDownloadUrl(event.locals.supabase, params.data.id, params.data.document)
		: null;
	if (!url) error(404, { message: 'Not found' });
	redirect(303, url);
};
