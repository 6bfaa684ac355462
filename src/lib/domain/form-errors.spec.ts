import { describe, expect, it } from 'vitest';
import { fieldError, firstErrors } from './form-errors.ts';

describe('form errors', () => {
	it('takes the first message of a field, none for a field without errors', () => {
		expect(fieldError(['grantsOffice.error.amount', 'grantsOffice.error.amountNeeded'])).toBe(
			'grantsOffice.error.amount'
		);
		expect(fieldError(undefined)).toBeUndefined();
	});

	it('keeps one message per top-level field and skips nested row errors', () => {
		expect(
			firstErrors({
				amount: ['grantsOffice.error.amount'],
				paidOn: ['grantsOffice.error.date', 'grantsOffice.error.tooLong'],
				slots: { 0: { opens_at: ['entry.hours.time'] } }
			})
		).toEqual({ amount: 'grantsOffice.error.amount', paidOn: 'grantsOffice.error.date' });
		expect(firstErrors(undefined)).toEqual({});
	});
});
