import { env as privateEnv } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { mailboxFolder } from '../../src/lib/server/mail/transport.ts';
import { stackInfo } from './clients.ts';

/**
 * Points the app's server modules ($lib/server/*) at the test stack, as `npm start` does through
 * the environment: they read it through SvelteKit's env modules, which the test sets here.
 */
export function useTestStack(): void {
	const { url, anonKey, serviceRoleKey, forwardingSecret, dataDir } = stackInfo();
	publicEnv.PUBLIC_SUPABASE_URL = url;
	publicEnv.PUBLIC_SUPABASE_ANON_KEY = anonKey;
	privateEnv.SUPABASE_SERVICE_ROLE_KEY = serviceRoleKey;
	privateEnv.AUTH_FORWARDING_SECRET = forwardingSecret;
	// The app's own mails (appMailer) land in the stack's dev mailbox, as under `npm start`.
	privateEnv.DEV_MAILBOX_DIR = mailboxFolder(dataDir);
}
