import { browser } from '$app/environment';
import { catalogueUrl, fetchCatalogue } from '$lib/i18n/catalogue-asset';
import type { LayoutLoad } from './$types';

/**
 * The texts for `t()`: on the server from the catalogues in memory, in the browser from the
 * language's cacheable asset (not serialised into the page: a universal load's own result is
 * not part of the hydration data).
 */
export const load = (async ({ data }) => {
	const messages = browser
		? await fetchCatalogue(catalogueUrl(data.locale, data.catalogueVersion))
		: (await import('$lib/i18n/catalogues')).catalogueFor(data.locale);
	return { ...data, messages };
}) satisfies LayoutLoad;
