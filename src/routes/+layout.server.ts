import { NO_ROLES, rolesOf } from '$lib/server/accounts';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const { user } = await locals.safeGetSession();
	const roles = user ? await rolesOf(locals.supabase, user.id) : NO_ROLES;
	return {
		locale: locals.locale,
		account: user
			? {
					email: user.email ?? '',
					isStaff: roles.staffRole !== null,
					isMember: roles.memberships.length > 0
				}
			: null
	};
}) satisfies LayoutServerLoad;
