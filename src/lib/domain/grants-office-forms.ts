import { z } from 'zod';
import { APPLICANT_KINDS } from './funding-calls.ts';
import { ENTRY_STATUSES } from './grant-status.ts';
import { parseEuros } from './money.ts';

/**
 * The office's grant forms: a funding call, an application, a decision (Bescheid), a committee
 * meeting. Server only (zod stays out of the browser). Amounts are typed as euros in German
 * notation ('1.234,56') and become integer cents here; empty optional fields become null.
 */

// A field left empty, or not on the form at all (a fund's meeting on a call's decision): null.
const blank = (value: unknown) =>
	value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.nullable());

const euros = (error: 'grantsOffice.error.amount') =>
	z
		.string({ error })
		.trim()
		.transform((text, context) => {
			const cents = parseEuros(text);
			if (cents === null || cents < 0) {
				context.addIssue({ code: 'custom', message: error });
				return z.NEVER;
			}
			return cents;
		});
const optionalEuros = z.preprocess(blank, euros('grantsOffice.error.amount').nullable());
const requiredEuros = z.preprocess(
	(value) => blank(value) ?? '0',
	euros('grantsOffice.error.amount')
);
const date = (error: 'grantsOffice.error.date') => z.iso.date({ error });
const text = (max: number) =>
	optional(z.string().trim().max(max, { error: 'grantsOffice.error.tooLong' }));
const title = z
	.string({ error: 'grantsOffice.error.title' })
	.trim()
	.min(1, { error: 'grantsOffice.error.title' })
	.max(300, { error: 'grantsOffice.error.tooLong' });
const many = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === undefined ? [] : [value].flat()), z.array(schema));

export const fundingCallSchema = z
	.object({
		programme: z.uuid({ error: 'grantsOffice.error.programme' }),
		title,
		description: text(20000),
		topics: many(z.string().regex(/^[a-z0-9_]{1,40}$/)),
		eligible: many(z.enum(APPLICANT_KINDS)),
		region: text(200),
		minAmount: optionalEuros,
		maxAmount: optionalEuros,
		opensOn: optional(date('grantsOffice.error.date')),
		deadlineType: z.enum(['fixed', 'rolling', 'per_round'], { error: 'grantsOffice.error.choose' }),
		deadlineOn: optional(date('grantsOffice.error.date')),
		deadlineTime: z.preprocess(
			(value) => blank(value) ?? '23:59',
			z.string().regex(/^\d{2}:\d{2}$/, { error: 'grantsOffice.error.time' })
		),
		decisionExpectedOn: optional(date('grantsOffice.error.date')),
		link: optional(z.url({ protocol: /^https?$/, error: 'grantsOffice.error.link' }).max(2000))
	})
	.refine((call) => call.deadlineType === 'rolling' || call.deadlineOn !== null, {
		path: ['deadlineOn'],
		message: 'grantsOffice.error.deadline'
	})
	.refine(
		(call) =>
			call.minAmount === null || call.maxAmount === null || call.minAmount <= call.maxAmount,
		{ path: ['maxAmount'], message: 'grantsOffice.error.range' }
	)
	.refine((call) => !call.opensOn || !call.deadlineOn || call.opensOn <= call.deadlineOn, {
		path: ['deadlineOn'],
		message: 'grantsOffice.error.opensAfterDeadline'
	});
export type FundingCallInput = z.output<typeof fundingCallSchema>;

export const funderSchema = z.object({
	name: z
		.string({ error: 'grantsOffice.error.name' })
		.trim()
		.min(1, { error: 'grantsOffice.error.name' })
		.max(200, { error: 'grantsOffice.error.tooLong' }),
	level: z.enum(['eu', 'bund', 'land', 'kommune', 'foundation', 'lottery'], {
		error: 'grantsOffice.error.choose'
	})
});

export const programmeSchema = z.object({
	funder: z.uuid({ error: 'grantsOffice.error.choose' }),
	name: z
		.string({ error: 'grantsOffice.error.name' })
		.trim()
		.min(1, { error: 'grantsOffice.error.name' })
		.max(200, { error: 'grantsOffice.error.tooLong' }),
	financingType: z.enum(['anteil', 'fehlbedarf', 'festbetrag', 'voll'], {
		error: 'grantsOffice.error.choose'
	}),
	minOwnShare: z.preprocess(
		(value) => blank(value) ?? '0',
		z.coerce
			.number({ error: 'grantsOffice.error.percent' })
			.min(0, { error: 'grantsOffice.error.percent' })
			.max(100, { error: 'grantsOffice.error.percent' })
			.transform((percent) => Math.round(percent * 100))
	)
});

