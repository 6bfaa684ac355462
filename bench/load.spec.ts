import { describe, expect, it } from 'vitest';
import { percentile } from './load.ts';

describe('percentile', () => {
	const samples = Array.from({ length: 100 }, (_, i) => i + 1);

	it('uses the nearest rank', () => {
		expect(percentile(samples, 0.5)).toBe(50);
		expect(percentile(samples, 0.95)).toBe(95);
		expect(percentile(samples, 1)).toBe(100);
	});

	it('handles a single sample and no samples', () => {
		expect(percentile([7], 0.95)).toBe(7);
		expect(percentile([], 0.5)).toBeNaN();
	});
});
