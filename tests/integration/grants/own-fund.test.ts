/**
 * The office's own fund: the database refuses committing more than the budget (also when two
 * decisions arrive at once), keeps budget, committed, paid and remaining consistent, and lets
 * office staff decide alone only up to the fund's limit.
 */
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql, stackInfo } from '../../support/clients.ts';
import {
	createFund,
	createMeeting,
	createOrganisation,
	moveThrough,
	recordApplication,
	recordDecision,
	staffMember,
	type Staff
} from './fixtures.ts';

const PERIOD = { period_start: '2026-05-01', period_end: '2026-06-30' };

async function fundRow(fundId: string) {
	const [row] = await sql<{
		budget_cents: string;
		committed_cents: string;
		paid_cents: string;
		remaining_cents: string;
	}>(
		`select budget_cents, committed_cents, paid_cents, remaining_cents from public.own_funds where id = $1`,
		[fundId]
	);
	return {
		budget: Number(row!.budget_cents),
		committed: Number(row!.committed_cents),
		paid: Number(row!.paid_cents),
		remaining: Number(row!.remaining_cents)
	};
}

describe('the own fund', () => {
	let staff: Staff;
	let organisationId: string;

	beforeAll(async () => {
		staff = await staffMember();
		organisationId = await createOrganisation('own fund');
	});

	const smallGrant = (fundId: string) =>
		recordApplication(staff, {
			organisation_id: organisationId,
			own_fund_id: fundId,
			status: 'submitted'
		});

	it('refuses a decision that commits more than the budget', async () => {
		const fundId = await createFund(500_000, 1_000_000);
		const first = await recordDecision(staff, await smallGrant(fundId), {
			outcome: 'approved',
			decided_by: 'office',
			decided_on: '2026-03-01',
			amount_cents: 300_000,
			...PERIOD
		});
		expect(first.error).toBeNull();
		const second = await recordDecision(staff, await smallGrant(fundId), {
			outcome: 'approved',
			decided_by: 'office',
			decided_on: '2026-03-02',
			amount_cents: 200_001,
			...PERIOD
		});
		expect(second.error?.code).toBe('23514');
		expect(second.error?.message).toMatch(/exceeds the budget/);
		expect(await fundRow(fundId)).toMatchObject({ committed: 300_000, remaining: 200_000 });

		// Exactly the rest fits.
		const rest = await recordDecision(staff, await smallGrant(fundId), {
			outcome: 'approved',
			decided_by: 'office',
			decided_on: '2026-03-02',
			amount_cents: 200_000,
			...PERIOD
		});
		expect(rest.error).toBeNull();
		expect(await fundRow(fundId)).toMatchObject({ committed: 500_000, remaining: 0 });
	});

	it('makes a second decision wait for the first and then refuses it', async () => {
		const fundId = await createFund(1_000_000, 1_000_000);
		const [first, second] = [await smallGrant(fundId), await smallGrant(fundId)];

		// The first decision is recorded in a transaction that stays open, holding the fund.
		const open = new pg.Client({ connectionString: stackInfo().superuserDbUrl });
		await open.connect();
		try {
			await open.query('begin');
			await open.query(`select set_config('request.jwt.claims', $1, true)`, [
				JSON.stringify({ sub: staff.id, role: 'authenticated' })
			]);
			await open.query('set local role authenticated');
			await open.query(
				`insert into public.grant_decisions (application_id, outcome, decided_by, decided_on, amount_cents, period_start, period_end)
				 values ($1, 'approved', 'office', '2026-03-01', 600000, '2026-05-01', '2026-06-30')`,
				[first]
			);

			const pending = recordDecision(staff, second, {
				outcome: 'approved',
				decided_by: 'office',
				decided_on: '2026-03-01',
				amount_cents: 600_000,
				...PERIOD
			});
			// Wait until the API's request is blocked on the first transaction's lock.
			let waiting = 0;
			for (let attempt = 0; attempt < 400 && waiting === 0; attempt++) {
				const [row] = await sql<{ waiting: number }>(
					`select count(*)::int as waiting from pg_stat_activity
					 where wait_event_type = 'Lock' and query ilike '%grant_decisions%'`
				);
				waiting = row!.waiting;
				if (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 25));
			}
			expect(waiting).toBe(1);
			await open.query('commit');

			const { error } = await pending;
			expect(error?.code).toBe('23514');
			expect(error?.message).toMatch(/exceeds the budget \(600000 of 1000000 cents committed\)/);
		} finally {
			await open.end();
		}
		expect(await fundRow(fundId)).toMatchObject({ committed: 600_000, remaining: 400_000 });
	});

	it('lets only one of two decisions sent at once through when both would not fit', async () => {
		const fundId = await createFund(1_000_000, 1_000_000);
		const applications = [await smallGrant(fundId), await smallGrant(fundId)];
		const results = await Promise.all(
			applications.map((id) =>
				recordDecision(staff, id, {
					outcome: 'approved',
					decided_by: 'office',
					decided_on: '2026-03-01',
					amount_cents: 700_000,
					...PERIOD
				})
			)
		);
		expect(results.filter((result) => result.error === null)).toHaveLength(1);
		expect(results.filter((result) => result.error?.code === '23514')).toHaveLength(1);
		expect(await fundRow(fundId)).toMatchObject({ committed: 700_000, remaining: 300_000 });
	});

	it('lets staff decide alone up to the limit, above it only a meeting of this fund’s committee', async () => {
		const fundId = await createFund(2_000_000, 100_000);
		const overLimit = await recordDecision(staff, await smallGrant(fundId), {
			outcome: 'approved',
			decided_by: 'office',
			decided_on: '2026-03-01',
			amount_cents: 100_001,
			...PERIOD
		});
		expect(overLimit.error?.message).toMatch(/the committee decides/);

		const otherMeeting = await createMeeting(await createFund(1_000_000));
		const wrongCommittee = await recordDecision(staff, await smallGrant(fundId), {
			outcome: 'approved',
			decided_by: 'committee',
			committee_meeting_id: otherMeeting,
			decided_on: '2026-03-12',
			amount_cents: 400_000,
			...PERIOD
		});
		expect(wrongCommittee.error?.message).toMatch(/another fund/);

		const meeting = await createMeeting(fundId);
		const byCommittee = await recordDecision(staff, await smallGrant(fundId), {
			outcome: 'approved',
			decided_by: 'committee',
			committee_meeting_id: meeting,
			decided_on: '2026-03-12',
			amount_cents: 400_000,
			...PERIOD
		});
		expect(byCommittee.error).toBeNull();
		const atLimit = await recordDecision(staff, await smallGrant(fundId), {
			outcome: 'approved',
			decided_by: 'office',
			decided_on: '2026-03-01',
			amount_cents: 100_000,
			...PERIOD
		});
		expect(atLimit.error).toBeNull();
		expect(await fundRow(fundId)).toMatchObject({ committed: 500_000 });
	});

	it('keeps budget, committed, paid and remaining consistent through amendments and payments', async () => {
		const fundId = await createFund(1_000_000, 1_000_000);
		const grant = await smallGrant(fundId);
		const decision = await recordDecision(staff, grant, {
			outcome: 'approved',
			decided_by: 'office',
			decided_on: '2026-03-01',
			amount_cents: 400_000,
			...PERIOD
		});
		expect(decision.error).toBeNull();
		await moveThrough(staff, grant, ['approved', 'in_progress']);

		// An amendment upward past the budget is refused, downward releases money.
		const tooMuch = await staff.client
			.from('grant_decisions')
			.update({ amount_cents: 1_000_001 })
			.eq('id', decision.data!.id);
		expect(tooMuch.error?.code).toBe('23514');
		const lower = await staff.client
			.from('grant_decisions')
			.update({ amount_cents: 350_000 })
			.eq('id', decision.data!.id);
		expect(lower.error).toBeNull();

		for (const payment of [
			{ direction: 'payout' as const, amount_cents: 200_000, paid_on: '2026-05-02' },
			{ direction: 'payout' as const, amount_cents: 150_000, paid_on: '2026-06-01' },
			{ direction: 'repayment' as const, amount_cents: 12_345, paid_on: '2026-09-01' }
		]) {
			const { error } = await staff.client
				.from('payments')
				.insert({ application_id: grant, ...payment });
			expect(error).toBeNull();
		}
		expect(await fundRow(fundId)).toEqual({
			budget: 1_000_000,
			committed: 350_000,
			paid: 337_655,
			remaining: 650_000
		});

		// The budget cannot drop below what is committed, and nobody writes the sums directly.
		const cut = await staff.client
			.from('own_funds')
			.update({ budget_cents: 349_999 })
			.eq('id', fundId);
		expect(cut.error?.code).toBe('23514');
		const forged = await staff.client
			.from('own_funds')
			.update({ committed_cents: 0 })
			.eq('id', fundId);
		expect(forged.error?.code).toBe('42501');
		expect(await fundRow(fundId)).toMatchObject({ budget: 1_000_000, committed: 350_000 });
	});
});
