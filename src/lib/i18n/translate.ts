import { de, type MessageKey, type Messages } from './messages/de.ts';
import { ar } from './messages/ar.ts';
import { en } from './messages/en.ts';
import { tr } from './messages/tr.ts';
import { uk } from './messages/uk.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

// Languages other than German may be incomplete; a missing text falls back to German.
const catalogues: Record<Locale, Partial<Messages>> = { de, en, tr, ar, uk };

export type TranslationParams = Record<string, string | number>;

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: TranslationParams): string {
	const template = catalogues[locale][key] ?? catalogues[DEFAULT_LOCALE][key] ?? key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}
