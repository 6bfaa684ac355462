import { describe, expect, it } from 'vitest';
import { isolate } from './bidi.ts';

describe('isolate', () => {
	it('wraps text in first-strong and pop directional isolates', () => {
		expect([...isolate('34117 Kassel')].map((c) => c.codePointAt(0))).toEqual([
			0x2068,
			...[...'34117 Kassel'].map((c) => c.codePointAt(0)),
			0x2069
		]);
	});
});
