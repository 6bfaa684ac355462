import type { PublicLocation } from '$lib/server/directory';

/** "850 m" or "2,4 km" in the interface language. */
export function formatDistance(locale: string, metres: number): string {
	if (metres < 1000) {
		const rounded = Math.max(50, Math.round(metres / 50) * 50);
		return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter' }).format(rounded);
	}
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: 'kilometer',
		maximumFractionDigits: metres < 10_000 ? 1 : 0
	}).format(metres / 1000);
}

/** One line for a public location: as much of the address as its visibility leaves. */
export function placeLine(place: PublicLocation): string {
	const street = [place.address_1, place.address_2].filter(Boolean).join(', ');
	const town = [place.postal_code, place.city].filter(Boolean).join(' ');
	const district = place.district && !street ? place.district : null;
	return [place.name && street ? place.name : null, street, district, town]
		.filter(Boolean)
		.join(', ');
}
