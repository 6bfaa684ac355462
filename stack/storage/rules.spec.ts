import { describe, expect, it } from 'vitest';
import { StorageError } from './errors.ts';
import { mustBeAllowedMimeType, mustBeValidBucketId, mustBeValidKey } from './rules.ts';

const codeOf = (work: () => void) => {
	try {
		work();
		return null;
	} catch (error) {
		return (error as StorageError).code;
	}
};

describe('object keys', () => {
	it.each(['logo.png', 'a/b/c.png', "it's (1) & more=ok;@:+,?!*$.png", 'a//b', 'folder/'])(
		'accepts %s',
		(key) => expect(codeOf(() => mustBeValidKey(key))).toBeNull()
	);

	it.each([
		'',
		'Müller.png',
		'straße/x',
		'a%20b',
		'a#b',
		'a~b',
		'a[1]',
		'a\\b',
		'a\nb',
		'../x',
		'a/./b'
	])('refuses %j as InvalidKey', (key) =>
		expect(codeOf(() => mustBeValidKey(key))).toBe('InvalidKey')
	);
});

describe('bucket ids', () => {
	it('accepts up to 100 characters without a slash', () => {
		expect(codeOf(() => mustBeValidBucketId('logos'))).toBeNull();
		expect(codeOf(() => mustBeValidBucketId('x'.repeat(100)))).toBeNull();
	});

	it.each(['', 'a/b', 'x'.repeat(101), 'bücher'])('refuses %j', (id) =>
		expect(codeOf(() => mustBeValidBucketId(id))).toBe('InvalidBucketName')
	);
});

describe('allowed MIME types', () => {
	const images = ['image/png', 'image/jpeg', 'image/webp'];

	it('admits listed types, wildcards and everything without a list', () => {
		expect(codeOf(() => mustBeAllowedMimeType('image/png', images))).toBeNull();
		expect(codeOf(() => mustBeAllowedMimeType('image/gif', ['image/*']))).toBeNull();
		expect(codeOf(() => mustBeAllowedMimeType('text/html', null))).toBeNull();
		expect(codeOf(() => mustBeAllowedMimeType('text/html', []))).toBeNull();
	});

	it('refuses other types, parameters and types without a slash', () => {
		expect(codeOf(() => mustBeAllowedMimeType('image/svg+xml', images))).toBe('InvalidMimeType');
		expect(codeOf(() => mustBeAllowedMimeType('text/plain;charset=UTF-8', ['text/plain']))).toBe(
			'InvalidMimeType'
		);
		expect(codeOf(() => mustBeAllowedMimeType('png', images))).toBe('InvalidMimeType');
	});
});
