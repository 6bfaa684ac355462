import { NO_ROLES, rolesOf } from '$lib/server/accounts';
import { BackendUnavailableError } from '$lib/server/backend';
import { languageNameTable } from '$lib/i18n/language-names';
import { loadVocabularies } from '$lib/server/directory';
import { CATALOGUE_VERSION } from '$lib/server/i18n';
import type { Catalogue } from '$lib/i18n';
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
		// Which texts `t()` reads: the root layout's universal load fetches this language's
		// catalogue as a cacheable asset (not part of every page's data); `t()` takes the plural
		// rules from `locale`.
		catalogueVersion: CATALOGUE_VERSION,
		// Filled by the universal load (+layout.ts); named here so that SvelteKit's types do not
		// ask every page's server load for it.
		messages: undefined as Catalogue | undefined,
		// Language names computed once, here: the browser's Intl data differs from the server's,
		// and a name that changed while the page hydrates reads as a glitch (or another language).
		languageNames: languageNameTable(languages, locals.locale),
		account
	};
}) satisfies LayoutServerLoad;
