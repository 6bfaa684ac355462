import { describe, expect, it } from 'vitest';
import { formatDaysLeft, formatDateTime } from './deadline-labels.ts';

describe('deadlines in the reader’s language', () => {
	it('shows the instant as the time in Kassel, in winter and in summer', () => {
		expect(formatDateTime('2027-01-29T11:00:00Z', 'de')).toBe('29. Januar 2027 um 12:00');
		expect(formatDateTime('2027-06-30T21:59:00Z', 'de')).toBe('30. Juni 2027 um 23:59');
		expect(formatDateTime('2027-01-29T11:00:00Z', 'en')).toMatch(/^January 29, 2027.*12:00\sPM$/);
	});

	it('counts down in words', () => {
		expect(formatDaysLeft(0, 'de')).toBe('heute');
		expect(formatDaysLeft(1, 'de')).toBe('morgen');
		expect(formatDaysLeft(60, 'de')).toBe('in 60 Tagen');
		expect(formatDaysLeft(1, 'en')).toBe('tomorrow');
		expect(formatDaysLeft(5, 'tr')).toBe('5 gün sonra');
		expect(formatDaysLeft(5, 'uk')).toBe('через 5 днів');
		expect(formatDaysLeft(5, 'ar')).not.toBe(formatDaysLeft(6, 'ar'));
	});
});
