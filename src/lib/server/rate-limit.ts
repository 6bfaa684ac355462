/**
 * A fixed-window counter per key, in memory: enough to slow a script down on one server. Behind
 * several app servers each counts on its own; Supabase Auth keeps its own limits for mail.
 */
export function createRateLimit(limit: number, windowMs: number) {
	const windows = new Map<string, { startedAt: number; count: number }>();
	return function allow(key: string, now = Date.now()): boolean {
		const current = windows.get(key);
		if (!current || now - current.startedAt >= windowMs) {
			if (windows.size > 10_000) windows.clear();
			windows.set(key, { startedAt: now, count: 1 });
			return true;
		}
		current.count += 1;
		return current.count <= limit;
	};
}
