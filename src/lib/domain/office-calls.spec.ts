import { describe, expect, it } from 'vitest';
import { berlinTime, isStale, nextRoundDates, nextYearInstant } from './office-calls.ts';

describe('funding calls in the office', () => {
	it('flags a call not verified for 90 days, and one never verified', () => {
		const now = new Date('2026-11-30T12:00:00Z');
		expect(isStale(null, now)).toBe(true);
		expect(isStale('2026-09-01T12:00:00Z', now)).toBe(true);
		expect(isStale('2026-09-01T12:00:01Z', now)).toBe(false);
		expect(isStale('2026-11-01T08:00:00Z', now)).toBe(false);
	});

	it('moves a deadline a year on, keeping the local time across summer and winter time', () => {
		// 31 March 2026 is summer time (+02:00); 31 March 2027 is summer time too.
		expect(nextYearInstant('2026-03-31T21:59:00Z')).toBe('2027-03-31T21:59:00.000Z');
		// 28 March 2027 (after the switch, summer) from 28 March 2026 (before it, winter): 12:00 stays 12:00.
		expect(berlinTime(new Date('2026-03-28T11:00:00Z'))).toBe('12:00');
		expect(nextYearInstant('2026-03-28T11:00:00Z')).toBe('2027-03-28T10:00:00.000Z');
		// 29 February in a leap year becomes 28 February.
		expect(nextYearInstant('2028-02-29T22:59:00Z')).toBe('2029-02-28T22:59:00.000Z');
	});

	it('shifts every date of the next round and leaves missing ones missing', () => {
		expect(
			nextRoundDates({
				opens_at: '2026-01-15T08:00:00Z',
				deadline_at: null,
				decision_expected_on: '2026-06-30'
			})
		).toEqual({
			opens_at: '2027-01-15T08:00:00.000Z',
			deadline_at: null,
			decision_expected_on: '2027-06-30'
		});
	});
});
