import { NO_ROLES, rolesOf } from '$lib/server/accounts';
import { BackendUnavailableError } from '$lib/server/backend';
import { catalogueFor } from '$lib/server/i18n';
import type { LayoutServerLoad } from './$types';

/** The header is no reason to fail a page: the page's own data decides whether it can be shown. */
const whenUnavailable =
	<T>(fallback: T) =>
	(error: unknown): T => {
		if (error instanceof BackendUnavailableError) return fallback;
		throw error;
	};

/** The signed-in person as the header shows them: nobody while Auth cannot say who it is. */
async function accountOf(locals: App.Locals): Promise<App.PageData['account']> {
	const { user } = await locals.safeGetSession().catch(whenUnavailable({ user: null }));
	if (!user) return null;
	const roles = await rolesOf(locals.supabase, user.id).catch(whenUnavailable(NO_ROLES));
	return {
		email: user.email ?? '',
		isStaff: roles.staffRole !== null,
		isMember: roles.memberships.length > 0
	};
}

export const load = (async ({ locals }) => ({
	locale: locals.locale,
	// The texts of this one language for `t()`. This load depends on nothing in the URL, so
	// client-side navigation keeps them; the language switch reloads the page, and
	// `invalidateAll` (after a form action) sends them again.
	messages: catalogueFor(locals.locale),
	account: await accountOf(locals)
})) satisfies LayoutServerLoad;
