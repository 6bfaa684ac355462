import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';
import { APPLICANT_KINDS } from './funding-calls.ts';
import { ENTRY_STATUSES } from './grant-status.ts';
import { parseEuros } from './money.ts';

/**
 * The office's grant forms: a funding call, an application, a decision (Bescheid), a payment, a
 * committee meeting, a funder and a programme. Each schema reads the form as it is typed (text in,
 * text out), so Superforms gives back exactly what was typed after a refusal and the same schema
 * validates in the browser; `…Input()` then turns valid values into what the services store:
 * euros in German notation ('1.234,56') become integer cents, empty optional fields null.
 */

type Key = MessageKey;

const nullIfBlank = (value: string) => (value.trim() === '' ? null : value.trim());
/** Cents of a typed amount, or null when left empty. Only called on validated values. */
const centsOrNull = (text: string): number | null => (text.trim() === '' ? null : parseEuros(text));
/** Cents of a typed amount, zero when left empty. */
const centsOrZero = (text: string): number => centsOrNull(text) ?? 0;
const isEuros = (text: string) => {
	const cents = parseEuros(text);
	return cents !== null && cents >= 0;
};

/** A text field that may stay empty. */
const optionalText = (max: number) =>
	z.string().trim().max(max, { error: 'grantsOffice.error.tooLong' }).default('');
const optionalMatching = (valid: (value: string) => boolean, error: Key) =>
	z
		.string()
		.trim()
		.default('')
		.refine((value) => value === '' || valid(value), { error });
const isDate = (value: string) => z.iso.date().safeParse(value).success;
const optionalDate = optionalMatching(isDate, 'grantsOffice.error.date');
const requiredDate = z
	.string({ error: 'grantsOffice.error.date' })
	.default('')
	.refine(isDate, { error: 'grantsOffice.error.date' });
const optionalEuros = optionalMatching(isEuros, 'grantsOffice.error.amount');
const title = (max: number) =>
	z
		.string({ error: 'grantsOffice.error.title' })
		.trim()
		.min(1, { error: 'grantsOffice.error.title' })
		.max(max, { error: 'grantsOffice.error.tooLong' });
const name = z
	.string({ error: 'grantsOffice.error.name' })
	.trim()
	.min(1, { error: 'grantsOffice.error.name' })
	.max(200, { error: 'grantsOffice.error.tooLong' });
/**
 * One of `values`. Read as a string first: Superforms fills a missing enum field with its first
 * value, which would pass a form whose choice was never made.
 */
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
	z
		.string({ error: 'grantsOffice.error.choose' })
		.default('')
		.refine((value): value is T[number] => (values as readonly string[]).includes(value), {
			error: 'grantsOffice.error.choose'
		});
const uuid = (error: Key) =>
	z
		.string({ error })
		.default('')
		.refine((value) => z.uuid().safeParse(value).success, { error });
const optionalUuid = optionalMatching(
	(value) => z.uuid().safeParse(value).success,
	'grantsOffice.error.choose'
);
const isLink = (value: string) =>
	value.length <= 2000 && z.url({ protocol: /^https?$/ }).safeParse(value).success;

export const DEADLINE_TYPES = ['fixed', 'rolling', 'per_round'] as const;

export const fundingCallSchema = z
	.object({
		programme: uuid('grantsOffice.error.programme'),
		title: title(300),
		description: optionalText(20000),
		topics: z.array(z.string().regex(/^[a-z0-9_]{1,40}$/)).default([]),
		eligible: z.array(z.enum(APPLICANT_KINDS)).default([]),
		region: optionalText(200),
		minAmount: optionalEuros,
		maxAmount: optionalEuros,
		opensOn: optionalDate,
		deadlineType: choice(DEADLINE_TYPES),
		deadlineOn: optionalDate,
		deadlineTime: optionalMatching(
			(value) => /^\d{2}:\d{2}$/.test(value),
			'grantsOffice.error.time'
		),
		decisionExpectedOn: optionalDate,
		link: optionalMatching(isLink, 'grantsOffice.error.link')
	})
	.refine((call) => call.deadlineType === 'rolling' || call.deadlineOn !== '', {
		path: ['deadlineOn'],
		error: 'grantsOffice.error.deadline'
	})
	.refine(
		(call) => {
			const [min, max] = [centsOrNull(call.minAmount), centsOrNull(call.maxAmount)];
			return min === null || max === null || min <= max;
		},
		{ path: ['maxAmount'], error: 'grantsOffice.error.range' }
	)
	.refine((call) => !call.opensOn || !call.deadlineOn || call.opensOn <= call.deadlineOn, {
		path: ['deadlineOn'],
		error: 'grantsOffice.error.opensAfterDeadline'
	});
