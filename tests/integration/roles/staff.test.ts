import { describe, expect, it } from 'vitest';
import {
	anonClient,
	createTestUser,
	serviceClient,
	sql,
	stackInfo,
	userClient
} from '../../support/clients.ts';
import { createMember, createOrganisation, createStaff } from './support.ts';

/** Stories of who may become office staff, and that nobody grants themselves a role. */
describe('roles: office staff', () => {
	it('1. a member cannot make themselves staff', async () => {
		const member = await createMember(await createOrganisation('self-staff'), 'owner');
		const { error } = await userClient(member)
			.from('staff')
			.insert({ user_id: member, role: 'office_admin' });
		expect(error?.code).toBe('42501');
		expect(await sql('select 1 from public.staff where user_id = $1', [member])).toEqual([]);
	});

	it('2. office staff (not admins) cannot add staff or promote themselves', async () => {
		const staff = await createStaff('office_staff');
		const client = userClient(staff);
		const newcomer = await createTestUser();
		const insert = await client.from('staff').insert({ user_id: newcomer, role: 'office_staff' });
		expect(insert.error?.code).toBe('42501');
		const promote = await client
			.from('staff')
			.update({ role: 'office_admin' })
			.eq('user_id', staff)
			.select();
		expect(promote.data).toEqual([]);
	});

	it('3. an office admin adds staff', async () => {
		const admin = await createStaff('office_admin');
		const newcomer = await createTestUser();
		const { error } = await userClient(admin)
			.from('staff')
			.insert({ user_id: newcomer, role: 'office_staff' });
		expect(error).toBeNull();
	});

	it('4. office staff see all staff, others only themselves', async () => {
		const admin = await createStaff('office_admin');
		const staff = await createStaff('office_staff');
		const { data } = await userClient(staff)
			.from('staff')
			.select('user_id')
			.in('user_id', [admin, staff]);
		expect(data).toHaveLength(2);
		const member = await createMember(await createOrganisation('staff-list'), 'owner');
		const { data: seen } = await userClient(member)
			.from('staff')
			.select('user_id')
			.in('user_id', [admin, staff]);
		expect(seen).toEqual([]);
	});

	it('5. a signed-in user cannot grant themselves app_metadata through PUT /user', async () => {
		const email = `metadata-${crypto.randomUUID().slice(0, 8)}@example.org`;
		const password = `Pass-${crypto.randomUUID()}`;
		const created = await serviceClient().auth.admin.createUser({
			email,
			password,
			email_confirm: true
		});
		expect(created.error).toBeNull();
		const client = anonClient();
		const { data: signedIn, error } = await client.auth.signInWithPassword({ email, password });
		expect(error).toBeNull();

		const { url, anonKey } = stackInfo();
		const response = await fetch(`${url}/auth/v1/user`, {
			method: 'PUT',
			headers: {
				apikey: anonKey,
				authorization: `Bearer ${signedIn.session!.access_token}`,
				'content-type': 'application/json'
			},
			body: JSON.stringify({ app_metadata: { role: 'office_admin', staff: true } })
		});
		expect(response.ok).toBe(false);

		const { data: after } = await serviceClient().auth.admin.getUserById(created.data.user!.id);
		expect(after.user?.app_metadata).not.toHaveProperty('staff');
		expect(after.user?.app_metadata.role).toBeUndefined();
		expect(
			await sql('select 1 from public.staff where user_id = $1', [created.data.user!.id])
		).toEqual([]);
	});
});
