import type { MessageKey } from '$lib/i18n';

/** One message key per invalid field; the page translates it in the user's language. */
export type FormErrors = Partial<Record<string, MessageKey>>;

/**
 * The message beside a field from a Superforms error list: the schemas' issue messages are
 * message keys, so the first one is the key to show. Zod-free, so public pages may use it.
 */
export function fieldError(messages: readonly string[] | undefined): MessageKey | undefined {
	return messages?.[0] as MessageKey | undefined;
}

/**
 * The first message key of each field of a Superforms error object, for pages that show a
 * refused form's errors without binding it to the browser (server validation only).
 */
export function firstErrors(
	errors: Record<string, unknown> | undefined
): Partial<Record<string, MessageKey>> {
	const first: Partial<Record<string, MessageKey>> = {};
	for (const [field, messages] of Object.entries(errors ?? {})) {
		if (Array.isArray(messages) && typeof messages[0] === 'string') {
			first[field] = messages[0] as MessageKey;
		}
	}
	return first;
}
