import { describe, expect, it } from 'vitest';
import { allowStorageImages } from './csp';

describe('allowStorageImages', () => {
	const policy = "default-src 'self'; img-src 'self' data: https:; object-src 'none'";

	it('names the embedded gateway’s http origin for images', () => {
		expect(allowStorageImages(policy, 'http://127.0.0.1:54321')).toBe(
			"default-src 'self'; img-src 'self' data: https: http://127.0.0.1:54321; object-src 'none'"
		);
	});

	it('leaves the policy alone for a project served over https, or no URL', () => {
		expect(allowStorageImages(policy, 'https://abc.supabase.co')).toBe(policy);
		expect(allowStorageImages(policy, '')).toBe(policy);
	});
});
