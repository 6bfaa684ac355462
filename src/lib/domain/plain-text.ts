import type { MessageKey } from '$lib/i18n';

/**
 * Text a person can type. Control characters (NUL, escape, …) and lone surrogates (half of a
 * UTF-16 pair, which has no UTF-8 form) come only from scripts or broken clients, and the
 * database refuses NUL outright: every free-text input is checked for them, so that such a value
 * gets a message beside its field rather than an error from the database. Tab and line breaks
 * are typed in a field with lines only.
 */
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS_AND_TABS = /(?![\t\n\r])\p{Cc}/u;

export function isPlainText(value: string, { lines = false }: { lines?: boolean } = {}): boolean {
	return value.isWellFormed() && !(lines ? CONTROL_BUT_LINE_BREAKS_AND_TABS : CONTROL).test(value);
}

/** The message key a field shows when its value is not plain text. */
export const NOT_PLAIN_TEXT = 'input.invalidCharacters' satisfies MessageKey;
