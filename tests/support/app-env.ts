import { env as privateEnv } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { stackInfo } from './clients.ts';

/**
 * Points the app's server modules ($lib/server/*) at the test stack, as `npm start` does through
 * the environment: they read it through SvelteKit's env modules, which the test sets here.
 */
export function useTestStack(): void {
	const { url, anonKey, serviceRoleKey, forwardingSecret } = stackInfo();
	publicEnv.PUBLIC_SUPABASE_URL = url;
	publicEnv.PUBLIC_SUPABASE_ANON_KEY = anonKey;
	privateEnv.SUPABASE_SERVICE_ROLE_KEY = serviceRoleKey;
	privateEnv.AUTH_FORWARDING_SECRET = forwardingSecret;
}
