/**
 * A member's read of applications costs what their own applications cost, not what everybody's
 * do: the applications policy must not call a helper per row (migration 20261204030000). The
 * number of calls is read from Postgres's own function statistics within the transaction, so
 * the test does not depend on the machine's speed.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackInfo } from '../../support/clients.ts';
import { asUserCountingCalls } from '../../support/policy-calls.ts';
import {
	createMember,
	createOrganisation,
	recordApplication,
	staffMember,
	type Staff
} from './fixtures.ts';

/** Applications of an organisation the member does not belong to. */
const OTHERS = 30;

describe('reading applications as a member', () => {
	let staff: Staff;
	let member: string;
	let own: string[];
	let client: pg.Client;

	beforeAll(async () => {
		staff = await staffMember();
		const [mine, theirs] = [
			await createOrganisation('policy mine'),
			await createOrganisation('policy theirs')
		];
		member = await createMember(mine, 'editor');
		own = [
			await recordApplication(staff, { organisation_id: mine }),
			await recordApplication(staff, { organisation_id: mine })
		];
		for (let i = 0; i < OTHERS; i++) await recordApplication(staff, { organisation_id: theirs });
		client = new pg.Client({ connectionString: stackInfo().superuserDbUrl });
		await client.connect();
	});

	afterAll(async () => {
		await client.end();
	});

	const asUser = async (userId: string, statement: string) => {
		const { rows, calls } = await asUserCountingCalls<{ id: string }>(client, userId, statement);
		return { rows, canEditCalls: calls };
	};

	it('sees only their own applications, without a helper call per application', async () => {
		const { rows, canEditCalls } = await asUser(member, 'select id from public.applications');
		expect(rows.map((row) => row.id).sort()).toEqual([...own].sort());
		// Before 20261204030000: one call per application in the database (more than OTHERS).
		expect(canEditCalls).toBeLessThan(OTHERS);
	});

	it('reads obligations and funding calls without a helper call per application', async () => {
		for (const statement of [
			'select id from public.obligations',
			'select id from public.funding_calls',
			'select id from public.application_activities'
		]) {
			const { canEditCalls } = await asUser(member, statement);
			expect(canEditCalls, statement).toBeLessThan(OTHERS);
		}
	});

	it('answers as private.can_edit does, for staff, members and others', async () => {
		const outsider = await createMember(await createOrganisation('policy outsider'), 'owner');
		for (const userId of [staff.id, member, outsider]) {
			const { rows } = await asUser(
				userId,
				`select o.id from public.organisations o
				 where private.can_edit(o.id)
				   is distinct from ((select private.is_office_staff())
				     or o.id in (select private.member_organisation_ids()))`
			);
			expect(rows, userId).toEqual([]);
		}
	});

	it('still shows office staff every application', async () => {
		const { rows } = await asUser(staff.id, 'select id from public.applications');
		const ids = new Set(rows.map((row) => row.id));
		expect(own.every((id) => ids.has(id))).toBe(true);
		expect(ids.size).toBeGreaterThanOrEqual(own.length + OTHERS);
	});
});
