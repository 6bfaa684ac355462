/**
 * The facts the reports read from each application (20261202050000): decided_at (first move into
 * a decision), ever_submitted and report_year (Europe/Berlin) are kept by triggers, and so are the
 * running totals the reports add up (20261202050100). Each step
 * below changes an application the way the office or the seed does (status changes, a decision
 * amended, log entries backdated and deleted, an application deleted), and after each step the
 * kept columns and the report's year grouping must equal what the raw activity log says, worked
 * out here in TypeScript, and the totals must equal the applications added up afresh.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../support/clients.ts';
import {
	createCall,
	createOrganisation,
	createProgramme,
	moveThrough,
	recordApplication,
	recordDecision,
	staffMember,
	type Staff
} from './fixtures.ts';

type Entry = { kind: string; to_status: string | null; occurred_at: Date };
type Kept = {
	id: string;
	status: string;
	created_at: Date;
	decided_at: Date | null;
	ever_submitted: boolean;
	report_year: number;
};

const DECISIONS = ['approved', 'partly_approved', 'rejected'];

const berlinYear = (moment: Date) =>
	Number(
		new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(moment)
	);

/** What the log says about one application, independent of the database's triggers. */
function fromLog(created: Date, entries: Entry[]) {
	const decisions = entries
		.filter((entry) => entry.kind === 'status_changed' && DECISIONS.includes(entry.to_status ?? ''))
		.map((entry) => entry.occurred_at.getTime());
	const decided = decisions.length > 0 ? new Date(Math.min(...decisions)) : null;
	return {
		decided_at: decided,
		ever_submitted: entries.some((entry) => entry.to_status === 'submitted'),
		report_year: berlinYear(decided ?? created)
	};
}

let staff: Staff;
let organisation: string;
let call: string;
let funder: string;
const ids: string[] = [];

async function kept(): Promise<Kept[]> {
	return sql<Kept>(
		`select id, status, created_at, decided_at, ever_submitted, report_year
		 from public.applications where id = any ($1) order by id`,
		[ids]
	);
}

/** Every kept column equals the log's answer, and the year report groups the same way. */
async function expectKeptAsLogSays() {
	const rows = await kept();
	expect(rows.length).toBeGreaterThan(0);
	const log = await sql<Entry & { application_id: string }>(
		`select application_id, kind::text, to_status::text, occurred_at
		 from public.application_activities where application_id = any ($1)`,
		[ids]
	);
	for (const row of rows) {
		const expected = fromLog(
			row.created_at,
			log.filter((entry) => entry.application_id === row.id)
		);
		const { decided_at, ever_submitted, report_year } = row;
		expect({ decided_at, ever_submitted, report_year }, `${row.status} ${row.id}`).toEqual(
			expected
		);
	}
	// The report: submitted applications per Berlin year (a withdrawn one if it was submitted).
	const expectedByYear = new Map<string, number>();
	for (const row of rows) {
		const entries = log.filter((entry) => entry.application_id === row.id);
		const { report_year, ever_submitted } = fromLog(row.created_at, entries);
		const submitted =
			!['idea', 'drafting'].includes(row.status) && (row.status !== 'withdrawn' || ever_submitted);
		const key = String(report_year);
		expectedByYear.set(key, (expectedByYear.get(key) ?? 0) + (submitted ? 1 : 0));
	}
	const { data, error } = await staff.client.rpc('report_applications', {
		group_by: 'year',
		from_year: 2000,
		to_year: 2100,
		funder
	});
	expect(error).toBeNull();
	expect(Object.fromEntries(data!.map((row) => [row.key, row.applications]))).toEqual(
		Object.fromEntries([...expectedByYear].sort())
	);
	await expectTotalsAsApplicationsSay();
}

/** The running totals of this test's organisation equal its applications added up afresh. */
async function expectTotalsAsApplicationsSay() {
	const columns = `report_year, funding_call_id, own_fund_id, office_role::text, submitted,
		outcome::text, granted, paid`;
	const fresh = await sql(
		`select ${columns}, count(*)::text as applications, sum(requested_cents)::text as requested,
		        sum(granted_cents)::text as granted_cents, sum(paid_cents)::text as paid_cents,
		        sum(own_funds_cents)::text as own_funds
		 from (select a.*, (select d.outcome from public.grant_decisions d where d.application_id = a.id) as outcome,
		              a.granted_cents > 0 as granted, a.paid_cents > 0 as paid,
		              not a.status in ('idea', 'drafting')
		                and (a.status <> 'withdrawn' or exists (
		                  select 1 from public.application_activities l
		                  where l.application_id = a.id and l.to_status = 'submitted')) as submitted
		       from public.applications a where a.organisation_id = $1) x
		 group by ${columns} order by ${columns}`,
		[organisation]
	);
	const kept = await sql(
		`select ${columns}, applications::text, requested_cents::text as requested,
		        granted_cents::text, paid_cents::text, own_funds_cents::text as own_funds
		 from public.application_report_totals where organisation_id = $1 order by ${columns}`,
		[organisation]
	);
	expect(kept).toEqual(fresh);
}

