import { error } from '@sveltejs/kit';
import { CATALOGUE_VERSION, catalogueFor } from '$lib/i18n/catalogues';
import { isLocale } from '$lib/i18n/locales';
import { urlChoice } from '$lib/domain/url-params';
import { compressedAnswer, keptAnswer } from '$lib/server/kept-answers';
import type { RequestHandler } from './$types';

/**
 * One language's texts for the browser's `t()` (see $lib/i18n/catalogue-asset), all or the
 * public pages' part (`&part=public`). The URL names
 * the version: with the current one the answer never changes, so it is cached for a year, and
 * kept compressed as hard as brotli goes (a fifth of a phone's first load of the directory).
 */
export const GET = (({ params, url, request }) => {
	if (!isLocale(params.locale)) error(404);
	const current = urlChoice(url.searchParams, 'v', [CATALOGUE_VERSION]) !== null;
	const part = urlChoice(url.searchParams, 'part', ['public']) ?? 'all';
	const key = current ? `catalogue ${params.locale} ${part} ${CATALOGUE_VERSION}` : null;
	const body =
		(key && keptAnswer(key)) ||
		new TextEncoder().encode(JSON.stringify(catalogueFor(params.locale, part)));
	return compressedAnswer(
		request,
		body,
		'application/json',
		{
			'cache-control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=60'
		},
		key
	);
}) satisfies RequestHandler;
