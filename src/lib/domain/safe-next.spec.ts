import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
	it('keeps a path on this site with its query', () => {
		expect(safeNextPath('/office?tab=staff')).toBe('/office?tab=staff');
	});

	it.each([
		['https://evil.example/'],
		['//evil.example/path'],
		['/\\evil.example'],
		['/%0d%0aLocation:x'.replace('%0d%0a', '\r\n')],
		['javascript:alert(1)'],
		[''],
		[null]
	])('falls back for %j', (next) => {
		expect(safeNextPath(next, '/portal')).toBe('/portal');
	});
});
