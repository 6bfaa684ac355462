import { describe, expect, it } from 'vitest';
import { BAR_CHART, barLayout, LINE_CHART, lineLayout } from './report-charts.ts';

describe('barLayout', () => {
	it('scales bars to the largest value and stacks rows', () => {
		const { bars, height } = barLayout([
			{ label: 'a', value: 50, text: '50' },
			{ label: 'b', value: 100, text: '100' },
			{ label: 'c', value: 0, text: '0' }
		]);
		const span = BAR_CHART.width - BAR_CHART.labelWidth - BAR_CHART.valueWidth;
		expect(bars.map((bar) => bar.width)).toEqual([span / 2, span, 0]);
		expect(bars.map((bar) => bar.y)).toEqual([0, BAR_CHART.rowHeight, 2 * BAR_CHART.rowHeight]);
		expect(height).toBe(3 * BAR_CHART.rowHeight);
	});

	it('draws no bar when every value is zero or there are none', () => {
		expect(barLayout([{ label: 'a', value: 0, text: '0' }]).bars[0]!.width).toBe(0);
		expect(barLayout([]).height).toBe(BAR_CHART.rowHeight);
	});
});

describe('lineLayout', () => {
	it('places rates between the paddings, 100 % at the top', () => {
		const { points, path } = lineLayout([
			{ label: '2024', value: 0, text: '0 %' },
			{ label: '2025', value: 1, text: '100 %' }
		]);
		const { width, height, padding } = LINE_CHART;
		expect(points.map((p) => [p.x, p.y])).toEqual([
			[padding, height - padding],
			[width - padding, padding]
		]);
		expect(path).toBe(
			`M${padding.toFixed(1)},${(height - padding).toFixed(1)}L${(width - padding).toFixed(1)},${padding.toFixed(1)}`
		);
	});

	it('breaks the line where a year has no rate', () => {
		const { points, path } = lineLayout([
			{ label: '2023', value: 0.5, text: '50 %' },
			{ label: '2024', value: null, text: '–' },
			{ label: '2025', value: 0.5, text: '50 %' }
		]);
		expect(points[1]!.y).toBeNull();
		expect(path.match(/M/g)).toHaveLength(2);
		expect(path).not.toContain('L');
	});
});
