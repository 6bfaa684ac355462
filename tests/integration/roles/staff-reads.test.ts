/**
 * Office staff read whole tables (the review queue, the organisation list, places and members)
 * without a helper call per row (migration 20261204030100), and still see every row; members
 * still see only their own organisation's. Calls are counted by Postgres, not timed.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, stackInfo, userClient } from '../../support/clients.ts';
import { asUserCountingCalls } from '../../support/policy-calls.ts';
import { createMember, createOrganisation, createStaff } from './support.ts';

const PLACES = 5;

describe('office staff reading in bulk', () => {
	let staff: string;
	let member: string;
	let organisation: string;
	let other: string;
	let client: pg.Client;

	beforeAll(async () => {
		staff = await createStaff('office_staff');
		organisation = await createOrganisation('staff reads');
		other = await createOrganisation('staff reads other');
		member = await createMember(organisation, 'owner');
		await createMember(organisation, 'editor');
		for (const id of [organisation, other])
			for (let i = 0; i < PLACES; i++)
				await sql(`insert into public.locations (organisation_id, name) values ($1, $2)`, [
					id,
					`Ort ${i}`
				]);
		// A working copy: a revision of the entry (and none of the other organisation's).
		const { error } = await userClient(member).rpc('entry_working_copy', {
			p_organisation: organisation
		});
		expect(error).toBeNull();
		client = new pg.Client({ connectionString: stackInfo().superuserDbUrl });
		await client.connect();
	});

	afterAll(async () => {
		await client.end();
	});

	const statements = () => ({
		entry_revisions: `select count(*)::int as n from public.entry_revisions where organisation_id in ('${organisation}', '${other}')`,
		locations: `select count(*)::int as n from public.locations where organisation_id in ('${organisation}', '${other}')`,
		organisation_members: `select count(*)::int as n from public.organisation_members where organisation_id in ('${organisation}', '${other}')`,
		'organisations (drafts)': `select count(*)::int as n from public.organisations where id in ('${organisation}', '${other}')`
	});

	it('asks the helper for no row when office staff read', async () => {
		const seen: Record<string, number> = {};
		for (const [table, statement] of Object.entries(statements())) {
			const { rows, calls } = await asUserCountingCalls<{ n: number }>(client, staff, statement);
			seen[table] = rows[0]!.n;
			// Before 20261204030100: one call per row read.
			expect(calls, table).toBe(0);
		}
		expect(seen).toEqual({
			entry_revisions: 1,
			locations: 2 * PLACES,
			organisation_members: 2,
			'organisations (drafts)': 2
		});
	});

	it('still shows a member only their own organisation', async () => {
		const seen: Record<string, number> = {};
		for (const [table, statement] of Object.entries(statements()))
			seen[table] = (
				await asUserCountingCalls<{ n: number }>(client, member, statement)
			).rows[0]!.n;
		expect(seen).toEqual({
			entry_revisions: 1,
			locations: PLACES,
			organisation_members: 2,
			'organisations (drafts)': 1
		});
	});
});
