import { browser } from '$app/environment';
import { catalogueUrl, fetchCatalogue } from '$lib/i18n/catalogue-asset';
import { cataloguePartFor } from '$lib/i18n/catalogue-parts';
import type { LayoutLoad } from './$types';

/**
 * The texts for `t()`: on the server from the catalogues in memory, in the browser from the
 * language's cacheable asset (not serialised into the page: a universal load's own result is
 * not part of the hydration data).
 */
export const load = (async ({ data, route }) => {
	// Public pages get the public texts only, the same in the server's render and in the browser
	// (a page reached by a link from the directory fetches the rest when it needs them).
	const part = cataloguePartFor(route.id);
	const messages = browser
		? await fetchCatalogue(catalogueUrl(data.locale, data.catalogueVersion, part))
		: (await import('$lib/i18n/catalogues')).catalogueFor(data.locale, part);
	return { ...data, messages };
}) satisfies LayoutLoad;
