/**
 * Obligations as the database derives them on approval equal the TypeScript deadline rules
 * (src/lib/domain/grant-deadlines.ts): over many periods (month ends, leap years, year ends)
 * and rule variants, through a real approval, for the defaults, for receipts once the
 * Verwendungsnachweis is in, and for the Mittelabruf window of a payout.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	DEFAULT_DEADLINE_RULES,
	berlinDate,
	deriveObligations,
	receiptsKeptUntil,
	spendBy,
	type DeadlineRules,
	type DerivedObligation
} from '../../../src/lib/domain/grant-deadlines.ts';
import { sql } from '../../support/clients.ts';
import {
	approvedApplication,
	createCall,
	createOrganisation,
	createProgramme,
	staffMember,
	type Staff
} from './fixtures.ts';

type Sortable = Pick<DerivedObligation, 'kind'> & { coversTo: string | null };
const byDue = (a: Sortable, b: Sortable) =>
	`${a.kind}${a.coversTo}`.localeCompare(`${b.kind}${b.coversTo}`);

type Case = { start: string; end: string; rules: DeadlineRules };

/** The database's obligations for many cases in one query, in the order of the cases. */
async function derivedInDatabase(cases: Case[]): Promise<DerivedObligation[][]> {
	const rows = await sql<{ obligations: DerivedObligation[] }>(
		`select jsonb_agg(jsonb_build_object('kind', o.kind, 'dueOn', o.due_on::text,
		          'coversFrom', o.covers_from::text, 'coversTo', o.covers_to::text)) as obligations
		 from jsonb_array_elements($1::jsonb) with ordinality as c(value, position)
		 cross join lateral private.derive_obligations(
		   (c.value ->> 'start')::date, (c.value ->> 'end')::date,
		   (c.value -> 'rules' ->> 'interimReportRule')::public.interim_report_rule,
		   (c.value -> 'rules' ->> 'interimReportMonths')::int,
		   (c.value -> 'rules' ->> 'finalReportMonths')::int,
		   (c.value -> 'rules' ->> 'receiptsRetentionYears')::int) o
		 group by c.position
		 order by c.position`,
		[JSON.stringify(cases)]
	);
	return rows.map((row) => row.obligations.sort(byDue));
}

/** Periods that start and end on month ends, leap days, year ends and ordinary days. */
function periods(): Array<[string, string]> {
	const starts = [
		'2024-01-01',
		'2024-02-29',
		'2024-09-01',
		'2025-03-15',
		'2025-12-31',
		'2027-06-30'
	];
	const ends = [
		'2024-12-31',
		'2025-01-01',
		'2025-06-30',
		'2025-08-31',
		'2026-02-28',
		'2026-08-31',
		'2027-08-31',
		'2027-12-30',
		'2028-02-29',
		'2028-10-31'
	];
	return starts.flatMap((start) =>
		ends.filter((end) => end >= start).map((end) => [start, end] as [string, string])
	);
}

const RULE_VARIANTS: DeadlineRules[] = [
	DEFAULT_DEADLINE_RULES,
	{ ...DEFAULT_DEADLINE_RULES, interimReportRule: 'half_yearly', interimReportMonths: 2 },
	{ ...DEFAULT_DEADLINE_RULES, interimReportRule: 'none', finalReportMonths: 3 },
	{
		...DEFAULT_DEADLINE_RULES,
		interimReportMonths: 1,
		finalReportMonths: 11,
		receiptsRetentionYears: 10
	}
];

