import { NO_ROLES, rolesOf } from '$lib/server/accounts';
import { catalogueFor } from '$lib/server/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const { user } = await locals.safeGetSession();
	const roles = user ? await rolesOf(locals.supabase, user.id) : NO_ROLES;
	return {
		locale: locals.locale,
		// The texts of this one language for `t()`. This load depends on nothing in the URL, so
		// client-side navigation keeps them; the language switch reloads the page, and
		// `invalidateAll` (after a form action) sends them again.
		messages: catalogueFor(locals.locale),
		account: user
			? {
					email: user.email ?? '',
					isStaff: roles.staffRole !== null,
					isMember: roles.memberships.length > 0
				}
			: null
	};
}) satisfies LayoutServerLoad;
