// Formats are costly to build and asked for once per result: kept per locale and unit.
const formats = new Map<string, Intl.NumberFormat>();
function unitFormat(
	locale: string,
	unit: 'meter' | 'kilometer',
	digits: number
): Intl.NumberFormat {
	const key = `${locale}:${unit}:${digits}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: digits });
		formats.set(key, format);
	}
	return format;
}

/** "850 m" or "2,4 km" in the interface language. */
export function formatDistance(locale: string, metres: number): string {
	if (metres < 1000) {
		const rounded = Math.max(50, Math.round(metres / 50) * 50);
		return unitFormat(locale, 'meter', 0).format(rounded);
	}
	return unitFormat(locale, 'kilometer', metres < 10_000 ? 1 : 0).format(metres / 1000);
}

export { placeLine } from '$lib/domain/directory';
