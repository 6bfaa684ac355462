import type { Session, SupabaseClient, User } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Catalogue } from '$lib/i18n/catalogue';
import type { Locale } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n/messages/de';

declare global {
	namespace App {
		interface Locals {
			supabase: SupabaseClient<Database>;
			/**
			 * Session and user, the user confirmed by Auth (never a cookie taken on trust). Rejects
			 * with a BackendUnavailableError when Auth cannot say (down), which is not signed out.
			 */
			safeGetSession(): Promise<{ session: Session | null; user: User | null }>;
			locale: Locale;
			/**
			 * Until when (ms since the epoch) this request's page may be reused for other anonymous
			 * visitors, where the page says so: the search it shows expires then (page-cache.ts).
			 */
			sharedUntil?: number;
		}
		interface PageData {
			locale: Locale;
			/** Every text in `locale` (German filling gaps), for `t()`: the browser gets one language. */
			messages: Catalogue;
			/** The signed-in person as the header shows them; null for visitors. */
			account: { email: string; isStaff: boolean; isMember: boolean } | null;
		}
		interface Error {
			message: string;
		}
		namespace Superforms {
			/** A form's message (success or refusal) is a message key, shown in the user's language. */
			type Message = { kind: 'success' | 'error'; key: MessageKey };
		}
	}
}

export {};