/** Changes log entries as the seed does: the append-only guard lifted for this alone. */
async function changeLog(statement: string) {
	await sql(`begin;
		alter table public.application_activities disable trigger application_activities_append_only;
		${statement};
		alter table public.application_activities enable trigger application_activities_append_only;
		commit;`);
}

beforeAll(async () => {
	staff = await staffMember();
	organisation = await createOrganisation('report-marks');
	const programme = await createProgramme();
	call = await createCall(programme);
	[{ funder_id: funder } = { funder_id: '' }] = await sql<{ funder_id: string }>(
		'select funder_id from public.programmes where id = $1',
		[programme]
	);
});

describe('the facts reports read from each application', () => {
	it('follow new applications and status changes: submitted, withdrawn, decided', async () => {
		const record = async () => {
			const id = await recordApplication(staff, {
				organisation_id: organisation,
				funding_call_id: call,
				status: 'idea',
				requested_cents: 100_000
			});
			ids.push(id);
			return id;
		};
		await moveThrough(staff, await record(), ['drafting', 'withdrawn']);
		await moveThrough(staff, await record(), ['drafting', 'submitted', 'withdrawn']);
		const rejected = await record();
		await moveThrough(staff, rejected, ['drafting', 'submitted', 'more_information_requested']);
		expect(
			(
				await recordDecision(staff, rejected, {
					outcome: 'rejected',
					decided_on: '2026-03-01',
					decided_by: 'funder',
					amount_cents: 0
				})
			).error
		).toBeNull();
		await moveThrough(staff, rejected, ['rejected']);
		const approved = await record();
		await moveThrough(staff, approved, ['drafting', 'submitted']);
		expect(
			(
				await recordDecision(staff, approved, {
					outcome: 'partly_approved',
					decided_on: '2026-03-01',
					decided_by: 'funder',
					amount_cents: 80_000,
					period_start: '2026-04-01',
					period_end: '2026-12-31'
				})
			).error
		).toBeNull();
		await moveThrough(staff, approved, ['partly_approved', 'in_progress']);
		await record();
		const rows = await kept();
		expect(rows.filter((row) => row.ever_submitted)).toHaveLength(3);
		expect(rows.filter((row) => row.decided_at !== null)).toHaveLength(2);
		await expectKeptAsLogSays();
	});

	it('keep the first decision when the decision is amended and the project moves on', async () => {
		const [approved] = await sql<{ id: string; decided_at: Date }>(
			`select id, decided_at from public.applications where id = any ($1) and status = 'in_progress'`,
			[ids]
		);
		const { error } = await staff.client
			.from('grant_decisions')
			.update({ amount_cents: 90_000 })
			.eq('application_id', approved!.id);
		expect(error).toBeNull();
		await moveThrough(staff, approved!.id, ['final_report_submitted', 'closed']);
		const [after] = await sql<{ decided_at: Date; granted_cents: string }>(
			'select decided_at, granted_cents from public.applications where id = $1',
			[approved!.id]
		);
		expect(after!.granted_cents).toBe('90000');
		expect(after!.decided_at).toEqual(approved!.decided_at);
		await expectKeptAsLogSays();
	});

	it('follow log entries backdated across New Year in Berlin, and deleted', async () => {
		const [rejected] = await sql<{ id: string }>(
			`select id from public.applications where id = any ($1) and status = 'rejected'`,
			[ids]
		);
		// 23:30 UTC on New Year's Eve is already 2025 in Berlin; created the day before.
		await sql(`update public.applications set created_at = '2024-12-30T10:00:00Z' where id = $1`, [
			rejected!.id
		]);
		await changeLog(
			`update public.application_activities set occurred_at = '2024-12-31T23:30:00Z'
			 where application_id = '${rejected!.id}' and kind = 'status_changed' and to_status = 'rejected'`
		);
		let [row] = await sql<Kept>('select * from public.applications where id = $1', [rejected!.id]);
		expect(row!.report_year).toBe(2025);
		await expectKeptAsLogSays();

		// Without its decision entry the application counts by the day it was recorded (2024).
		await changeLog(
			`delete from public.application_activities
			 where application_id = '${rejected!.id}' and kind = 'status_changed' and to_status = 'rejected'`
		);
		[row] = await sql<Kept>('select * from public.applications where id = $1', [rejected!.id]);
		expect(row!.decided_at).toBeNull();
		expect(row!.report_year).toBe(2024);
		await expectKeptAsLogSays();
	});

	it('drop a deleted application from the report', async () => {
		const [idea] = await sql<{ id: string }>(
			`select id from public.applications where id = any ($1) and status = 'idea'`,
			[ids]
		);
		const before = (await kept()).length;
		const { error } = await staff.client.from('applications').delete().eq('id', idea!.id);
		expect(error).toBeNull();
		expect(await kept()).toHaveLength(before - 1);
		await expectKeptAsLogSays();
	});
});