describe('obligations derived by the database', () => {
	let staff: Staff;
	let organisationId: string;

	beforeAll(async () => {
		staff = await staffMember();
		organisationId = await createOrganisation('obligations');
	});

	it('match the TypeScript rules for every period and rule variant', async () => {
		const cases = RULE_VARIANTS.flatMap((rules) =>
			periods().map(([start, end]) => ({ start, end, rules }))
		);
		expect(cases.length).toBeGreaterThan(150);
		const database = await derivedInDatabase(cases);
		expect(database).toHaveLength(cases.length);
		cases.forEach(({ start, end, rules }, i) => {
			expect(database[i], `${start}–${end} ${JSON.stringify(rules)}`).toEqual(
				deriveObligations(start, end, rules).sort(byDue)
			);
		});
	});

	it('use the defaults of the TypeScript rules where a programme says nothing', async () => {
		const [defaults] = await sql<Record<string, string>>(
			`select
			   max(column_default) filter (where column_name = 'mittelabruf_window_weeks') as window,
			   max(column_default) filter (where column_name = 'interim_report_rule') as rule,
			   max(column_default) filter (where column_name = 'interim_report_months') as interim,
			   max(column_default) filter (where column_name = 'final_report_months') as final,
			   max(column_default) filter (where column_name = 'receipts_retention_years') as retention
			 from information_schema.columns
			 where table_schema = 'public' and table_name = 'programmes'`
		);
		expect(defaults).toEqual({
			window: String(DEFAULT_DEADLINE_RULES.mittelabrufWindowWeeks),
			rule: `'${DEFAULT_DEADLINE_RULES.interimReportRule}'::interim_report_rule`,
			interim: String(DEFAULT_DEADLINE_RULES.interimReportMonths),
			final: String(DEFAULT_DEADLINE_RULES.finalReportMonths),
			retention: String(DEFAULT_DEADLINE_RULES.receiptsRetentionYears)
		});

		// An application without a call or fund has no programme: the same defaults apply.
		const id = await approvedApplication(
			staff,
			{ organisation_id: organisationId },
			{ amount_cents: 100_000, period_start: '2025-09-01', period_end: '2026-08-31' }
		);
		const { data } = await staff.client
			.from('obligations')
			.select('kind, dueOn:due_on, coversFrom:covers_from, coversTo:covers_to')
			.eq('application_id', id);
		expect(data!.sort(byDue)).toEqual(
			deriveObligations('2025-09-01', '2026-08-31', DEFAULT_DEADLINE_RULES).sort(byDue)
		);
	});

	it('are created on approval from the decision’s period and the programme’s rules', async () => {
		const rules: DeadlineRules = {
			mittelabrufWindowWeeks: 8,
			interimReportRule: 'half_yearly',
			interimReportMonths: 2,
			finalReportMonths: 3,
			receiptsRetentionYears: 10
		};
		const programmeId = await createProgramme({
			mittelabruf_window_weeks: rules.mittelabrufWindowWeeks,
			interim_report_rule: rules.interimReportRule,
			interim_report_months: rules.interimReportMonths,
			final_report_months: rules.finalReportMonths,
			receipts_retention_years: rules.receiptsRetentionYears
		});
		const callId = await createCall(programmeId);
		// The decision's Bewilligungszeitraum, not the period applied for, sets the dates.
		const id = await approvedApplication(
			staff,
			{
				organisation_id: organisationId,
				funding_call_id: callId,
				period_start: '2026-01-01',
				period_end: '2026-12-31'
			},
			{ amount_cents: 2_500_000, period_start: '2026-03-01', period_end: '2027-08-31' }
		);
		const { data, error } = await staff.client
			.from('obligations')
			.select('kind, dueOn:due_on, coversFrom:covers_from, coversTo:covers_to, done_at')
			.eq('application_id', id);
		expect(error).toBeNull();
		expect(data!.every((row) => row.done_at === null)).toBe(true);
		const created = data!.map(({ done_at: _, ...row }) => row).sort(byDue);
		expect(created).toEqual(deriveObligations('2026-03-01', '2027-08-31', rules).sort(byDue));
		expect(created.find((row) => row.kind === 'verwendungsnachweis')?.dueOn).toBe('2027-11-30');

		const { data: log } = await staff.client
			.from('application_activities')
			.select('kind')
			.eq('application_id', id)
			.eq('kind', 'status_changed');
		expect(log).toHaveLength(1);

		// The payout's spend-by day is the programme's Mittelabruf window.
		const { data: payment, error: paymentError } = await staff.client
			.from('payments')
			.insert({ application_id: id, amount_cents: 500_000, paid_on: '2026-03-20' })
			.select('spend_by')
			.single();
		expect(paymentError).toBeNull();
		expect(payment!.spend_by).toBe(spendBy('2026-03-20', rules.mittelabrufWindowWeeks));
	});

	it('date the receipts from the day in Kassel the Verwendungsnachweis was marked done', async () => {
		const id = await approvedApplication(
			staff,
			{ organisation_id: organisationId },
			{ amount_cents: 300_000, period_start: '2025-01-01', period_end: '2025-08-31' }
		);
		// 23:30 UTC on 28 February 2026 is already 1 March in Kassel.
		const doneAt = '2026-02-28T23:30:00Z';
		const { data: report, error } = await staff.client
			.from('obligations')
			.update({ done_at: doneAt })
			.eq('application_id', id)
			.eq('kind', 'verwendungsnachweis')
			.select('done_by, due_on')
			.single();
		expect(error).toBeNull();
		expect(report).toEqual({ done_by: staff.id, due_on: '2026-02-28' });
		const { data: receipts } = await staff.client
			.from('obligations')
			.select('due_on')
			.eq('application_id', id)
			.eq('kind', 'receipts_retention')
			.single();
		expect(berlinDate(new Date(doneAt))).toBe('2026-03-01');
		expect(receipts!.due_on).toBe(receiptsKeptUntil('2026-03-01', 5));
		expect(receipts!.due_on).toBe('2031-03-01');
	});
});
