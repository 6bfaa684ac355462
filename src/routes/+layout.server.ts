import { NO_ROLES, rolesOf } from '$lib/server/accounts';
import { BackendUnavailableError } from '$lib/server/backend';
import { languageNameTable } from '$lib/i18n/language-names';
import { loadVocabularies } from '$lib/server/directory';
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

export const load = (async ({ locals }) => {
	const [account, languages] = await Promise.all([
		accountOf(locals),
		// Cached per process; a page without language names still renders (Intl's own).
		loadVocabularies(locals.supabase).then(
			(vocabularies) => vocabularies.languages,
			() => []
		)
	]);
	return {
		locale: locals.locale,
		// The texts of this one language for `t()`. This load depends on nothing in the URL, so
		// client-side navigation keeps them; the language switch reloads the page, and
		// `invalidateAll` (after a form action) sends them again.
		messages: catalogueFor(locals.locale),
		// Language names computed once, here: the browser's Intl data differs from the server's,
		// and a name that changed while the page hydrates reads as a glitch (or another language).
		languageNames: languageNameTable(languages, locals.locale),
		account
	};
}) satisfies LayoutServerLoad;
