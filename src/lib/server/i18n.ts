import { lookup, type Catalogue, type TranslationParams } from '$lib/i18n/catalogue';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '$lib/i18n/locales';
import { ar } from '$lib/i18n/messages/ar';
import { de, type MessageKey, type Messages } from '$lib/i18n/messages/de';
import { en } from '$lib/i18n/messages/en';
import { tr } from '$lib/i18n/messages/tr';
import { uk } from '$lib/i18n/messages/uk';

/**
 * All five languages' texts, on the server only (under $lib/server, so SvelteKit refuses to
 * bundle them for the browser). Components translate with `t()` from `$lib/i18n`, which reads the
 * one catalogue the root layout sends with the page.
 */

// Languages other than German may be incomplete; a missing text falls back to German.
const sources: Record<Locale, Partial<Messages>> = { de, en, tr, ar, uk };
const catalogues = Object.fromEntries(
	LOCALES.map((locale) => [locale, { ...sources[DEFAULT_LOCALE], ...sources[locale] }])
) as Record<Locale, Catalogue>;

/** Every text in `locale`, German filling the gaps: what the page's `t()` reads. */
export function catalogueFor(locale: Locale): Catalogue {
	return catalogues[locale];
}

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: TranslationParams): string {
	return lookup(catalogues[locale], key, params, locale);
}
