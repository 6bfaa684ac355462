import { describe, expect, it } from 'vitest';
import { applicationSchema, decisionSchema, fundingCallSchema } from './grants-office-forms.ts';

describe('the office grant forms', () => {
	const decision = {
		outcome: 'approved',
		decidedBy: 'funder',
		decidedOn: '2026-02-20',
		amount: '9.000,00',
		periodStart: '2026-03-01',
		periodEnd: '2027-02-28'
	};

	it('reads a funder’s decision without a meeting field, amounts in cents', () => {
		const parsed = decisionSchema.parse(decision);
		expect(parsed).toMatchObject({ amount: 900_000, meeting: null, reference: null });
	});

	it('wants a meeting exactly when the committee decides, and a period for an approval', () => {
		const errors = (input: Record<string, string>) =>
			decisionSchema.safeParse(input).error?.issues.map((issue) => issue.message);
		expect(errors({ ...decision, decidedBy: 'committee' })).toEqual(['grantsOffice.error.meeting']);
		expect(errors({ ...decision, periodEnd: '' })).toEqual(['grantsOffice.error.periodNeeded']);
		expect(errors({ ...decision, amount: '12,345' })).toEqual(['grantsOffice.error.amount']);
		expect(errors({ ...decision, outcome: 'rejected', amount: '', periodEnd: '' })).toBeUndefined();
	});

	it('reads a call: checkbox lists, a deadline unless rolling, the amount range in order', () => {
		const call = { programme: crypto.randomUUID(), title: 'Aufruf', deadlineType: 'fixed' };
		expect(fundingCallSchema.safeParse(call).error?.issues[0]?.message).toBe(
			'grantsOffice.error.deadline'
		);
		const parsed = fundingCallSchema.parse({
			...call,
			deadlineType: 'rolling',
			topics: 'empowerment',
			eligible: ['registered_association', 'foundation'],
			minAmount: '500',
			maxAmount: '1.000,50'
		});
		expect(parsed).toMatchObject({
			topics: ['empowerment'],
			eligible: ['registered_association', 'foundation'],
			minAmount: 50_000,
			maxAmount: 100_050,
			deadlineOn: null,
			deadlineTime: '23:59'
		});
		expect(
			fundingCallSchema.safeParse({
				...call,
				deadlineOn: '2027-01-01',
				minAmount: '2',
				maxAmount: '1'
			}).error?.issues[0]?.message
		).toBe('grantsOffice.error.range');
	});

	it('reads an application: empty amounts are zero, the period in order', () => {
		const application = {
			organisation: crypto.randomUUID(),
			title: 'Fest',
			status: 'idea',
			officeRole: 'none'
		};
		expect(applicationSchema.parse(application)).toMatchObject({
			source: null,
			totalCost: 0,
			requested: 0,
			volunteerHours: 0,
			responsibleMe: false
		});
		expect(
			applicationSchema.safeParse({
				...application,
				periodStart: '2026-05-01',
				periodEnd: '2026-04-30'
			}).error?.issues[0]?.message
		).toBe('grantsOffice.error.period');
		expect(applicationSchema.safeParse({ ...application, status: 'approved' }).success).toBe(false);
	});
});
