/**
 * A bounded in-memory cache: least recently used entries go first when it is full, and every
 * entry expires after its own time to live. One per server process; behind several app servers
 * each keeps its own, which is fine for answers that are cheap to fetch again.
 */
export type LruCache<Value> = {
	get(key: string, now?: number): Value | undefined;
	set(key: string, value: Value, ttlMs: number, now?: number): void;
	delete(key: string): void;
	readonly size: number;
};

export function createLruCache<Value>(maxEntries: number): LruCache<Value> {
	if (!Number.isInteger(maxEntries) || maxEntries < 1) {
		throw new Error(`an LRU cache needs room for at least one entry, not ${maxEntries}`);
	}
	// A Map iterates in insertion order: re-inserting on every hit keeps the oldest use first.
	const entries = new Map<string, { value: Value; expiresAt: number }>();
	return {
		get(key, now = Date.now()) {
			const entry = entries.get(key);
			if (!entry) return undefined;
			entries.delete(key);
			if (entry.expiresAt <= now) return undefined;
			entries.set(key, entry);
			return entry.value;
		},
		set(key, value, ttlMs, now = Date.now()) {
			entries.delete(key);
			entries.set(key, { value, expiresAt: now + ttlMs });
			while (entries.size > maxEntries) {
				const oldest = entries.keys().next().value;
				if (oldest === undefined) break;
				entries.delete(oldest);
			}
		},
		delete(key) {
			entries.delete(key);
		},
		get size() {
			return entries.size;
		}
	};
}
