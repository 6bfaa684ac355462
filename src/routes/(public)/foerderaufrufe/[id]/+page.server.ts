import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { loadCall } from '$lib/server/funding-calls';
import type { PageServerLoad } from './$types';

const id = z.uuid();

export const load = (async ({ params, locals }) => {
	const parsed = id.safeParse(params.id);
	// Unknown and unpublished calls look alike: nothing says that a draft exists.
	const call = parsed.success ? await loadCall(locals.supabase, parsed.data) : null;
	if (!call) error(404, { message: 'Not found' });
	return { call, now: new Date().toISOString() };
}) satisfies PageServerLoad;
