import { z } from 'zod';

/** The languages the public site speaks; German is the source language. */
export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

const RIGHT_TO_LEFT = new Set<string>(['ar', 'fa', 'he', 'ur']);

export const localeSchema = z.enum(LOCALES);

/** Names of the languages in themselves, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
	de: 'Deutsch',
	en: 'English',
	tr: 'Türkçe',
	ar: 'العربية',
	uk: 'Українська'
};

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
	for (const candidate of explicit) {
		const parsed = localeSchema.safeParse(candidate);
		if (parsed.success) return parsed.data;
	}
	const preferred = (acceptLanguage ?? '')
		.split(',')
		.map((part) => {
			const [tag = '', ...params] = part.trim().split(';');
			const q = params.find((p) => p.trim().startsWith('q='));
			return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.split('=')[1]) : 1 };
		})
		.filter((entry) => entry.base && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { base } of preferred) {
		const parsed = localeSchema.safeParse(base);
		if (parsed.success) return parsed.data;
	}
	return DEFAULT_LOCALE;
}
