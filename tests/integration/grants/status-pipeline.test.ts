/**
 * The status pipeline as the database enforces it: the same table as src/lib/domain, invalid
 * moves refused through the API (staff and service role alike), valid moves logged with person
 * and time, approval only with a decision.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	APPLICATION_STATUSES,
	ENTRY_STATUSES,
	STATUS_TRANSITIONS
} from '../../../src/lib/domain/grant-status.ts';
import { serviceClient, sql } from '../../support/clients.ts';
import {
	createOrganisation,
	moveThrough,
	recordApplication,
	recordDecision,
	staffMember,
	type Staff
} from './fixtures.ts';

describe('the application status pipeline in the database', () => {
	let staff: Staff;
	let organisationId: string;

	beforeAll(async () => {
		staff = await staffMember();
		organisationId = await createOrganisation('pipeline');
	});

	it('allows exactly the moves of the TypeScript transition table', async () => {
		const rows = await sql<{ from_status: string | null; to_status: string }>(
			'select from_status, to_status from private.application_status_transitions'
		);
		const database = rows.map((row) => `${row.from_status ?? 'new'} → ${row.to_status}`).sort();
		const typescript = [
			...ENTRY_STATUSES.map((status) => `new → ${status}`),
			...APPLICATION_STATUSES.flatMap((from) =>
				STATUS_TRANSITIONS[from].map((to) => `${from} → ${to}`)
			)
		].sort();
		expect(database).toEqual(typescript);
	});

	it('refuses an invalid transition from staff through the API and leaves the status', async () => {
		const id = await recordApplication(staff, { organisation_id: organisationId });
		const { data, error } = await staff.client
			.from('applications')
			.update({ status: 'in_progress' })
			.eq('id', id)
			.select();
		expect(data).toBeNull();
		expect(error?.code).toBe('23514');
		expect(error?.message).toMatch(/invalid status transition from idea to in_progress/);
		const [row] = await sql(`select status from public.applications where id = $1`, [id]);
		expect(row?.status).toBe('idea');
		const changes = await sql(
			`select 1 from public.application_activities where application_id = $1 and kind = 'status_changed'`,
			[id]
		);
		expect(changes).toEqual([]);
	});

	it('refuses it from the service role too, and a new application that starts as approved', async () => {
		const id = await recordApplication(staff, { organisation_id: organisationId });
		const { error } = await serviceClient()
			.from('applications')
			.update({ status: 'closed' })
			.eq('id', id);
		expect(error?.code).toBe('23514');
		const started = await staff.client
			.from('applications')
			.insert({ organisation_id: organisationId, title: 'Skips the queue', status: 'approved' });
		expect(started.error?.code).toBe('23514');
		expect(started.error?.message).toMatch(/cannot start as approved/);
	});

	it('logs every valid transition with the person and the time', async () => {
		const id = await recordApplication(staff, { organisation_id: organisationId });
		const [{ before }] = (await sql(`select now() as before`)) as [{ before: Date }];
		await moveThrough(staff, id, ['drafting', 'submitted', 'more_information_requested']);
		const [{ after }] = (await sql(`select now() as after`)) as [{ after: Date }];

		const { data: log, error } = await staff.client
			.from('application_activities')
			.select('kind, from_status, to_status, actor_id, occurred_at')
			.eq('application_id', id)
			.order('id');
		expect(error).toBeNull();
		expect(log!.map((entry) => [entry.kind, entry.from_status, entry.to_status])).toEqual([
			['created', null, 'idea'],
			['status_changed', 'idea', 'drafting'],
			['status_changed', 'drafting', 'submitted'],
			['status_changed', 'submitted', 'more_information_requested']
		]);
		for (const entry of log!) {
			expect(entry.actor_id).toBe(staff.id);
			const at = new Date(entry.occurred_at).getTime();
			expect(at).toBeGreaterThanOrEqual(before.getTime() - 1000);
			expect(at).toBeLessThanOrEqual(after.getTime());
		}
	});

	it('approves only with a decision of the same outcome, then creates the obligations', async () => {
		const id = await recordApplication(staff, {
			organisation_id: organisationId,
			status: 'submitted'
		});
		const withoutDecision = await staff.client
			.from('applications')
			.update({ status: 'approved' })
			.eq('id', id);
		expect(withoutDecision.error?.message).toMatch(/record the approved decision/);

		const decision = await recordDecision(staff, id, {
			outcome: 'partly_approved',
			decided_on: '2026-02-01',
			amount_cents: 150_000,
			period_start: '2026-03-01',
			period_end: '2026-12-31'
		});
		expect(decision.error).toBeNull();
		const wrongOutcome = await staff.client
			.from('applications')
			.update({ status: 'approved' })
			.eq('id', id);
		expect(wrongOutcome.error?.code).toBe('23514');

		await moveThrough(staff, id, ['partly_approved']);
		const { data: application } = await staff.client
			.from('applications')
			.select('status, granted_cents')
			.eq('id', id)
			.single();
		expect(application).toEqual({ status: 'partly_approved', granted_cents: 150_000 });
		const { count } = await staff.client
			.from('obligations')
			.select('*', { count: 'exact', head: true })
			.eq('application_id', id);
		expect(count).toBeGreaterThan(0);
	});

	it('lets staff delete an idea with its log, but not a submitted application', async () => {
		const idea = await recordApplication(staff, { organisation_id: organisationId });
		await staff.client.from('application_activities').insert({
			application_id: idea,
			kind: 'note',
			note: 'Erstes Gespräch'
		});
		const deleted = await staff.client.from('applications').delete().eq('id', idea).select('id');
		expect(deleted.error).toBeNull();
		expect(deleted.data).toEqual([{ id: idea }]);
		expect(
			await sql(`select 1 from public.application_activities where application_id = $1`, [idea])
		).toEqual([]);

		const submitted = await recordApplication(staff, {
			organisation_id: organisationId,
			status: 'submitted'
		});
		const kept = await staff.client.from('applications').delete().eq('id', submitted).select('id');
		expect(kept.data).toEqual([]);
		expect(await sql(`select 1 from public.applications where id = $1`, [submitted])).toHaveLength(
			1
		);
	});
});
