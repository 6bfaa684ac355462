/**
 * Test data for the grant tracker. The catalogue (funders, programmes, calls, funds) is arranged
 * as the superuser so that each test states what exists; applications, decisions, payments and
 * status changes go through the API as office staff, as the office would record them. Every
 * fixture gets a unique name so the demo data and other tests never interfere.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';
import type { Database } from '../../../src/lib/database.types.ts';
import type { ApplicationStatus } from '../../../src/lib/domain/grant-status.ts';
import { sql, userClient } from '../../support/clients.ts';
import { createMember, createOrganisation, createStaff } from '../roles/support.ts';

export { createMember, createOrganisation, createStaff };

type Tables = Database['public']['Tables'];
export type ProgrammeRules = Partial<
	Pick<
		Tables['programmes']['Row'],
		| 'mittelabruf_window_weeks'
		| 'interim_report_rule'
		| 'interim_report_months'
		| 'final_report_months'
		| 'receipts_retention_years'
		| 'min_own_share_bp'
	>
>;

const unique = (label: string) => `${label} ${crypto.randomUUID().slice(0, 8)}`;

export async function createProgramme(rules: ProgrammeRules = {}): Promise<string> {
	const [funder] = await sql<{ id: string }>(
		`insert into public.funders (name, level) values ($1, 'bund') returning id`,
		[unique('Test funder')]
	);
	const columns = Object.keys(rules);
	const [programme] = await sql<{ id: string }>(
		`insert into public.programmes (funder_id, name, financing_type${columns.map((c) => `, ${c}`).join('')})
		 values ($1, $2, 'fehlbedarf'${columns.map((_, i) => `, $${i + 3}`).join('')}) returning id`,
		[funder!.id, unique('Test programme'), ...Object.values(rules)]
	);
	return programme!.id;
}

export async function createCall(
	programmeId: string,
	{ published = true }: { published?: boolean } = {}
): Promise<string> {
	const [call] = await sql<{ id: string }>(
		`insert into public.funding_calls (programme_id, title, deadline_at, published)
		 values ($1, $2, now() + interval '30 days', $3) returning id`,
		[programmeId, unique('Test call'), published]
	);
	return call!.id;
}

export async function createFund(budgetCents: number, staffLimitCents = 100_000): Promise<string> {
	const [fund] = await sql<{ id: string }>(
		`insert into public.own_funds (name, year, budget_cents, staff_decision_limit_cents)
		 values ($1, 2026, $2, $3) returning id`,
		[unique('Test fund'), budgetCents, staffLimitCents]
	);
	return fund!.id;
}

export async function createMeeting(fundId: string): Promise<string> {
	const [meeting] = await sql<{ id: string }>(
		`insert into public.committee_meetings (own_fund_id, held_on, title)
		 values ($1, '2026-03-12', 'Begleitausschuss') returning id`,
		[fundId]
	);
	return meeting!.id;
}

export type Staff = { id: string; client: SupabaseClient<Database> };

export async function staffMember(): Promise<Staff> {
	const id = await createStaff('office_staff');
	return { id, client: userClient(id) };
}

type NewApplication = Partial<Tables['applications']['Insert']> & { organisation_id: string };

/** An application recorded by staff through the API; returns its id. */
export async function recordApplication(staff: Staff, values: NewApplication): Promise<string> {
	const { data, error } = await staff.client
		.from('applications')
		.insert({ title: unique('Test application'), ...values })
		.select('id')
		.single();
	expect(error).toBeNull();
	return data!.id;
}

/** Moves an application through statuses as staff, each step expected to succeed. */
export async function moveThrough(
	staff: Staff,
	applicationId: string,
	statuses: ApplicationStatus[]
): Promise<void> {
	for (const status of statuses) {
		const { error } = await staff.client
			.from('applications')
			.update({ status })
			.eq('id', applicationId);
		expect(error, `to ${status}`).toBeNull();
	}
}

type NewDecision = Omit<Tables['grant_decisions']['Insert'], 'application_id'>;

export async function recordDecision(staff: Staff, applicationId: string, decision: NewDecision) {
	return staff.client
		.from('grant_decisions')
		.insert({ application_id: applicationId, ...decision })
		.select()
		.single();
}

/** An application taken by staff through the pipeline to approved, with its Bescheid. */
export async function approvedApplication(
	staff: Staff,
	values: NewApplication,
	decision: { amount_cents: number; period_start: string; period_end: string }
): Promise<string> {
	const id = await recordApplication(staff, { status: 'submitted', ...values });
	const { error } = await recordDecision(staff, id, {
		outcome: 'approved',
		decided_on: '2026-01-15',
		decided_by: values.own_fund_id ? 'office' : 'funder',
		...decision
	});
	expect(error).toBeNull();
	await moveThrough(staff, id, ['approved']);
	return id;
}
