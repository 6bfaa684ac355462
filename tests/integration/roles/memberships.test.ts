import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sql, userClient } from '../../support/clients.ts';
import { createMember, createOrganisation, createStaff } from './support.ts';

/** Stories of who may see and change memberships, through PostgREST with real JWTs. */
describe('roles: organisation memberships', () => {
	let organisationA: string;
	let organisationB: string;
	let ownerA: string;
	let editorA: string;
	let ownerB: string;

	beforeAll(async () => {
		organisationA = await createOrganisation('A');
		organisationB = await createOrganisation('B');
		ownerA = await createMember(organisationA, 'owner');
		editorA = await createMember(organisationA, 'editor');
		ownerB = await createMember(organisationB, 'owner');
	});

	it('1. a member of A sees A’s members but not B’s', async () => {
		const { data, error } = await userClient(editorA)
			.from('organisation_members')
			.select('organisation_id, user_id')
			.in('organisation_id', [organisationA, organisationB]);
		expect(error).toBeNull();
		expect(data?.map((row) => row.organisation_id).sort()).toEqual([organisationA, organisationA]);
	});

	it('2. a member of A cannot add themselves to B, change or remove B’s members', async () => {
		const client = userClient(ownerA);
		const insert = await client
			.from('organisation_members')
			.insert({ organisation_id: organisationB, user_id: ownerA, role: 'owner' });
		expect(insert.error?.code).toBe('42501');

		const update = await client
			.from('organisation_members')
			.update({ role: 'editor' })
			.eq('organisation_id', organisationB)
			.select();
		expect(update.data).toEqual([]);
		const remove = await client
			.from('organisation_members')
			.delete()
			.eq('organisation_id', organisationB)
			.select();
		expect(remove.data).toEqual([]);
		const [owner] = await sql(
			'select role from public.organisation_members where organisation_id = $1 and user_id = $2',
			[organisationB, ownerB]
		);
		expect(owner).toEqual({ role: 'owner' });
	});

	it('3. an owner adds an editor to their own organisation', async () => {
		const colleague = await createTestUser();
		const { error } = await userClient(ownerA)
			.from('organisation_members')
			.insert({ organisation_id: organisationA, user_id: colleague, role: 'editor' });
		expect(error).toBeNull();
	});

	it('4. an editor cannot add members or promote themselves', async () => {
		const colleague = await createTestUser();
		const client = userClient(editorA);
		const insert = await client
			.from('organisation_members')
			.insert({ organisation_id: organisationA, user_id: colleague, role: 'editor' });
		expect(insert.error?.code).toBe('42501');
		const promote = await client
			.from('organisation_members')
			.update({ role: 'owner' })
			.eq('organisation_id', organisationA)
			.eq('user_id', editorA)
			.select();
		expect(promote.data).toEqual([]);
	});

	it('5. office staff read every membership and add members anywhere', async () => {
		const staff = await createStaff('office_staff');
		const client = userClient(staff);
		const { data } = await client
			.from('organisation_members')
			.select('organisation_id')
			.in('organisation_id', [organisationA, organisationB]);
		expect(new Set(data?.map((row) => row.organisation_id))).toEqual(
			new Set([organisationA, organisationB])
		);
		const newcomer = await createTestUser();
		const { error } = await client
			.from('organisation_members')
			.insert({ organisation_id: organisationB, user_id: newcomer, role: 'owner' });
		expect(error).toBeNull();
	});

	it('6. a signed-in stranger sees no memberships at all', async () => {
		const stranger = await createTestUser();
		const { data } = await userClient(stranger)
			.from('organisation_members')
			.select('organisation_id')
			.in('organisation_id', [organisationA, organisationB]);
		expect(data).toEqual([]);
	});
});
