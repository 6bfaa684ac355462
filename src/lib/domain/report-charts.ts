/**
 * Geometry of the report charts, drawn by hand as SVG on the server (see ReportBarChart and
 * ReportLineChart): pure numbers in, positions out, so the charts render without JavaScript,
 * print, and are tested here without a browser.
 */

export type BarItem = { label: string; value: number; text: string };
export type Bar = BarItem & { y: number; width: number };

export const BAR_CHART = { width: 640, labelWidth: 200, valueWidth: 120, rowHeight: 28, bar: 18 };

/** One horizontal bar per item, scaled to the largest value; labels and values sit beside it. */
export function barLayout(items: BarItem[]): { bars: Bar[]; height: number } {
	const { width, labelWidth, valueWidth, rowHeight } = BAR_CHART;
	const span = width - labelWidth - valueWidth;
	const largest = Math.max(0, ...items.map((item) => item.value));
	return {
		bars: items.map((item, index) => ({
			...item,
			y: index * rowHeight,
			width: largest > 0 ? Math.max(0, (item.value / largest) * span) : 0
		})),
		height: Math.max(rowHeight, items.length * rowHeight)
	};
}

export type LinePoint = { label: string; value: number | null; text: string };
export type PlacedPoint = LinePoint & { x: number; y: number | null };

export const LINE_CHART = { width: 640, height: 220, padding: 40 };

/**
 * Points of a line over 0–1 (a rate), evenly spaced; a point without a value (nothing decided
 * that year) breaks the line instead of pretending 0 %.
 */
export function lineLayout(points: LinePoint[]): { points: PlacedPoint[]; path: string } {
	const { width, height, padding } = LINE_CHART;
	const step = points.length > 1 ? (width - 2 * padding) / (points.length - 1) : 0;
	const placed = points.map((point, index) => ({
		...point,
		x: points.length > 1 ? padding + index * step : width / 2,
		y:
			point.value === null
				? null
				: height - padding - Math.min(1, Math.max(0, point.value)) * (height - 2 * padding)
	}));
	let path = '';
	let drawing = false;
	for (const point of placed) {
		if (point.y === null) {
			drawing = false;
			continue;
		}
		path += `${drawing ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
		drawing = true;
	}
	return { points: placed, path };
}
