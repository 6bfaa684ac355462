import type { MessageKey, Messages } from './messages/de.ts';

/**
 * The texts of one language, complete: every key, German where a translation is missing. The
 * server builds it (`$lib/server/i18n`) and the root layout hands the reader's language to the
 * page, so the browser gets one language rather than the code of all five.
 */
export type Catalogue = Messages;

export type TranslationParams = Record<string, string | number>;

/** The text for `key`, with `{name}` placeholders filled from `params`. */
export function lookup(
	catalogue: Partial<Catalogue> | undefined,
	key: MessageKey,
	params?: TranslationParams
): string {
	const template = catalogue?.[key] ?? key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}
