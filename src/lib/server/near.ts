import type { DirectoryQuery } from '$lib/domain/directory-query';
import type { MessageKey } from '$lib/i18n';
import { queryPosition, type Position } from './directory';
import { geocode } from './geocoder';

export type Near = {
	/** The point the search is centred on, if any. */
	position: Position | null;
	/** The place the person typed, as the geocoder names it; null for the browser's location. */
	label: string | null;
	error?: MessageKey;
};

/**
 * Where "near" points to: the browser's coordinates when the person shared them, otherwise the
 * place they typed, resolved by the geocoder.
 */
export async function resolveNear(query: DirectoryQuery, locale: string): Promise<Near> {
	const position = queryPosition(query);
	if (position) return { position, label: null };
	if (!query.near) return { position: null, label: null };
	const found = await geocode(query.near, { locale });
	if (!found.ok) {
		return {
			position: null,
			label: query.near,
			error:
				found.reason === 'not_found'
					? 'directory.error.nearNotFound'
					: 'directory.error.nearUnavailable'
		};
	}
	const { latitude, longitude, label } = found.place;
	return { position: { latitude, longitude }, label };
}
