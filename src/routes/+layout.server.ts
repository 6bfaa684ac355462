import { NO_ROLES, rolesOf } from '$lib/server/accounts';
import { languageNameTable } from '$lib/i18n/language-names';
import { loadVocabularies } from '$lib/server/directory';
import { catalogueFor } from '$lib/server/i18n';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const { user } = await locals.safeGetSession();
	const [roles, languages] = await Promise.all([
		user ? rolesOf(locals.supabase, user.id) : NO_ROLES,
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
		account: user
			? {
					email: user.email ?? '',
					isStaff: roles.staffRole !== null,
					isMember: roles.memberships.length > 0
				}
			: null
	};
}) satisfies LayoutServerLoad;
