import { describe, expect, it } from 'vitest';
import {
	DEFAULT_DEADLINE_RULES,
	addMonths,
	berlinDate,
	berlinInstant,
	daysUntil,
	deriveObligations,
	isOverdue,
	receiptsKeptUntil,
	spendBy,
	type DerivedObligation
} from './grant-deadlines.ts';

const of = (obligations: DerivedObligation[], kind: DerivedObligation['kind']) =>
	obligations.filter((obligation) => obligation.kind === kind);

describe('addMonths (§188 BGB: same day, or the last day of a shorter month)', () => {
	it.each([
		['2025-08-31', 6, '2026-02-28'],
		['2027-08-31', 6, '2028-02-29'],
		['2025-12-31', 4, '2026-04-30'],
		['2025-06-30', 6, '2025-12-30'],
		['2025-01-31', 1, '2025-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2024-02-29', 12, '2025-02-28'],
		['2028-02-29', 48, '2032-02-29'],
		['2025-03-15', 6, '2025-09-15'],
		['2025-10-31', -4, '2025-06-30']
	])('%s + %i months = %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});
});

describe('deriveObligations with the ANBest-P defaults', () => {
	it('owes a yearly Zwischennachweis by 30 April for each year end the project runs past', () => {
		const obligations = deriveObligations('2024-09-01', '2026-08-31');
		expect(of(obligations, 'zwischennachweis')).toEqual([
			{
				kind: 'zwischennachweis',
				dueOn: '2025-04-30',
				coversFrom: '2024-09-01',
				coversTo: '2024-12-31'
			},
			{
				kind: 'zwischennachweis',
				dueOn: '2026-04-30',
				coversFrom: '2025-01-01',
				coversTo: '2025-12-31'
			}
		]);
	});

	it('owes the Verwendungsnachweis six months after the period, on the last day of February', () => {
		expect(of(deriveObligations('2024-09-01', '2025-08-31'), 'verwendungsnachweis')).toEqual([
			{
				kind: 'verwendungsnachweis',
				dueOn: '2026-02-28',
				coversFrom: '2024-09-01',
				coversTo: '2025-08-31'
			}
		]);
		expect(of(deriveObligations('2026-09-01', '2027-08-31'), 'verwendungsnachweis')[0]?.dueOn).toBe(
			'2028-02-29'
		);
	});

	it('owes no Zwischennachweis for a project that ends with its budget year', () => {
		const obligations = deriveObligations('2025-01-01', '2025-12-31');
		expect(of(obligations, 'zwischennachweis')).toEqual([]);
		expect(of(obligations, 'verwendungsnachweis')[0]?.dueOn).toBe('2026-06-30');
	});

	it('owes one when the project ends on the first day of the next year', () => {
		const obligations = deriveObligations('2025-03-01', '2026-01-01');
		expect(of(obligations, 'zwischennachweis').map((o) => o.dueOn)).toEqual(['2026-04-30']);
		expect(of(obligations, 'verwendungsnachweis')[0]?.dueOn).toBe('2026-07-01');
	});

	it('calls each budget year’s money by the year’s end or the period’s end', () => {
		expect(of(deriveObligations('2024-09-01', '2026-03-15'), 'mittelabruf')).toEqual([
			{
				kind: 'mittelabruf',
				dueOn: '2024-12-31',
				coversFrom: '2024-09-01',
				coversTo: '2024-12-31'
			},
			{
				kind: 'mittelabruf',
				dueOn: '2025-12-31',
				coversFrom: '2025-01-01',
				coversTo: '2025-12-31'
			},
			{ kind: 'mittelabruf', dueOn: '2026-03-15', coversFrom: '2026-01-01', coversTo: '2026-03-15' }
		]);
	});

	it('keeps receipts five years after the Verwendungsnachweis is due, until it is submitted', () => {
		const obligations = deriveObligations('2026-03-01', '2027-08-31');
		expect(of(obligations, 'verwendungsnachweis')[0]?.dueOn).toBe('2028-02-29');
		// Five years after 29 February 2028 there is no 29 February.
		expect(of(obligations, 'receipts_retention')[0]?.dueOn).toBe('2033-02-28');
	});

	it('works for a one-day period', () => {
		const obligations = deriveObligations('2025-05-05', '2025-05-05');
		expect(obligations.map((o) => [o.kind, o.dueOn])).toEqual([
			['mittelabruf', '2025-05-05'],
			['verwendungsnachweis', '2025-11-05'],
			['receipts_retention', '2030-11-05']
		]);
	});

	it('refuses a period that ends before it starts', () => {
		expect(() => deriveObligations('2025-05-05', '2025-05-04')).toThrow(RangeError);
	});
});

describe('deriveObligations with a programme’s own rules', () => {
	it('asks half-yearly for interim statements when the programme says so', () => {
		const obligations = deriveObligations('2025-03-01', '2026-02-28', {
			...DEFAULT_DEADLINE_RULES,
			interimReportRule: 'half_yearly',
			interimReportMonths: 2
		});
		expect(of(obligations, 'zwischennachweis')).toEqual([
			{
				kind: 'zwischennachweis',
				dueOn: '2025-08-30',
				coversFrom: '2025-03-01',
				coversTo: '2025-06-30'
			},
			{
				kind: 'zwischennachweis',
				dueOn: '2026-02-28',
				coversFrom: '2025-07-01',
				coversTo: '2025-12-31'
			}
		]);
	});

	it('asks for none when the programme waives them, and counts its own months and years', () => {
		const obligations = deriveObligations('2025-03-01', '2026-10-31', {
			...DEFAULT_DEADLINE_RULES,
			interimReportRule: 'none',
			finalReportMonths: 5,
			receiptsRetentionYears: 10
		});
		expect(of(obligations, 'zwischennachweis')).toEqual([]);
		expect(of(obligations, 'verwendungsnachweis')[0]?.dueOn).toBe('2027-03-31');
		expect(of(obligations, 'receipts_retention')[0]?.dueOn).toBe('2037-03-31');
	});
});

describe('receipts and the Mittelabruf window', () => {
	it('keeps receipts five years after the day the Verwendungsnachweis was submitted', () => {
		expect(receiptsKeptUntil('2026-02-27', 5)).toBe('2031-02-27');
		expect(receiptsKeptUntil('2024-02-29', 5)).toBe('2029-02-28');
	});

	it('gives a payout six weeks to be spent, counted in calendar days across clock changes', () => {
		expect(spendBy('2026-03-20', 6)).toBe('2026-05-01');
		expect(spendBy('2025-12-01', 6)).toBe('2026-01-12');
		expect(spendBy('2028-01-25', 5)).toBe('2028-02-29');
	});
});

describe('dates and instants in Europe/Berlin', () => {
	it('gives the date in Kassel, an hour ahead of UTC in winter and two in summer', () => {
		expect(berlinDate(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
		expect(berlinDate(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
		expect(berlinDate(new Date('2025-06-30T21:59:59Z'))).toBe('2025-06-30');
		expect(berlinDate(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
	});

	it('makes a deadline "31 March, 23:59" the right instant in summer and in winter time', () => {
		expect(berlinInstant('2026-03-31').toISOString()).toBe('2026-03-31T21:59:00.000Z');
		expect(berlinInstant('2026-01-15').toISOString()).toBe('2026-01-15T22:59:00.000Z');
		expect(berlinInstant('2026-11-02', '12:00').toISOString()).toBe('2026-11-02T11:00:00.000Z');
	});

	it('takes a skipped spring time as after the switch and a doubled autumn time as the first', () => {
		// 29 March 2026: clocks jump from 02:00 to 03:00.
		expect(berlinInstant('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
		// 25 October 2026: 02:00–03:00 happens twice; the first is still summer time.
		expect(berlinInstant('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('counts days to a deadline in Kassel’s calendar, not in 24-hour spans', () => {
		const deadline = berlinInstant('2026-03-30');
		// Saturday noon before the switch to summer time: two calendar days, 59 hours.
		expect(daysUntil(deadline, berlinInstant('2026-03-28', '12:00'))).toBe(2);
		expect(daysUntil(deadline, berlinInstant('2026-03-30', '00:00'))).toBe(0);
		expect(daysUntil(deadline, berlinInstant('2026-03-31', '00:00'))).toBe(-1);
		// Late at night in UTC already the next day in Kassel.
		expect(daysUntil(berlinInstant('2026-01-02'), new Date('2025-12-31T23:30:00Z'))).toBe(1);
		expect(daysUntil(berlinInstant('2026-10-26'), berlinInstant('2026-10-24', '23:00'))).toBe(2);
	});

	it('calls an obligation overdue only once its due day has passed in Kassel', () => {
		expect(isOverdue('2026-04-30', berlinInstant('2026-04-30', '23:59'))).toBe(false);
		expect(isOverdue('2026-04-30', new Date('2026-04-30T22:00:00Z'))).toBe(true);
		expect(isOverdue('2026-04-30', new Date('2026-04-30T21:59:00Z'))).toBe(false);
	});
});
