import { describe, expect, it } from 'vitest';
import { centsToDecimal, formatCents, parseEuros, sumCents } from './money.ts';

describe('money in integer cents', () => {
	it('formats euros exactly in German, the cents never rounded through a float', () => {
		expect(formatCents(123456789)).toBe('1.234.567,89\u00a0€');
		expect(formatCents(5)).toBe('0,05\u00a0€');
		expect(formatCents(-1999)).toBe('-19,99\u00a0€');
		// 2^53 − 1 cents: a float of the euros (90071992547409.91) would print …409,91 only by luck.
		expect(formatCents(Number.MAX_SAFE_INTEGER)).toBe('90.071.992.547.409,91\u00a0€');
		expect(formatCents(1010)).toBe('10,10\u00a0€');
	});

	it('formats in the reader’s language', () => {
		expect(formatCents(123456, 'en')).toBe('€1,234.56');
		expect(formatCents(123456, 'uk')).toMatch(/^1\s234,56\s€$/);
		expect(formatCents(123456, 'tr')).toBe('€1.234,56');
	});

	it('writes cents as an exact decimal', () => {
		expect(centsToDecimal(7)).toBe('0.07');
		expect(centsToDecimal(-7)).toBe('-0.07');
		expect(centsToDecimal(100)).toBe('1.00');
	});

	it('sums to the cent where floats of euros drift', () => {
		const amounts = Array.from({ length: 1000 }, () => 10); // 1000 × 0,10 €
		expect(amounts.reduce((sum, cents) => sum + cents / 100, 0)).not.toBe(100);
		expect(sumCents(amounts)).toBe(10000);
		expect(sumCents([])).toBe(0);
	});

	it('refuses fractions of a cent and sums past what a number holds exactly', () => {
		expect(() => sumCents([1, 0.5])).toThrow(RangeError);
		expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
		expect(() => formatCents(1.5)).toThrow(RangeError);
	});

	it('reads euros as typed in a German form', () => {
		expect(parseEuros('1.234,56')).toBe(123456);
		expect(parseEuros('1234,5')).toBe(123450);
		expect(parseEuros('  1234 ')).toBe(123400);
		expect(parseEuros('12.500 €')).toBe(1250000);
		expect(parseEuros('-3,07')).toBe(-307);
		expect(parseEuros('0,1')).toBe(10);
		for (const wrong of ['', '1,234', '12.34', '1.23,45', 'zehn', '1,2,3', '1e3'])
			expect(parseEuros(wrong), wrong).toBeNull();
	});
});
