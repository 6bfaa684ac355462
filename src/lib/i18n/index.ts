import { page } from '$app/state';
import type { MessageKey } from './messages/de.ts';
import { DEFAULT_LOCALE, localeSchema, type Locale } from './locales.ts';
import { translate, type TranslationParams } from './translate.ts';

export type { MessageKey } from './messages/de.ts';
export * from './locales.ts';
export { translate } from './translate.ts';

/** The locale of the page being rendered (set by the root layout from the request). */
export function currentLocale(): Locale {
	const parsed = localeSchema.safeParse(page.data.locale);
	return parsed.success ? parsed.data : DEFAULT_LOCALE;
}

/** Translate in components: `t('home.title')`. */
export function t(key: MessageKey, params?: TranslationParams): string {
	return translate(currentLocale(), key, params);
}
