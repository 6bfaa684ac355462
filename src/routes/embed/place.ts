import type { MessageKey } from '$lib/i18n';

export type EmbedPlace = {
	visibility: 'exact' | 'approximate' | 'district_only' | 'on_request';
	name: string | null;
	address_1: string | null;
	postal_code: string | null;
	city: string | null;
	district: string | null;
};

const NOTES: Record<EmbedPlace['visibility'], MessageKey | null> = {
	exact: null,
	approximate: 'openData.widget.approximate',
	district_only: 'openData.widget.districtOnly',
	on_request: 'openData.widget.onRequest'
};

/**
 * A public place in one line, and what to say about a confidential one. The fields are the
 * degraded public ones already; this only leaves out the empty parts.
 */
export function describePlace(place: EmbedPlace): { text: string; note: MessageKey | null } {
	const town = [place.postal_code, place.city].filter(Boolean).join(' ');
	const parts =
		place.visibility === 'exact' ? [place.name, place.address_1, town] : [place.district, town];
	return { text: parts.filter(Boolean).join(', '), note: NOTES[place.visibility] };
}
