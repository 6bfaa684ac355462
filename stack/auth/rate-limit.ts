import { AuthError } from './errors.ts';

/** `events` per `perSeconds`, with up to `burst` at once (GoTrue: tollbooth, burst 30). */
export type RateLimit = { events: number; perSeconds: number; burst?: number };

export type RateLimits = {
	/** `/token`, every grant type. */
	token: RateLimit;
	/** `/verify`. */
	verify: RateLimit;
	/** `/otp`, `/recover`, `/signup` and `PUT /user` share one bucket, as in GoTrue. */
	otp: RateLimit;
};

export const DEFAULT_RATE_LIMITS: RateLimits = {
	token: { events: 150, perSeconds: 300, burst: 30 },
	verify: { events: 30, perSeconds: 300, burst: 30 },
	otp: { events: 30, perSeconds: 300, burst: 30 }
};

type Bucket = { tokens: number; updatedAt: number };

/** Per-IP token buckets for one kind of request. */
export function createLimiter(limit: RateLimit) {
	const capacity = limit.burst ?? 30;
	const refillPerMs = limit.events / (limit.perSeconds * 1000);
	const buckets = new Map<string, Bucket>();

	function prune(now: number) {
		// A bucket that has refilled completely carries no information any more.
		for (const [ip, bucket] of buckets) {
			if (bucket.tokens + (now - bucket.updatedAt) * refillPerMs >= capacity) buckets.delete(ip);
		}
	}

	return (ip: string) => {
		const now = Date.now();
		if (buckets.size > 10_000) prune(now);
		const bucket = buckets.get(ip) ?? { tokens: capacity, updatedAt: now };
		bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * refillPerMs);
		bucket.updatedAt = now;
		buckets.set(ip, bucket);
		if (bucket.tokens < 1) {
			throw new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached');
		}
		bucket.tokens -= 1;
	};
}
