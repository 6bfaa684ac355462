import { page } from '$app/state';
import { lookup, type Catalogue, type TranslationParams } from './catalogue.ts';
import type { MessageKey } from './messages/de.ts';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locales.ts';

/**
 * Translation in components. The texts come with the page (the root layout's `messages`, one
 * language), not from this module: importing the catalogues here would ship all five languages
 * to every browser. Server code translates with `translate` from `$lib/server/i18n`.
 */

export type { MessageKey } from './messages/de.ts';
export type { Catalogue, TranslationParams } from './catalogue.ts';
export { formatList } from './catalogue.ts';
export * from './locales.ts';

/** The locale of the page being rendered (set by the root layout from the request). */
export function currentLocale(): Locale {
	const locale: unknown = page.data.locale;
	return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

function catalogue(): Partial<Catalogue> | undefined {
	return page.data.messages;
}

/** Translate in components: `t('home.title')`. */
export function t(key: MessageKey, params?: TranslationParams): string {
	return lookup(catalogue(), key, params, currentLocale());
}

/** Whether a key built at run time (`organisation.ground.${code}`) has a text. */
export function hasMessage(key: string): key is MessageKey {
	const messages = catalogue();
	return messages !== undefined && Object.hasOwn(messages, key);
}
