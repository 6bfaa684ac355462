/**
 * Who sees and changes what in the grant tracker, as numbered stories. Organisation A and B
 * each have an approved application (decision, obligations, a payment, a note); the calls are
 * one published and two unpublished, one of which A's application answers.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/database.types.ts';
import { anonClient, sql, userClient } from '../../support/clients.ts';
import {
	approvedApplication,
	createCall,
	createFund,
	createMeeting,
	createMember,
	createOrganisation,
	createProgramme,
	moveThrough,
	staffMember,
	type Staff
} from './fixtures.ts';

type Client = SupabaseClient<Database>;

describe('grant tracker access stories', () => {
	let staff: Staff;
	let memberOfA: Client;
	let applicationA: string;
	let applicationB: string;
	let publishedCall: string;
	let unpublishedCallOfA: string;
	let unpublishedCall: string;
	let programmes: { published: string; ofA: string; hidden: string };
	let fundId: string;

	beforeAll(async () => {
		staff = await staffMember();
		const [organisationA, organisationB] = [
			await createOrganisation('grants A'),
			await createOrganisation('grants B')
		];
		memberOfA = userClient(await createMember(organisationA, 'owner'));
		programmes = {
			published: await createProgramme(),
			ofA: await createProgramme(),
			hidden: await createProgramme()
		};
		publishedCall = await createCall(programmes.published);
		unpublishedCallOfA = await createCall(programmes.ofA, { published: false });
		unpublishedCall = await createCall(programmes.hidden, { published: false });

		const period = { period_start: '2026-01-01', period_end: '2026-12-31' };
		applicationA = await approvedApplication(
			staff,
			{ organisation_id: organisationA, funding_call_id: unpublishedCallOfA },
			{ amount_cents: 500_000, ...period }
		);
		applicationB = await approvedApplication(
			staff,
			{ organisation_id: organisationB, funding_call_id: publishedCall },
			{ amount_cents: 700_000, ...period }
		);
		for (const id of [applicationA, applicationB]) {
			await moveThrough(staff, id, ['in_progress']);
			const payment = await staff.client
				.from('payments')
				.insert({ application_id: id, amount_cents: 100_000, paid_on: '2026-02-01' });
			expect(payment.error).toBeNull();
			const note = await staff.client
				.from('application_activities')
				.insert({ application_id: id, kind: 'note', note: 'Telefonat mit dem Verein' });
			expect(note.error).toBeNull();
		}
		fundId = await createFund(1_000_000);
		await createMeeting(fundId);
		await sql(
			`insert into public.staff_posts (organisation_id, role, fte, starts_on) values ($1, 'Beratung', 0.5, '2026-01-01')`,
			[organisationA]
		);
	});

	const ours = (rows: Array<{ application_id: string }> | null) =>
		new Set((rows ?? []).map((row) => row.application_id));

	it('1. a member sees their organisation’s applications and not another organisation’s', async () => {
		const { data, error } = await memberOfA
			.from('applications')
			.select('id, granted_cents, paid_cents')
			.in('id', [applicationA, applicationB]);
		expect(error).toBeNull();
		expect(data).toEqual([{ id: applicationA, granted_cents: 500_000, paid_cents: 100_000 }]);
	});

	it('2. a member sees their own application’s decision, obligations, payments and activity only', async () => {
		const both = [applicationA, applicationB];
		for (const table of [
			'grant_decisions',
			'obligations',
			'payments',
			'application_activities'
		] as const) {
			const { data, error } = await memberOfA
				.from(table)
				.select('application_id')
				.in('application_id', both);
			expect(error, table).toBeNull();
			expect(ours(data), table).toEqual(new Set([applicationA]));
		}
		const { data: obligations } = await memberOfA
			.from('obligations')
			.select('kind')
			.eq('application_id', applicationA);
		expect(obligations!.map((row) => row.kind)).toContain('verwendungsnachweis');
		const { data: log } = await memberOfA
			.from('application_activities')
			.select('kind')
			.eq('application_id', applicationA);
		expect(log!.map((row) => row.kind)).toEqual(
			expect.arrayContaining(['created', 'decision', 'status_changed', 'payment', 'note'])
		);
	});

	it('3. a member cannot change the status of their own application', async () => {
		const { data } = await memberOfA
			.from('applications')
			.update({ status: 'final_report_submitted' })
			.eq('id', applicationA)
			.select('id');
		expect(data ?? []).toEqual([]);
		const [row] = await sql(`select status from public.applications where id = $1`, [applicationA]);
		expect(row?.status).toBe('in_progress');
	});

	it('4. nobody writes a granted or paid amount directly, members and staff alike', async () => {
		for (const [who, client] of [
			['member', memberOfA],
			['staff', staff.client]
		] as const) {
			for (const change of [{ granted_cents: 9_999_999 }, { paid_cents: 0 }]) {
				const { error } = await client
					.from('applications')
					.update(change as never)
					.eq('id', applicationA);
				expect(error?.code, `${who} ${JSON.stringify(change)}`).toBe('42501');
			}
		}
		const [row] = await sql(
			`select granted_cents, paid_cents from public.applications where id = $1`,
			[applicationA]
		);
		expect(row).toEqual({ granted_cents: '500000', paid_cents: '100000' });
	});

	it('5. nobody changes the log through the API: members cannot add to it, staff only add notes', async () => {
		const before = await sql(
			`select id, kind, note, occurred_at from public.application_activities where application_id = $1 order by id`,
			[applicationA]
		);
		const memberNote = await memberOfA
			.from('application_activities')
			.insert({ application_id: applicationA, kind: 'note', note: 'Von uns' });
		expect(memberNote.error?.code).toBe('42501');
		for (const client of [memberOfA, staff.client]) {
			const update = await client
				.from('application_activities')
				.update({ note: 'geändert' })
				.eq('application_id', applicationA);
			expect(update.error?.code).toBe('42501');
			const remove = await client
				.from('application_activities')
				.delete()
				.eq('application_id', applicationA);
			expect(remove.error?.code).toBe('42501');
		}
		// Staff may not pose as someone else, backdate, or log a status change themselves.
		for (const forged of [
			{ actor_id: crypto.randomUUID() },
			{ occurred_at: '2020-01-01T00:00:00Z' },
			{ kind: 'status_changed' as const }
		]) {
			const { error } = await staff.client
				.from('application_activities')
				.insert({ application_id: applicationA, kind: 'note', note: 'x', ...forged });
			expect(error?.code, JSON.stringify(forged)).toBe('42501');
		}
		const after = await sql(
			`select id, kind, note, occurred_at from public.application_activities where application_id = $1 order by id`,
			[applicationA]
		);
		expect(after).toEqual(before);
	});

	it('6. a member records no decision, payment or obligation and marks nothing done', async () => {
		const decision = await memberOfA
			.from('grant_decisions')
			.update({ amount_cents: 900_000 })
			.eq('application_id', applicationA)
			.select('id');
		expect(decision.data ?? []).toEqual([]);
		const payment = await memberOfA
			.from('payments')
			.insert({ application_id: applicationA, amount_cents: 1, paid_on: '2026-03-01' });
		expect(payment.error?.code).toBe('42501');
		const obligation = await memberOfA
			.from('obligations')
			.insert({ application_id: applicationA, kind: 'mittelabruf', due_on: '2026-05-01' });
		expect(obligation.error?.code).toBe('42501');
		const done = await memberOfA
			.from('obligations')
			.update({ done_at: new Date().toISOString() })
			.eq('application_id', applicationA)
			.select('id');
		expect(done.data ?? []).toEqual([]);
		const [counts] = await sql(
			`select (select count(*) from public.obligations where application_id = $1 and done_at is not null)::int as done,
			        (select count(*) from public.payments where application_id = $1)::int as payments,
			        (select amount_cents from public.grant_decisions where application_id = $1)::int as amount`,
			[applicationA]
		);
		expect(counts).toEqual({ done: 0, payments: 1, amount: 500_000 });
	});

	it('7. an anonymous visitor sees published calls only, with their programme and funder', async () => {
		const visitor = anonClient();
		const calls = [publishedCall, unpublishedCallOfA, unpublishedCall];
		const { data, error } = await visitor
			.from('funding_calls')
			.select('id, programme:programmes(id, name, funder:funders(name))')
			.in('id', calls);
		expect(error).toBeNull();
		expect(data!.map((call) => call.id)).toEqual([publishedCall]);
		expect(data![0]!.programme?.id).toBe(programmes.published);
		expect(data![0]!.programme?.funder?.name).toMatch(/^Test funder/);
		const { data: visible } = await visitor
			.from('programmes')
			.select('id')
			.in('id', Object.values(programmes));
		expect(visible!.map((programme) => programme.id)).toEqual([programmes.published]);
		const { data: applications, error: refused } = await visitor.from('applications').select('id');
		expect(applications).toBeNull();
		expect(refused?.code).toBe('42501');
	});

	it('8. a member also sees the unpublished call their application answers, no other', async () => {
		const { data } = await memberOfA
			.from('funding_calls')
			.select('id')
			.in('id', [publishedCall, unpublishedCallOfA, unpublishedCall]);
		expect(new Set(data!.map((call) => call.id))).toEqual(
			new Set([publishedCall, unpublishedCallOfA])
		);
		const { data: visible } = await memberOfA
			.from('programmes')
			.select('id')
			.in('id', Object.values(programmes));
		expect(new Set(visible!.map((programme) => programme.id))).toEqual(
			new Set([programmes.published, programmes.ofA])
		);
	});

	it('9. own funds, committee meetings and staff posts are for office staff only', async () => {
		for (const table of ['own_funds', 'committee_meetings', 'staff_posts'] as const) {
			const { data: hidden } = await memberOfA.from(table).select('id');
			expect(hidden, table).toEqual([]);
			const { data: shown } = await staff.client.from(table).select('id');
			expect(shown!.length, table).toBeGreaterThan(0);
		}
		const { data: fund } = await staff.client.from('own_funds').select('id').eq('id', fundId);
		expect(fund).toEqual([{ id: fundId }]);
	});
});
