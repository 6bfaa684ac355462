import { error, json } from '@sveltejs/kit';
import { CATALOGUE_VERSION, catalogueFor } from '$lib/i18n/catalogues';
import { isLocale } from '$lib/i18n/locales';
import type { RequestHandler } from './$types';

/**
 * One language's texts for the browser's `t()` (see $lib/i18n/catalogue-asset). The URL names
 * the version: with the current one the answer never changes, so it is cached for a year.
 */
export const GET = (({ params, url }) => {
	if (!isLocale(params.locale)) error(404);
	const current = url.searchParams.get('v') === CATALOGUE_VERSION;
	return json(catalogueFor(params.locale), {
		headers: {
			'cache-control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=60'
		}
	});
}) satisfies RequestHandler;
