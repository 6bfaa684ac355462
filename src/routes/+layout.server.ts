import { NO_ROLES, rolesOf } from '$lib/server/accounts';
import { CATALOGUE_VERSION } from '$lib/server/i18n';
import type { Catalogue } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const { user } = await locals.safeGetSession();
	const roles = user ? await rolesOf(locals.supabase, user.id) : NO_ROLES;
	return {
		locale: locals.locale,
		// Which texts `t()` reads: the root layout's universal load fetches this language's
		// catalogue as a cacheable asset (not part of every page's data).
		catalogueVersion: CATALOGUE_VERSION,
		// Filled by the universal load (+layout.ts); named here so that SvelteKit's types do not
		// ask every page's server load for it.
		messages: undefined as Catalogue | undefined,
		account: user
			? {
					email: user.email ?? '',
					isStaff: roles.staffRole !== null,
					isMember: roles.memberships.length > 0
				}
			: null
	};
}) satisfies LayoutServerLoad;
