/**
 * Money stays exact to the cent from the API to the database and back: payouts and repayments
 * in odd cents sum exactly on the application and the fund, one cent more than granted is
 * refused, and the demo data's sums agree with the rows they come from.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCents, sumCents } from '../../../src/lib/domain/money.ts';
import { sql } from '../../support/clients.ts';
import {
	approvedApplication,
	createFund,
	createOrganisation,
	moveThrough,
	staffMember,
	type Staff
} from './fixtures.ts';

describe('money in cents', () => {
	let staff: Staff;
	let organisationId: string;

	beforeAll(async () => {
		staff = await staffMember();
		organisationId = await createOrganisation('money');
	});

	it('sums payouts and repayments exactly, and refuses a single cent beyond the grant', async () => {
		const payouts = [...Array.from({ length: 30 }, () => 10), 1, 99_999, 33_333, 123_456_789];
		const repayments = [3, 33_333];
		const granted = sumCents(payouts);
		// Euros as floats would already be off: thirty times 0,10 € is not 3 €.
		expect(payouts.slice(0, 30).reduce((sum, cents) => sum + cents / 100, 0)).not.toBe(3);

		const fundId = await createFund(200_000_000, 200_000_000);
		const id = await approvedApplication(
			staff,
			{ organisation_id: organisationId, own_fund_id: fundId },
			{ amount_cents: granted, period_start: '2026-01-01', period_end: '2026-12-31' }
		);
		await moveThrough(staff, id, ['in_progress']);
		for (const amount of payouts) {
			const { error } = await staff.client
				.from('payments')
				.insert({ application_id: id, amount_cents: amount, paid_on: '2026-02-01' });
			expect(error).toBeNull();
		}
		const oneCentMore = await staff.client
			.from('payments')
			.insert({ application_id: id, amount_cents: 1, paid_on: '2026-02-02' });
		expect(oneCentMore.error?.code).toBe('23514');
		expect(oneCentMore.error?.message).toMatch(/exceeds the granted/);
		for (const amount of repayments) {
			const { error } = await staff.client.from('payments').insert({
				application_id: id,
				direction: 'repayment',
				amount_cents: amount,
				paid_on: '2026-11-02'
			});
			expect(error).toBeNull();
		}

		const expected = sumCents(payouts) - sumCents(repayments);
		const { data } = await staff.client
			.from('applications')
			.select('granted_cents, paid_cents')
			.eq('id', id)
			.single();
		expect(data).toEqual({ granted_cents: granted, paid_cents: expected });
		expect(formatCents(data!.paid_cents)).toBe('1.235.570,86\u00a0€');
		const [fund] = await sql<{ paid: string }>(
			`select paid_cents::text as paid from public.own_funds where id = $1`,
			[fundId]
		);
		expect(fund!.paid).toBe(String(expected));
	});

	it('keeps every demo application’s and fund’s sums equal to their decisions and payments', async () => {
		const mismatches = await sql(
			`select a.title from public.applications a
			 left join public.grant_decisions d on d.application_id = a.id
			 where a.granted_cents <> case when d.outcome in ('approved', 'partly_approved') then d.amount_cents else 0 end
			    or a.paid_cents <> coalesce((select sum(case p.direction when 'payout' then p.amount_cents else -p.amount_cents end)
			                                 from public.payments p where p.application_id = a.id), 0)
			 union all
			 select f.name || ' ' || f.year from public.own_funds f
			 where f.committed_cents <> (select coalesce(sum(a.granted_cents), 0) from public.applications a where a.own_fund_id = f.id)
			    or f.paid_cents <> (select coalesce(sum(a.paid_cents), 0) from public.applications a where a.own_fund_id = f.id)
			    or f.remaining_cents <> f.budget_cents - f.committed_cents`
		);
		expect(mismatches).toEqual([]);
		const [demo] = await sql<{ count: number }>(
			`select count(*)::int as count from public.payments p join public.applications a on a.id = p.application_id where a.is_demo`
		);
		expect(demo!.count).toBeGreaterThan(5);
	});
});
