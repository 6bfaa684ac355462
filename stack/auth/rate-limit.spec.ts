import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLimiter } from './rate-limit.ts';

describe('createLimiter', () => {
	beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-25T12:00:00Z') }));
	afterEach(() => vi.useRealTimers());

	it('allows a burst, then refills at the configured rate', () => {
		const limit = createLimiter({ events: 30, perSeconds: 300, burst: 3 });
		for (let i = 0; i < 3; i++) limit('192.0.2.1');
		expect(() => limit('192.0.2.1')).toThrow(
			expect.objectContaining({ status: 429, code: 'over_request_rate_limit' })
		);
		vi.advanceTimersByTime(10_000);
		expect(() => limit('192.0.2.1')).not.toThrow();
		expect(() => limit('192.0.2.1')).toThrow();
	});

	it('counts each address on its own', () => {
		const limit = createLimiter({ events: 1, perSeconds: 3600, burst: 1 });
		limit('192.0.2.1');
		expect(() => limit('192.0.2.1')).toThrow();
		expect(() => limit('192.0.2.2')).not.toThrow();
	});
});
