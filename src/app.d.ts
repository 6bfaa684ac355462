import type { Session, SupabaseClient, User } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n/locales';

declare global {
	namespace App {
		interface Locals {
			supabase: SupabaseClient<Database>;
			/** Session and user, the user confirmed by Auth (never a cookie taken on trust). */
			safeGetSession(): Promise<{ session: Session | null; user: User | null }>;
			locale: Locale;
		}
		interface PageData {
			locale: Locale;
			/** The signed-in person as the header shows them; null for visitors. */
			account: { email: string; isStaff: boolean; isMember: boolean } | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
