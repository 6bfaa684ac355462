/**
 * Names of vocabulary terms and languages in the reader's language. The database labels terms
 * in German and English only; the i18n catalogue has all five languages for the known codes,
 * and a term the office adds later still shows with its database label. For components: the
 * texts are the page's (see `t`).
 */
import { hasMessage, t } from './index.ts';
import type { Locale } from './locales.ts';

export type Term = { code: string; label_de: string; label_en: string };

export function termLabel(
	vocabulary: 'ground' | 'counselling',
	term: Term,
	locale: Locale
): string {
	const key = `organisation.${vocabulary}.${term.code}`;
	if (hasMessage(key)) return t(key);
	return locale === 'de' ? term.label_de : term.label_en;
}

// Language names are asked for dozens of times per page (the filter, every result); building an
// Intl.DisplayNames each time was a sixth of the directory page's server time. The set of
// locales × codes is small, so the names are kept.
const languageNameCache = new Map<string, string>();

/** "Arabic" for an English reader, "Arabisch" for a German one; the code if the runtime lacks it. */
export function languageName(code: string, locale: string): string {
	const key = `${locale}:${code}`;
	let name = languageNameCache.get(key);
	if (name === undefined) {
		try {
			name =
				new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
		} catch {
			name = code;
		}
		languageNameCache.set(key, name);
	}
	return name;
}

/** Languages by their name in the reader's language, each with its own name ("Arabisch", "العربية"). */
export function languageNames(
	codes: string[],
	locale: string
): Array<{ code: string; name: string; native: string }> {
	const collator = new Intl.Collator(locale);
	return codes
		.map((code) => ({ code, name: languageName(code, locale), native: languageName(code, code) }))
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
