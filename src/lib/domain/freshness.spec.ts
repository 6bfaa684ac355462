import { describe, expect, it } from 'vitest';
import { confirmationDue, isStale, monthsBefore, reminderPeriod } from './freshness';

const now = new Date('2026-12-01T10:00:00Z');

describe('freshness', () => {
	it('counts whole calendar months, clamping to the month’s last day', () => {
		expect(monthsBefore(new Date('2026-03-31T08:00:00Z'), 1).toISOString()).toBe(
			'2026-02-28T08:00:00.000Z'
		);
		expect(monthsBefore(now, 12).toISOString()).toBe('2025-12-01T10:00:00.000Z');
	});

	it('reminds members after eleven months and never-confirmed entries at once', () => {
		expect(confirmationDue('2026-01-01T09:00:00Z', now)).toBe(true);
		expect(confirmationDue('2026-01-02T09:00:00Z', now)).toBe(false);
		expect(confirmationDue(null, now)).toBe(true);
	});

	it('lists an entry as stale after twelve months only', () => {
		expect(isStale('2026-01-01T09:00:00Z', now)).toBe(false);
		expect(isStale('2025-11-30T09:00:00Z', now)).toBe(true);
		expect(isStale(null, now)).toBe(true);
	});

	it('starts a new reminder period with every confirmation', () => {
		const first = reminderPeriod('2025-11-30T09:00:00Z');
		expect(first).toBe(reminderPeriod('2025-11-30T09:00:00.000Z'));
		expect(first).not.toBe(reminderPeriod('2026-11-30T09:00:00Z'));
		expect(reminderPeriod(null)).not.toBe(first);
	});
});
