import type { MessageKey } from '$lib/i18n';

/**
 * The message beside a field from a Superforms error list: the schemas' issue messages are
 * message keys, so the first one is the key to show. Zod-free, so public pages may use it.
 */
export function fieldError(messages: readonly string[] | undefined): MessageKey | undefined {
	return messages?.[0] as MessageKey | undefined;
}
