import type { DirectoryQuery } from '$lib/domain/directory-query';
import type { MessageKey } from '$lib/i18n';
import { queryPosition, type Position } from './directory';

export type Near = {
	/** The point the search is centred on, if any. */
	position: Position | null;
	/** What the person sees as the centre ("34117 Kassel" or "your location"). */
	label: string | null;
	error?: MessageKey;
};

/**
 * Where "near" points to: the browser's coordinates when the person shared them, otherwise the
 * place they typed, resolved by the geocoder.
 */
export async function resolveNear(query: DirectoryQuery, _locale: string): Promise<Near> {
	const position = queryPosition(query);
	if (position) return { position, label: null };
	if (!query.near) return { position: null, label: null };
	return { position: null, label: query.near, error: 'directory.error.nearUnavailable' };
}
