/**
 * Names of vocabulary terms and languages in the reader's language. The database labels terms
 * in German and English only; the i18n catalogue has all five languages for the known codes,
 * and a term the office adds later still shows with its database label. For components: the
 * texts are the page's (see `t`).
 */
import { page } from '$app/state';
import { currentLocale, hasMessage, t } from './index.ts';
import { intlLanguageName, type LanguageNameTable } from './language-names.ts';
import type { Locale } from './locales.ts';

/** A term; a page's data leaves out the labels of a term the catalogue names (they go unread). */
export type Term = { code: string; label_de?: string; label_en?: string };

export function termLabel(
	vocabulary: 'ground' | 'counselling' | 'area',
	term: Term,
	locale: Locale
): string {
	const key = `organisation.${vocabulary}.${term.code}`;
	if (hasMessage(key)) return t(key);
	return (locale === 'de' ? term.label_de : term.label_en) ?? '';
}

/** The page's table of language names, sent by the server (see language-names.ts). */
function pageTable(locale: string): LanguageNameTable | undefined {
	return locale === currentLocale() ? (page.data.languageNames as LanguageNameTable) : undefined;
}

/** "Arabic" for an English reader, "Arabisch" for a German one: the same text on server and client. */
export function languageName(code: string, locale: string): string {
	return pageTable(locale)?.[code]?.[0] ?? intlLanguageName(code, locale);
}

/**
 * Languages by their name in the reader's language, each with its own name ("Arabisch",
 * "العربية"), sorted as the reader's language sorts (`Intl.Collator`), not by code.
 */
export function languageNames(
	codes: string[],
	locale: string
): Array<{ code: string; name: string; native: string }> {
	const table = pageTable(locale);
	const collator = new Intl.Collator(locale);
	return codes
		.map((code) => ({
			code,
			name: table?.[code]?.[0] ?? intlLanguageName(code, locale),
			native: table?.[code]?.[1] ?? intlLanguageName(code, code)
		}))
		.sort((a, b) => collator.compare(a.name, b.name));
}

/** A date 'YYYY-MM-DD' or a timestamp, as the reader writes dates. */
export function formatDate(
	value: string,
	locale: string,
	style: 'long' | 'month' = 'long'
): string {
	const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
	const options: Intl.DateTimeFormatOptions =
		style === 'month'
			? { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }
			: { dateStyle: 'long', timeZone: 'Europe/Berlin' };
	return new Intl.DateTimeFormat(locale, options).format(date);
}
