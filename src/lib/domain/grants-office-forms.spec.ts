import { superValidate } from 'sveltekit-superforms';
import { describe, expect, it } from 'vitest';
import { formAdapter } from './form-adapter.ts';
import {
	applicationInput,
	applicationSchema,
	decisionInput,
	decisionSchema,
	fundingCallInput,
	fundingCallSchema,
	meetingSchema,
	paymentInput,
	paymentSchema,
	programmeInput,
	programmeSchema
} from './grants-office-forms.ts';

const messages = (result: {
	error?: { issues: Array<{ message: string; path: PropertyKey[] }> };
}) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

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
		const parsed = decisionInput(decisionSchema.parse(decision));
		expect(parsed).toMatchObject({ amount: 900_000, meeting: null, reference: null });
	});

	it('wants a meeting exactly when the committee decides, and a period for an approval', () => {
		const errors = (input: Record<string, string>) =>
			decisionSchema.safeParse(input).error?.issues.map((issue) => issue.message);
		expect(errors({ ...decision, decidedBy: 'committee' })).toEqual(['grantsOffice.error.meeting']);
		expect(errors({ ...decision, periodEnd: '' })).toEqual(['grantsOffice.error.periodNeeded']);
		expect(errors({ ...decision, amount: '12,345' })).toEqual([
			'grantsOffice.error.amount',
			'grantsOffice.error.amountNeeded'
		]);
		expect(errors({ ...decision, outcome: 'rejected', amount: '', periodEnd: '' })).toBeUndefined();
	});

	it('reads a call: checkbox lists, a deadline unless rolling, the amount range in order', () => {
		const call = { programme: crypto.randomUUID(), title: 'Aufruf', deadlineType: 'fixed' };
		expect(fundingCallSchema.safeParse(call).error?.issues[0]?.message).toBe(
			'grantsOffice.error.deadline'
		);
		const parsed = fundingCallInput(
			fundingCallSchema.parse({
				...call,
				deadlineType: 'rolling',
				topics: ['empowerment'],
				eligible: ['registered_association', 'foundation'],
				minAmount: '500',
				maxAmount: '1.000,50'
			})
		);
		expect(parsed).toMatchObject({
			topics: ['empowerment'],
			eligible: ['registered_association', 'foundation'],
			minAmount: 50_000,
			maxAmount: 100_050,
			deadlineOn: null,
			deadlineTime: '23:59',
			description: null
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

	it('refuses bad call input field by field', () => {
		const result = fundingCallSchema.safeParse({
			programme: 'not-a-uuid',
			title: ' ',
			deadlineType: 'sometimes',
			deadlineOn: '2027-02-30',
			minAmount: '12,345',
			link: 'javascript:alert(1)',
			region: 'x'.repeat(201)
		});
		expect(Object.fromEntries(messages(result) ?? [])).toMatchObject({
			programme: 'grantsOffice.error.programme',
			title: 'grantsOffice.error.title',
			deadlineType: 'grantsOffice.error.choose',
			deadlineOn: 'grantsOffice.error.date',
			minAmount: 'grantsOffice.error.amount',
			link: 'grantsOffice.error.link',
			region: 'grantsOffice.error.tooLong'
		});
	});

	it('reads an application: empty amounts are zero, the period in order', () => {
		const application = {
			organisation: crypto.randomUUID(),
			title: 'Fest',
			status: 'idea',
			officeRole: 'none'
		};
		expect(applicationInput(applicationSchema.parse(application))).toMatchObject({
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
		expect(
			messages(
				applicationSchema.safeParse({ ...application, volunteerHours: '-3', totalCost: 'viel' })
			)
		).toEqual([
			['totalCost', 'grantsOffice.error.amount'],
			['volunteerHours', 'grantsOffice.error.hours']
		]);
	});

	it('reads a payment in cents and refuses a zero, negative or malformed amount', () => {
		const payment = { direction: 'payout', amount: '1.250,5', paidOn: '2026-04-01' };
		expect(paymentInput(paymentSchema.parse(payment))).toEqual({
			direction: 'payout',
			amount: 125_050,
			paidOn: '2026-04-01',
			reference: null
		});
		for (const amount of ['0', '-5', '1,234', 'zehn', '']) {
			expect(messages(paymentSchema.safeParse({ ...payment, amount }))).toEqual([
				['amount', 'grantsOffice.error.amount']
			]);
		}
		expect(
			messages(paymentSchema.safeParse({ ...payment, direction: '', paidOn: 'gestern' }))
		).toEqual([
			['direction', 'grantsOffice.error.choose'],
			['paidOn', 'grantsOffice.error.date']
		]);
	});

	it('reads a programme’s own share in basis points and refuses one over 100 %', () => {
		const programme = { funder: crypto.randomUUID(), name: 'Programm', financingType: 'anteil' };
		expect(
			programmeInput(programmeSchema.parse({ ...programme, minOwnShare: '12,5' }))
		).toMatchObject({ minOwnShare: 1250 });
		expect(programmeInput(programmeSchema.parse(programme)).minOwnShare).toBe(0);
		expect(messages(programmeSchema.safeParse({ ...programme, minOwnShare: '101' }))).toEqual([
			['minOwnShare', 'grantsOffice.error.percent']
		]);
	});

	it('refuses a meeting without a fund, a date or a title', () => {
		expect(messages(meetingSchema.safeParse({ title: '' }))).toEqual([
			['fund', 'grantsOffice.error.choose'],
			['heldOn', 'grantsOffice.error.date'],
			['title', 'grantsOffice.error.title']
		]);
	});

	it('gives back what was typed when Superforms refuses a payment', async () => {
		const formData = new FormData();
		formData.set('direction', 'repayment');
		formData.set('amount', '12,345');
		formData.set('reference', 'AZ 17');
		const form = await superValidate(formData, formAdapter(paymentSchema));
		expect(form.valid).toBe(false);
		expect(form.data).toMatchObject({
			direction: 'repayment',
			amount: '12,345',
			reference: 'AZ 17'
		});
		expect(form.errors).toEqual({
			amount: ['grantsOffice.error.amount'],
			paidOn: ['grantsOffice.error.date']
		});
	});

	it('reads both checkbox lists of a call through Superforms', async () => {
		const formData = new FormData();
		formData.set('programme', crypto.randomUUID());
		formData.set('title', 'Aufruf');
		formData.set('deadlineType', 'rolling');
		formData.append('topics', 'empowerment');
		formData.append('topics', 'education');
		formData.append('eligible', 'foundation');
		const form = await superValidate(formData, formAdapter(fundingCallSchema));
		expect(form.valid).toBe(true);
		expect(form.data).toMatchObject({
			topics: ['empowerment', 'education'],
			eligible: ['foundation']
		});
	});
});
