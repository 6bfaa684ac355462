/** The languages the public site speaks; German is the source language. */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

const RIGHT_TO_LEFT = new Set<string>(['ar', 'fa', 'he', 'ur']);

/** Names of the languages in themselves, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
	de: 'Deutsch',
	en: 'English',
	tr: 'Türkçe',
	ar: 'العربية',
	uk: 'Українська'
};

/**
 * Whether a value names a language the site speaks. Plain code rather than a zod schema because
 * components use it too, and the browser should not download zod for one list lookup; input
 * from URLs and forms still goes through `localeSchema` (locale-schema.ts) on the server.
 */
export function isLocale(value: unknown): value is Locale {
	return (LOCALES as readonly unknown[]).includes(value);
}

export function textDirection(locale: string): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

/**
 * The best supported locale for a request: an explicit choice (URL or cookie) wins, then the
 * browser's Accept-Language in its order of preference, then German.
 */
export function negotiateLocale(
	explicit: Array<string | null | undefined>,
	acceptLanguage: string | null
): Locale {
	const chosen = explicit.find(isLocale);
	if (chosen) return chosen;
	const preferred = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.split('=')[1]) : 1 };
		})
		.filter((entry) => entry.base && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	return preferred.map((entry) => entry.base).find(isLocale) ?? DEFAULT_LOCALE;
}
