import { env as privateEnv } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { createClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';

export type SupabaseConfig = { url: string; anonKey: string };

/** Where Supabase is: the embedded stack's gateway or a real project, set by the environment. */
export function supabaseConfig(): SupabaseConfig {
	const url = publicEnv.PUBLIC_SUPABASE_URL;
	const anonKey = publicEnv.PUBLIC_SUPABASE_ANON_KEY;
	if (!url || !anonKey) {
		throw new Error(
			'PUBLIC_SUPABASE_URL and PUBLIC_SUPABASE_ANON_KEY are not set: start the app with `npm run dev` or `npm start`, which start the embedded stack, or set them for a Supabase project.'
		);
	}
	return { url, anonKey };
}

/**
 * A client that bypasses RLS. Only for work no user is doing (invitations, scheduled jobs);
 * never for reading data on a user's behalf. Lives under $lib/server so it cannot reach a browser.
 */
export function createServiceRoleClient() {
	const key = privateEnv.SUPABASE_SERVICE_ROLE_KEY;
	if (!key) throw new Error('SUPABASE_SERVICE_ROLE_KEY is not set');
	return createClient<Database>(supabaseConfig().url, key, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
	});
}
