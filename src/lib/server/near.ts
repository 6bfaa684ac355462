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
 * Where "near" points to: the place the person typed, resolved by the geocoder, otherwise the
 * browser's coordinates when they shared them. A typed place wins, because it is the newer wish:
 * the form keeps shared coordinates in hidden fields, and "use my location" empties the place.
 * With an `error`, the search must not run without its centre (that would widen it to the city).
 */
export async function resolveNear(query: DirectoryQuery, locale: string): Promise<Near> {
	if (!query.near) return { position: queryPosition(query), label: null };
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
