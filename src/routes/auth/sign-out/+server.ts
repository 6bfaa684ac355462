import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Ends the session on this device; SvelteKit's CSRF check only lets our own forms post here. */
export const POST: RequestHandler = async ({ locals }) => {
	await locals.supabase.auth.signOut({ scope: 'local' });
	redirect(303, '/');
};