export const applicationSchema = z
	.object({
		organisation: z.uuid({ error: 'grantsOffice.error.organisation' }),
		source: z.preprocess(
			blank,
			z
				.string()
				.regex(/^(call|fund):[0-9a-f-]{36}$/, { error: 'grantsOffice.error.choose' })
				.nullable()
		),
		title,
		status: z.enum(ENTRY_STATUSES as ['idea', 'drafting', 'submitted'], {
			error: 'grantsOffice.error.choose'
		}),
		officeRole: z.enum(['advised', 'co_wrote', 'partner', 'none'], {
			error: 'grantsOffice.error.choose'
		}),
		periodStart: optional(date('grantsOffice.error.date')),
		periodEnd: optional(date('grantsOffice.error.date')),
		totalCost: requiredEuros,
		requested: requiredEuros,
		ownFunds: requiredEuros,
		thirdParty: requiredEuros,
		volunteerHours: z.preprocess(
			(value) => blank(value) ?? '0',
			z.coerce
				.number({ error: 'grantsOffice.error.hours' })
				.int({ error: 'grantsOffice.error.hours' })
				.min(0, { error: 'grantsOffice.error.hours' })
				.max(1_000_000, { error: 'grantsOffice.error.hours' })
		),
		responsibleMe: z.preprocess((value) => value === 'on', z.boolean()),
		notes: text(20000)
	})
	.refine((a) => !a.periodStart || !a.periodEnd || a.periodStart <= a.periodEnd, {
		path: ['periodEnd'],
		message: 'grantsOffice.error.period'
	});
export type ApplicationInput = z.output<typeof applicationSchema>;

export const decisionSchema = z
	.object({
		outcome: z.enum(['approved', 'partly_approved', 'rejected'], {
			error: 'grantsOffice.error.choose'
		}),
		decidedBy: z.enum(['funder', 'office', 'committee'], { error: 'grantsOffice.error.choose' }),
		meeting: optional(z.uuid({ error: 'grantsOffice.error.choose' })),
		decidedOn: date('grantsOffice.error.date'),
		reference: text(200),
		amount: requiredEuros,
		periodStart: optional(date('grantsOffice.error.date')),
		periodEnd: optional(date('grantsOffice.error.date')),
		conditions: text(20000)
	})
	.refine((d) => d.outcome === 'rejected' || d.amount > 0, {
		path: ['amount'],
		message: 'grantsOffice.error.amountNeeded'
	})
	.refine((d) => d.outcome === 'rejected' || (d.periodStart !== null && d.periodEnd !== null), {
		path: ['periodEnd'],
		message: 'grantsOffice.error.periodNeeded'
	})
	.refine((d) => !d.periodStart || !d.periodEnd || d.periodStart <= d.periodEnd, {
		path: ['periodEnd'],
		message: 'grantsOffice.error.period'
	})
	.refine((d) => (d.decidedBy === 'committee') === (d.meeting !== null), {
		path: ['meeting'],
		message: 'grantsOffice.error.meeting'
	});
export type DecisionInput = z.output<typeof decisionSchema>;

export const meetingSchema = z.object({
	heldOn: date('grantsOffice.error.date'),
	title: z
		.string({ error: 'grantsOffice.error.title' })
		.trim()
		.min(1, { error: 'grantsOffice.error.title' })
		.max(200, { error: 'grantsOffice.error.tooLong' }),
	minutes: text(20000)
});

export const callIdSchema = z.object({ call: z.uuid({ error: 'grantsOffice.error.choose' }) });

export const paymentSchema = z.object({
	direction: z.enum(['payout', 'repayment'], { error: 'grantsOffice.error.choose' }),
	amount: euros('grantsOffice.error.amount').refine((cents) => cents > 0, {
		message: 'grantsOffice.error.amount'
	}),
	paidOn: date('grantsOffice.error.date'),
	reference: text(200)
});
export type PaymentInput = z.output<typeof paymentSchema>;
