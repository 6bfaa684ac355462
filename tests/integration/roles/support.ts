import { createTestUser, sql } from '../../support/clients.ts';

export async function createOrganisation(label: string): Promise<string> {
	const [row] = await sql<{ id: string }>(
		`insert into public.organisations (name, kind, status) values ($1, 'initiative', 'draft') returning id`,
		[`Roles ${label} ${crypto.randomUUID().slice(0, 8)}`]
	);
	return row!.id;
}

export async function createMember(
	organisationId: string,
	role: 'owner' | 'editor'
): Promise<string> {
	const userId = await createTestUser();
	await sql(
		'insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, $3)',
		[organisationId, userId, role]
	);
	return userId;
}

export async function createStaff(role: 'office_admin' | 'office_staff'): Promise<string> {
	const userId = await createTestUser();
	await sql('insert into public.staff (user_id, role) values ($1, $2)', [userId, role]);
	return userId;
}
