import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainText } from './plain-text';

describe('isPlainText', () => {
	it('accepts what people type, in any script', () => {
		for (const text of [
			'Beratung',
			'Straße 1, 34117 Kassel',
			'استشارة',
			'Консультація',
			'👩🏽‍⚖️',
			''
		]) {
			expect(isPlainText(text)).toBe(true);
		}
	});

	it.each([
		['\u0000'],
		['bera\u0000tung'],
		['\u001b[31m'],
		['a\u007f'],
		['\u0085'],
		['\ud800'],
		['x\udfff'],
		['\t'],
		['a\nb']
	])('refuses %j on one line', (text) => {
		expect(isPlainText(text)).toBe(false);
	});

	it('allows tab and line breaks in a field with lines, nothing else', () => {
		expect(isPlainText('Erste Zeile\r\nzweite\tZeile', { lines: true })).toBe(true);
		expect(isPlainText('a\u0000\nb', { lines: true })).toBe(false);
		expect(isPlainText('a\ud800\nb', { lines: true })).toBe(false);
	});

	it('refuses every string with a NUL or a lone surrogate', () => {
		const anyText = fc.string({
			unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
		});
		fc.assert(
			fc.property(anyText, anyText, fc.constantFrom('\u0000', '\ud83d', '\udc00'), (a, b, bad) => {
				const text = `${a}${bad}${b}`;
				// A lone surrogate can pair up with its neighbour; then it is no longer lone.
				if (text.isWellFormed() && bad !== '\u0000') return;
				expect(isPlainText(text)).toBe(false);
				expect(isPlainText(text, { lines: true })).toBe(false);
			})
		);
	});
});
