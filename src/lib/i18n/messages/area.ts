import type { Locale } from '../locales.ts';

/**
 * The texts of one area of the site (directory, organisation page, …) in every locale, kept in
 * one file so that whoever adds a text adds its translations next to it. German and English are
 * complete; the others may miss a text, which then falls back to German.
 */
export type AreaMessages<German extends Record<string, string>> = { de: German } & {
	en: Record<keyof German, string>;
} & { [L in Exclude<Locale, 'de' | 'en'>]: Partial<Record<keyof German, string>> };
