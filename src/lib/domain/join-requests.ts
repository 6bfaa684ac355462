import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n/locales';

/** A "please list us" request as the office's queue shows it. */
export type JoinRequestEntry = {
	id: string;
	contactEmail: string;
	locale: Locale;
	status: Database['public']['Enums']['join_request_status'];
	createdAt: string;
	decidedAt: string | null;
	declineReason: string | null;
	organisation: {
		id: string;
		name: string;
		kind: Database['public']['Enums']['organisation_kind'];
		description: string | null;
	};
};

/** The longest reason the office may give for a "no" (the database allows the same). */
export const DECLINE_REASON_MAX = 2000;
