/**
 * What an organisation's member sees of its funding in the portal, as numbered stories (the
 * tracker's own stories are in rls-stories.test.ts). Organisation A has a small grant from one
 * own fund, B from another; each fund passes on a programme's rules; each application has a
 * document in the private bucket under its organisation's folder.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/database.types.ts';
import { anonClient, serviceClient, sql, userClient } from '../../support/clients.ts';
import { pdf } from '../storage/support.ts';
import {
	approvedApplication,
	createFund,
	createMeeting,
	createMember,
	createOrganisation,
	createProgramme,
	staffMember,
	type Staff
} from './fixtures.ts';

type Client = SupabaseClient<Database>;

describe('portal funding access stories', () => {
	let staff: Staff;
	let memberOfA: Client;
	const funds = { ofA: '', ofB: '', unused: '' };
	const programmes = { ofA: '', ofB: '' };
	const applications = { ofA: '', ofB: '' };
	const documents = { ofA: '', ofB: '' };

	beforeAll(async () => {
		staff = await staffMember();
		const organisationA = await createOrganisation('portal A');
		const organisationB = await createOrganisation('portal B');
		memberOfA = userClient(await createMember(organisationA, 'editor'));
		programmes.ofA = await createProgramme({ min_own_share_bp: 500 });
		programmes.ofB = await createProgramme({ min_own_share_bp: 700 });
		funds.ofA = await createFund(1_000_000);
		funds.ofB = await createFund(1_000_000);
		funds.unused = await createFund(1_000_000);
		await sql(`update public.own_funds set programme_id = $2 where id = $1`, [
			funds.ofA,
			programmes.ofA
		]);
		await sql(`update public.own_funds set programme_id = $2 where id = $1`, [
			funds.ofB,
			programmes.ofB
		]);
		await createMeeting(funds.ofA);
		const period = { period_start: '2026-04-01', period_end: '2026-09-30' };
		applications.ofA = await approvedApplication(
			staff,
			{ organisation_id: organisationA, own_fund_id: funds.ofA },
			{ amount_cents: 80_000, ...period }
		);
		applications.ofB = await approvedApplication(
			staff,
			{ organisation_id: organisationB, own_fund_id: funds.ofB },
			{ amount_cents: 90_000, ...period }
		);
		documents.ofA = `${organisationA}/${applications.ofA}/bescheid.pdf`;
		documents.ofB = `${organisationB}/${applications.ofB}/bescheid.pdf`;
		for (const key of Object.values(documents)) {
			const { error } = await staff.client.storage.from('documents').upload(key, pdf(key));
			expect(error).toBeNull();
		}
	});

	afterAll(async () => {
		await serviceClient().storage.from('documents').remove(Object.values(documents));
	});

	it('1. a member sees the own fund their application draws from and its programme, no other', async () => {
		const { data: visibleFunds, error } = await memberOfA
			.from('own_funds')
			.select('id, programme_id')
			.in('id', Object.values(funds));
		expect(error).toBeNull();
		expect(visibleFunds).toEqual([{ id: funds.ofA, programme_id: programmes.ofA }]);
		const { data: visibleProgrammes } = await memberOfA
			.from('programmes')
			.select('id, min_own_share_bp')
			.in('id', Object.values(programmes));
		expect(visibleProgrammes).toEqual([{ id: programmes.ofA, min_own_share_bp: 500 }]);
		const { data: application } = await memberOfA
			.from('applications')
			.select('id, fund:own_funds(id)')
			.eq('id', applications.ofA)
			.single();
		expect(application?.fund?.id).toBe(funds.ofA);
	});

	it('2. the committee’s meetings stay the office’s, even for the fund a member draws from', async () => {
		const { data } = await memberOfA.from('committee_meetings').select('id');
		expect(data).toEqual([]);
		const { data: forStaff } = await staff.client
			.from('committee_meetings')
			.select('id')
			.eq('own_fund_id', funds.ofA);
		expect(forStaff).toHaveLength(1);
	});

	it('3. a member reads their organisation’s documents and not another’s, and writes none', async () => {
		const storage = memberOfA.storage.from('documents');
		const own = await storage.download(documents.ofA);
		expect(await own.data?.text()).toContain(documents.ofA);
		const other = await storage.download(documents.ofB);
		expect(other.data).toBeNull();
		const replaced = await storage.upload(documents.ofA, pdf('forged'), { upsert: true });
		expect(replaced.error).not.toBeNull();
		const removed = await storage.remove([documents.ofA]);
		expect(removed.data).toEqual([]);
		const still = await serviceClient().storage.from('documents').download(documents.ofA);
		expect(await still.data?.text()).toContain(documents.ofA);
	});

	it('4. a member changes nothing of their own application: not its plan, title or existence', async () => {
		const before = await sql(`select * from public.applications where id = $1`, [applications.ofA]);
		const edited = await memberOfA
			.from('applications')
			.update({ title: 'Umbenannt', requested_cents: 1 })
			.eq('id', applications.ofA)
			.select('id');
		expect(edited.data ?? []).toEqual([]);
		const removed = await memberOfA
			.from('applications')
			.delete()
			.eq('id', applications.ofA)
			.select('id');
		expect(removed.data ?? []).toEqual([]);
		const withdrawn = await memberOfA
			.from('applications')
			.update({ status: 'withdrawn' })
			.eq('id', applications.ofA)
			.select('id');
		expect(withdrawn.data ?? []).toEqual([]);
		const after = await sql(`select * from public.applications where id = $1`, [applications.ofA]);
		expect(after).toEqual(before);
	});

	it('5. an anonymous visitor sees no fund, no programme of a fund, and no document', async () => {
		const visitor = anonClient();
		const { data: visibleFunds, error } = await visitor.from('own_funds').select('id');
		expect(visibleFunds).toBeNull();
		expect(error?.code).toBe('42501');
		const { data: visibleProgrammes } = await visitor
			.from('programmes')
			.select('id')
			.in('id', Object.values(programmes));
		expect(visibleProgrammes).toEqual([]);
		const download = await visitor.storage.from('documents').download(documents.ofA);
		expect(download.data).toBeNull();
	});
});
