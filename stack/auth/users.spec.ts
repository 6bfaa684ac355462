import { describe, expect, it } from 'vitest';
import { checkPassword, mergeMetadata, normaliseEmail } from './users.ts';

describe('normaliseEmail', () => {
	it('trims and lowercases like GoTrue', () => {
		expect(normaliseEmail('  Ada.Lovelace@Example.ORG ')).toBe('ada.lovelace@example.org');
	});

	it.each(['', 'no-at-sign', 'a@b', 'a b@example.org', 42])('refuses %j', (value) => {
		expect(() => normaliseEmail(value)).toThrow(
			expect.objectContaining({ code: 'validation_failed' })
		);
	});
});

describe('checkPassword', () => {
	it('needs six characters and reports the reason', () => {
		expect(() => checkPassword('12345')).toThrow(
			expect.objectContaining({
				status: 422,
				code: 'weak_password',
				extra: { weak_password: { reasons: ['length'] } }
			})
		);
		expect(checkPassword('123456')).toBe('123456');
	});

	it('refuses more than 72 bytes, which bcrypt would cut off', () => {
		expect(() => checkPassword('ä'.repeat(37))).toThrow(
			expect.objectContaining({ code: 'validation_failed' })
		);
		expect(checkPassword('ä'.repeat(36))).toHaveLength(36);
	});
});

describe('mergeMetadata', () => {
	it('merges shallowly and deletes keys set to null', () => {
		expect(mergeMetadata({ a: 1, b: { c: 2 }, d: 3 }, { b: { e: 4 }, d: null })).toEqual({
			a: 1,
			b: { e: 4 }
		});
	});

	it('refuses anything but an object', () => {
		expect(() => mergeMetadata({}, ['x'])).toThrow(
			expect.objectContaining({ code: 'validation_failed' })
		);
	});
});
