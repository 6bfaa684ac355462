import { directoryQueryParams } from '$lib/domain/directory-query';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { localeSchema } from '$lib/i18n/locale-schema';
import { translate } from '$lib/server/i18n';
import { loadVocabularies } from '$lib/server/directory';
import { embedSnippet } from '$lib/server/exports/embed-snippet';
import { OPEN_DATA_LICENCE } from '$lib/server/open-data-licence';
import type { PageServerLoad } from './$types';

/**
 * The open-data page: the licence, what is left out, the downloads and the widget code, all for
 * the directory parameters in the URL (a link from the directory keeps its filters). The
 * widget's language is `embed_lang`, because `lang` is this page's own language.
 */
export const load = (async ({ url, locals }) => {
	const { query, errors } = parseDirectoryQuery(url.searchParams);
	const params = directoryQueryParams(query, { page: undefined });
	const embedLang = localeSchema.catch(locals.locale).parse(url.searchParams.get('embed_lang'));
	const embedParams = new URLSearchParams(params);
	embedParams.set('lang', embedLang);
	const embedUrl = new URL(`/embed?${embedParams}`, url.origin).href;
	const vocabularies = await loadVocabularies(locals.supabase);
	return {
		licence: OPEN_DATA_LICENCE,
		query,
		invalid: Object.keys(errors).length > 0,
		filters: params.size > 0 ? `?${params}` : '',
		embedLang,
		embedUrl,
		embedCode: embedSnippet(
			embedUrl,
			translate(embedLang, 'openData.widget.frameTitle'),
			new URL('/embed/resize.js', url.origin).href
		),
		// Labelled in the page with the shared term and language labels (all five languages).
		grounds: vocabularies.discriminationGrounds,
		counsellingTypes: vocabularies.counsellingTypes,
		languages: vocabularies.languages,
		networks: vocabularies.networks
	};
}) satisfies PageServerLoad;
