/**
 * What the office's grant pages do, through the services they call with a staff member's own
 * client: a move the pipeline forbids is refused (by the table, and by the database where the
 * table alone cannot know), a decision that commits more than the fund has is refused with its
 * message and changes nothing, a decision with its move creates the obligations, and a call
 * created and published appears in the public list; its next round is a year later, unpublished.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionInput } from '../../../src/lib/domain/grants-office-forms.ts';
import { anonClient, sql } from '../../support/clients.ts';
import {
	createFund,
	createMeeting,
	createOrganisation,
	createProgramme,
	recordApplication,
	staffMember,
	type Staff
} from './fixtures.ts';
import { listOpenCalls } from '$lib/server/funding-calls';
import { moveApplication } from '$lib/server/grant-applications';
import {
	createApplication,
	loadDecisionTarget,
	recordDecision,
	recordPayment
} from '$lib/server/office-applications';
import { createCall, duplicateForNextRound, setPublished } from '$lib/server/office-calls';

const DECISION: DecisionInput = {
	outcome: 'approved',
	decidedBy: 'office',
	meeting: null,
	decidedOn: '2026-03-01',
	reference: null,
	amount: 300_000,
	periodStart: '2026-05-01',
	periodEnd: '2026-06-30',
	conditions: null
};

async function statusOf(id: string) {
	const [row] = await sql<{ status: string }>(
		'select status from public.applications where id = $1',
		[id]
	);
	return row!.status;
}

async function fundFigures(id: string) {
	const [row] = await sql<{ committed: string; remaining: string }>(
		'select committed_cents as committed, remaining_cents as remaining from public.own_funds where id = $1',
		[id]
	);
	return { committed: Number(row!.committed), remaining: Number(row!.remaining) };
}

describe('the office grant pages', () => {
	let staff: Staff;
	let organisationId: string;

	beforeAll(async () => {
		staff = await staffMember();
		organisationId = await createOrganisation('office actions');
	});

	it('refuses a move the transition table forbids, and one the database refuses', async () => {
		const id = await recordApplication(staff, { organisation_id: organisationId, status: 'idea' });
		expect(await moveApplication(staff.client, id, 'idea', 'approved')).toEqual({
			ok: false,
			error: 'grants.move.invalid'
		});
		await moveApplication(staff.client, id, 'idea', 'drafting');
		await moveApplication(staff.client, id, 'drafting', 'submitted');
		// The table allows submitted → approved; the database wants the Bescheid first.
		expect(await moveApplication(staff.client, id, 'submitted', 'approved')).toEqual({
			ok: false,
			error: 'grants.move.needsDecision'
		});
		// A card shown in an old column: someone else moved it meanwhile.
		expect(await moveApplication(staff.client, id, 'drafting', 'submitted')).toEqual({
			ok: false,
			error: 'grants.move.stale'
		});
		expect(await statusOf(id)).toBe('submitted');
	});

	it('refuses committing more than the fund has left, with its message, and changes nothing', async () => {
		const fundId = await createFund(500_000, 1_000_000);
		const grant = async () => {
			const id = await recordApplication(staff, {
				organisation_id: organisationId,
				own_fund_id: fundId,
				status: 'submitted'
			});
			return (await loadDecisionTarget(staff.client, id))!;
		};
		const first = await grant();
		expect(await recordDecision(staff.client, first, DECISION, true)).toEqual({
			ok: true,
			moved: true
		});
		const second = await grant();
		expect(
			await recordDecision(staff.client, second, { ...DECISION, amount: 200_001 }, true)
		).toEqual({ ok: false, error: 'grantsOffice.decision.overBudget' });
		expect(await fundFigures(fundId)).toEqual({ committed: 300_000, remaining: 200_000 });
		expect(await statusOf(second.id)).toBe('submitted');
	});

	it('sends a decision above the staff limit to the committee, and takes it from a meeting', async () => {
		const fundId = await createFund(5_000_000, 100_000);
		const id = await recordApplication(staff, {
			organisation_id: organisationId,
			own_fund_id: fundId,
			status: 'submitted'
		});
		const target = (await loadDecisionTarget(staff.client, id))!;
		expect(await recordDecision(staff.client, target, DECISION, true)).toEqual({
			ok: false,
			error: 'grantsOffice.decision.committeeDecides'
		});
		const meeting = await createMeeting(fundId);
		expect(
			await recordDecision(
				staff.client,
				target,
				{ ...DECISION, decidedBy: 'committee', meeting },
				true
			)
		).toEqual({ ok: true, moved: true });
		expect(await fundFigures(fundId)).toEqual({ committed: 300_000, remaining: 4_700_000 });
	});

	it('records an application and, with its Bescheid and move, its obligations', async () => {
		const created = await createApplication(
			staff.client,
			{
				organisation: organisationId,
				source: null,
				title: 'Nachbarschaftsfest',
				status: 'submitted',
				officeRole: 'advised',
				periodStart: '2026-05-01',
				periodEnd: '2027-04-30',
				totalCost: 1_000_000,
				requested: 900_000,
				ownFunds: 100_000,
				thirdParty: 0,
				volunteerHours: 0,
				responsibleMe: true,
				notes: null
			},
			staff.id
		);
		if (!created.ok) throw new Error(created.error);
		const target = (await loadDecisionTarget(staff.client, created.id))!;
		expect(target.values.amount).toBe('9000,00');
		const outcome = await recordDecision(
			staff.client,
			target,
			{ ...DECISION, decidedBy: 'funder', amount: 900_000, periodEnd: '2027-04-30' },
			true
		);
		expect(outcome).toEqual({ ok: true, moved: true });
		const obligations = await sql<{ kind: string }>(
			'select kind from public.obligations where application_id = $1 order by due_on',
			[created.id]
		);
		expect(obligations.map((o) => o.kind)).toEqual(
			expect.arrayContaining([
				'mittelabruf',
				'zwischennachweis',
				'verwendungsnachweis',
				'receipts_retention'
			])
		);
		const [row] = await sql<{ responsible_staff_id: string; granted_cents: string }>(
			'select responsible_staff_id, granted_cents from public.applications where id = $1',
			[created.id]
		);
		expect(row).toEqual({ responsible_staff_id: staff.id, granted_cents: '900000' });

		const payment = { direction: 'payout', paidOn: '2026-05-02', reference: null } as const;
		expect(await recordPayment(staff.client, created.id, { ...payment, amount: 600_000 })).toEqual({
			ok: true
		});
		expect(await recordPayment(staff.client, created.id, { ...payment, amount: 300_001 })).toEqual({
			ok: false,
			error: 'grantsOffice.payment.overGranted'
		});
		const [paid] = await sql<{ paid_cents: string }>(
			'select paid_cents from public.applications where id = $1',
			[created.id]
		);
		expect(paid!.paid_cents).toBe('600000');
	});

	it('publishes a new call to the public list; its next round is a year later and unpublished', async () => {
		const programme = await createProgramme();
		const title = `Office call ${crypto.randomUUID().slice(0, 8)}`;
		const id = await createCall(staff.client, {
			programme,
			title,
			description: null,
			topics: [],
			eligible: ['registered_association'],
			region: null,
			minAmount: null,
			maxAmount: 500_000,
			opensOn: '2027-01-10',
			deadlineType: 'fixed',
			deadlineOn: '2027-03-31',
			deadlineTime: '23:59',
			decisionExpectedOn: '2027-06-30',
			link: null
		});
		const now = new Date('2026-12-01T12:00:00Z');
		const publicTitles = async () =>
			(await listOpenCalls(anonClient(), {}, now)).map((call) => call.title);
		expect(await publicTitles()).not.toContain(title);
		await setPublished(staff.client, id, true);
		expect(await publicTitles()).toContain(title);

		const next = await duplicateForNextRound(staff.client, id);
		const [copy] = await sql<{
			published: boolean;
			deadline: string;
			opens: string;
			decision: string;
			verified: string | null;
		}>(
			`select published, to_json(deadline_at)#>>'{}' as deadline, to_json(opens_at)#>>'{}' as opens,
			   decision_expected_on::text as decision, last_verified_at as verified
			 from public.funding_calls where id = $1`,
			[next]
		);
		// 31 March 23:59 in Kassel is summer time in both years: 21:59 UTC.
		expect(copy).toEqual({
			published: false,
			deadline: '2028-03-31T21:59:00+00:00',
			opens: '2028-01-09T23:00:00+00:00',
			decision: '2028-06-30',
			verified: null
		});
	});
});