export type FundingCallForm = z.output<typeof fundingCallSchema>;

/** A valid call form as the services store it. */
export function fundingCallInput(form: FundingCallForm) {
	return {
		programme: form.programme,
		title: form.title,
		description: nullIfBlank(form.description),
		topics: form.topics,
		eligible: form.eligible,
		region: nullIfBlank(form.region),
		minAmount: centsOrNull(form.minAmount),
		maxAmount: centsOrNull(form.maxAmount),
		opensOn: nullIfBlank(form.opensOn),
		deadlineType: form.deadlineType as (typeof DEADLINE_TYPES)[number],
		deadlineOn: nullIfBlank(form.deadlineOn),
		deadlineTime: nullIfBlank(form.deadlineTime) ?? '23:59',
		decisionExpectedOn: nullIfBlank(form.decisionExpectedOn),
		link: nullIfBlank(form.link)
	};
}
export type FundingCallInput = ReturnType<typeof fundingCallInput>;

export const FUNDER_LEVELS = ['eu', 'bund', 'land', 'kommune', 'foundation', 'lottery'] as const;
export const funderSchema = z.object({ name, level: choice(FUNDER_LEVELS) });
export type FunderForm = z.output<typeof funderSchema>;
export const funderInput = (form: FunderForm) => ({
	name: form.name,
	level: form.level as (typeof FUNDER_LEVELS)[number]
});

export const FINANCING_TYPES = ['anteil', 'fehlbedarf', 'festbetrag', 'voll'] as const;
const isPercent = (value: string) => {
	const percent = Number(value.replace(',', '.'));
	return value.trim() !== '' && Number.isFinite(percent) && percent >= 0 && percent <= 100;
};
export const programmeSchema = z.object({
	funder: uuid('grantsOffice.error.choose'),
	name,
	financingType: choice(FINANCING_TYPES),
	minOwnShare: optionalMatching(isPercent, 'grantsOffice.error.percent')
});
export type ProgrammeForm = z.output<typeof programmeSchema>;
/** The own share is stored in basis points (hundredths of a percent). */
export const programmeInput = (form: ProgrammeForm) => ({
	funder: form.funder,
	name: form.name,
	financingType: form.financingType as (typeof FINANCING_TYPES)[number],
	minOwnShare: Math.round(Number(form.minOwnShare.replace(',', '.') || '0') * 100)
});

const SOURCE = /^(call|fund):[0-9a-f-]{36}$/;
export const OFFICE_ROLES = ['advised', 'co_wrote', 'partner', 'none'] as const;
const isHours = (value: string) => /^\d{1,7}$/.test(value) && Number(value) <= 1_000_000;

export const applicationSchema = z
	.object({
		organisation: uuid('grantsOffice.error.organisation'),
		source: optionalMatching((value) => SOURCE.test(value), 'grantsOffice.error.choose'),
		title: title(300),
		status: choice(ENTRY_STATUSES as readonly ['idea', 'drafting', 'submitted']),
		officeRole: choice(OFFICE_ROLES),
		periodStart: optionalDate,
		periodEnd: optionalDate,
		totalCost: optionalEuros,
		requested: optionalEuros,
		ownFunds: optionalEuros,
		thirdParty: optionalEuros,
		volunteerHours: optionalMatching(isHours, 'grantsOffice.error.hours'),
		responsibleMe: z.boolean().default(false),
		notes: optionalText(20000)
	})
	.refine((a) => !a.periodStart || !a.periodEnd || a.periodStart <= a.periodEnd, {
		path: ['periodEnd'],
		error: 'grantsOffice.error.period'
	});
export type ApplicationForm = z.output<typeof applicationSchema>;

