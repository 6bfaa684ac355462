/**
 * The members page's services ($lib/server/members) through the API, each with the acting
 * person's own client: the database's membership rule decides, the page's mirror only hides.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { memberActions } from '$lib/domain/member-list';
import { inviteMember } from '$lib/server/invitations';
import { changeMemberRole, listMembers, removeMember, resendInvitation } from '$lib/server/members';
import { useTestStack } from '../../support/app-env.ts';
import {
	createTestUser,
	serviceClient,
	sql,
	stackInfo,
	userClient
} from '../../support/clients.ts';
import { mailsTo } from '../auth/support.ts';
import { createMember, createOrganisation, createStaff } from '../roles/support.ts';

const APP_URL = 'http://localhost:5173';
const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID().slice(0, 8)}@example.org`;

async function organisationWithOwner() {
	const organisation = await createOrganisation('members');
	const owner = await createMember(organisation, 'owner');
	return { organisation, owner, client: userClient(owner) };
}

async function invite(organisation: string, owner: string, email: string) {
	const outcome = await inviteMember(
		{
			userId: owner,
			roles: { staffRole: null, memberships: [{ organisationId: organisation, role: 'owner' }] },
			supabase: userClient(owner),
			locale: 'de'
		},
		{ email, organisationId: organisation, role: 'editor' },
		APP_URL
	);
	expect(outcome).toBe('sent');
	const [row] = await sql<{ id: string }>('select id from auth.users where email = $1', [email]);
	return row!.id;
}

beforeAll(useTestStack);

describe('members of an organisation', () => {
	it('1. an owner sees who has access and which invitations are pending', async () => {
		const { organisation, owner, client } = await organisationWithOwner();
		const editor = await createMember(organisation, 'editor');
		const email = uniqueEmail('pending');
		const invitee = await invite(organisation, owner, email);
		const members = await listMembers(client, organisation, owner);
		expect(members).toHaveLength(3);
		expect(members!.find((m) => m.userId === invitee)).toMatchObject({
			email,
			role: 'editor',
			accepted: false,
			invitedAt: expect.any(String)
		});
		expect(members!.find((m) => m.userId === editor)).toMatchObject({ accepted: true });
		expect(members!.find((m) => m.userId === owner)).toMatchObject({ isSelf: true });
	});

	it('2. a stranger and a member of another organisation see nobody', async () => {
		const { organisation } = await organisationWithOwner();
		const other = await organisationWithOwner();
		const stranger = await createTestUser();
		expect(await listMembers(userClient(stranger), organisation, stranger)).toBeNull();
		expect(await listMembers(other.client, organisation, other.owner)).toBeNull();
		const { error } = await userClient(stranger).rpc('organisation_member_list', {
			organisation
		});
		expect(error?.code).toBe('42501');
	});

	it('3. withdrawing an invitation ends its access and the unused account', async () => {
		const { organisation, owner, client } = await organisationWithOwner();
		const invitee = await invite(organisation, owner, uniqueEmail('withdrawn'));
		expect(await removeMember(client, organisation, invitee)).toBe('done');
		expect(await listMembers(client, organisation, owner)).toHaveLength(1);
		const { data } = await serviceClient().auth.admin.getUserById(invitee);
		expect(data.user).toBeNull();
	});

	it('4. resending an invitation sends a fresh mail to the same account', async () => {
		const { organisation, owner, client } = await organisationWithOwner();
		const email = uniqueEmail('resent');
		const invitee = await invite(organisation, owner, email);
		const target = { name: 'local', local: true, ...stackInfo() };
		expect(await mailsTo(target, email)).toHaveLength(1);
		const member = (await listMembers(client, organisation, owner))!.find(
			(m) => m.userId === invitee
		)!;
		expect(await resendInvitation(organisation, member, owner, APP_URL)).toBe('done');
		expect(await mailsTo(target, email)).toHaveLength(2);
		expect(await listMembers(client, organisation, owner)).toHaveLength(2);
	});

	it('5. an owner removes an editor but cannot make them an owner; the database agrees with the page', async () => {
		const { organisation, owner, client } = await organisationWithOwner();
		const editor = await createMember(organisation, 'editor');
		const members = (await listMembers(client, organisation, owner))!;
		const entry = members.find((m) => m.userId === editor)!;
		const actions = memberActions({ isStaff: false, role: 'owner' }, entry, members);
		expect(actions.changeTo).toEqual([]);
		expect(await changeMemberRole(client, organisation, editor, 'owner')).toBe('owners_by_office');
		expect(actions.remove).toBe(true);
		expect(await removeMember(client, organisation, editor)).toBe('done');
	});

	it('6. an editor can leave but not remove others; the last owner cannot leave', async () => {
		const { organisation, owner, client } = await organisationWithOwner();
		const editor = await createMember(organisation, 'editor');
		const colleague = await createMember(organisation, 'editor');
		// RLS shows an editor no other row to delete; the colleague stays.
		expect(await removeMember(userClient(editor), organisation, colleague)).not.toBe('done');
		expect(await listMembers(client, organisation, owner)).toHaveLength(3);
		expect(await removeMember(userClient(editor), organisation, editor)).toBe('done');
		expect(await removeMember(client, organisation, owner)).toBe('last_owner');
	});

	it('7. office staff change an editor into an owner', async () => {
		const { organisation } = await organisationWithOwner();
		const editor = await createMember(organisation, 'editor');
		const staff = userClient(await createStaff('office_staff'));
		expect(await changeMemberRole(staff, organisation, editor, 'owner')).toBe('done');
		const [row] = await sql(
			'select role from public.organisation_members where organisation_id = $1 and user_id = $2',
			[organisation, editor]
		);
		expect(row).toEqual({ role: 'owner' });
	});
});
