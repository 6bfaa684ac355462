import { describe, expect, it } from 'vitest';
import { createLruCache } from './lru-cache.ts';

describe('createLruCache', () => {
	it('returns what was stored until its time to live has passed', () => {
		const cache = createLruCache<string>(10);
		cache.set('34117', 'Mitte', 1_000, 0);
		expect(cache.get('34117', 999)).toBe('Mitte');
		expect(cache.get('34117', 1_000)).toBeUndefined();
		// An expired entry is gone, not just hidden.
		expect(cache.size).toBe(0);
	});

	it('drops the least recently used entry when full', () => {
		const cache = createLruCache<number>(2);
		cache.set('a', 1, 60_000, 0);
		cache.set('b', 2, 60_000, 0);
		// Reading "a" makes "b" the least recently used.
		expect(cache.get('a', 1)).toBe(1);
		cache.set('c', 3, 60_000, 2);
		expect(cache.get('b', 3)).toBeUndefined();
		expect(cache.get('a', 3)).toBe(1);
		expect(cache.get('c', 3)).toBe(3);
		expect(cache.size).toBe(2);
	});

	it('replaces an entry and its expiry when the same key is stored again', () => {
		const cache = createLruCache<string>(2);
		cache.set('k', 'old', 10, 0);
		cache.set('k', 'new', 100, 5);
		expect(cache.size).toBe(1);
		expect(cache.get('k', 50)).toBe('new');
	});

	it('refuses a size that could hold nothing', () => {
		expect(() => createLruCache(0)).toThrow(/at least one entry/);
	});
});