export function applicationInput(form: ApplicationForm) {
	return {
		organisation: form.organisation,
		source: nullIfBlank(form.source),
		title: form.title,
		status: form.status as 'idea' | 'drafting' | 'submitted',
		officeRole: form.officeRole as (typeof OFFICE_ROLES)[number],
		periodStart: nullIfBlank(form.periodStart),
		periodEnd: nullIfBlank(form.periodEnd),
		totalCost: centsOrZero(form.totalCost),
		requested: centsOrZero(form.requested),
		ownFunds: centsOrZero(form.ownFunds),
		thirdParty: centsOrZero(form.thirdParty),
		volunteerHours: Number(form.volunteerHours || '0'),
		responsibleMe: form.responsibleMe,
		notes: nullIfBlank(form.notes)
	};
}
export type ApplicationInput = ReturnType<typeof applicationInput>;

export const DECISION_OUTCOMES = ['approved', 'partly_approved', 'rejected'] as const;
export const DECISION_BODIES = ['funder', 'office', 'committee'] as const;

export const decisionSchema = z
	.object({
		outcome: choice(DECISION_OUTCOMES),
		decidedBy: choice(DECISION_BODIES),
		meeting: optionalUuid,
		decidedOn: requiredDate,
		reference: optionalText(200),
		amount: optionalEuros,
		periodStart: optionalDate,
		periodEnd: optionalDate,
		conditions: optionalText(20000)
	})
	.refine((d) => d.outcome === 'rejected' || centsOrZero(d.amount) > 0, {
		path: ['amount'],
		error: 'grantsOffice.error.amountNeeded'
	})
	.refine((d) => d.outcome === 'rejected' || (d.periodStart !== '' && d.periodEnd !== ''), {
		path: ['periodEnd'],
		error: 'grantsOffice.error.periodNeeded'
	})
	.refine((d) => !d.periodStart || !d.periodEnd || d.periodStart <= d.periodEnd, {
		path: ['periodEnd'],
		error: 'grantsOffice.error.period'
	})
	.refine((d) => (d.decidedBy === 'committee') === (d.meeting !== ''), {
		path: ['meeting'],
		error: 'grantsOffice.error.meeting'
	});
export type DecisionForm = z.output<typeof decisionSchema>;

export function decisionInput(form: DecisionForm) {
	return {
		outcome: form.outcome as (typeof DECISION_OUTCOMES)[number],
		decidedBy: form.decidedBy as (typeof DECISION_BODIES)[number],
		meeting: nullIfBlank(form.meeting),
		decidedOn: form.decidedOn,
		reference: nullIfBlank(form.reference),
		amount: centsOrZero(form.amount),
		periodStart: nullIfBlank(form.periodStart),
		periodEnd: nullIfBlank(form.periodEnd),
		conditions: nullIfBlank(form.conditions)
	};
}
export type DecisionInput = ReturnType<typeof decisionInput>;

export const meetingSchema = z.object({
	fund: uuid('grantsOffice.error.choose'),
	heldOn: requiredDate,
	title: title(200),
	minutes: optionalText(20000)
});
export type MeetingForm = z.output<typeof meetingSchema>;
export const meetingInput = (form: MeetingForm) => ({
	heldOn: form.heldOn,
	title: form.title,
	minutes: nullIfBlank(form.minutes)
});

export const callIdSchema = z.object({ call: uuid('grantsOffice.error.choose') });

export const PAYMENT_DIRECTIONS = ['payout', 'repayment'] as const;
export const paymentSchema = z.object({
	direction: choice(PAYMENT_DIRECTIONS),
	amount: z
		.string({ error: 'grantsOffice.error.amount' })
		.trim()
		.default('')
		.refine((text) => isEuros(text) && centsOrZero(text) > 0, {
			error: 'grantsOffice.error.amount'
		}),
	paidOn: requiredDate,
	reference: optionalText(200)
});
export type PaymentForm = z.output<typeof paymentSchema>;
export const paymentInput = (form: PaymentForm) => ({
	direction: form.direction as (typeof PAYMENT_DIRECTIONS)[number],
	amount: centsOrZero(form.amount),
	paidOn: form.paidOn,
	reference: nullIfBlank(form.reference)
});
export type PaymentInput = ReturnType<typeof paymentInput>;
