import { lookup, type TranslationParams } from '$lib/i18n/catalogue';
import { catalogueFor } from '$lib/i18n/catalogues';
import type { Locale } from '$lib/i18n/locales';
import type { MessageKey } from '$lib/i18n/messages/de';

/**
 * Translation on the server, in any of the five languages. Components translate with `t()`
 * from `$lib/i18n`, which reads the one catalogue the root layout loads for the page.
 */
export { catalogueFor, CATALOGUE_VERSION } from '$lib/i18n/catalogues';

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: TranslationParams): string {
	return lookup(catalogueFor(locale), key, params, locale);
}
