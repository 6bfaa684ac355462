import { beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, sql, userClient } from '../../support/clients.ts';
import { createMember, createOrganisation, createStaff } from './support.ts';

/**
 * One organisation's members over time, through PostgREST with each person's own session: the
 * owner rule the office page and the portal promise is the rule the database keeps.
 */
describe('roles: the story of one organisation’s members', () => {
	let organisation: string;
	let firstOwner: string;
	let editor: string;
	let secondOwner: string;
	let staff: string;

	const members = (userId: string) => userClient(userId).from('organisation_members');

	async function roleOf(userId: string): Promise<string | null> {
		const [row] = await sql<{ role: string }>(
			'select role from public.organisation_members where organisation_id = $1 and user_id = $2',
			[organisation, userId]
		);
		return row?.role ?? null;
	}

	beforeAll(async () => {
		organisation = await createOrganisation('story');
		firstOwner = await createMember(organisation, 'owner');
		editor = await createTestUser();
		secondOwner = await createTestUser();
		staff = await createStaff('office_staff');
	});

	it('1. an owner invites an editor', async () => {
		const { error } = await members(firstOwner).insert({
			organisation_id: organisation,
			user_id: editor,
			role: 'editor'
		});
		expect(error).toBeNull();
		expect(await roleOf(editor)).toBe('editor');
	});

	it('2. an editor cannot make themselves owner', async () => {
		const { data, error } = await members(editor)
			.update({ role: 'owner' })
			.eq('organisation_id', organisation)
			.eq('user_id', editor)
			.select();
		expect(error?.code ?? data).toSatisfy(
			(refused) => refused === '42501' || (Array.isArray(refused) && refused.length === 0)
		);
		expect(await roleOf(editor)).toBe('editor');
	});

	it('3. an owner cannot appoint another owner, neither by invitation nor by promotion', async () => {
		const invited = await members(firstOwner).insert({
			organisation_id: organisation,
			user_id: secondOwner,
			role: 'owner'
		});
		expect(invited.error?.code).toBe('42501');
		expect(invited.error?.details).toBe('owners_by_office');
		const promoted = await members(firstOwner)
			.update({ role: 'owner' })
			.eq('organisation_id', organisation)
			.eq('user_id', editor)
			.select();
		expect(promoted.error?.code).toBe('42501');
		expect(await roleOf(secondOwner)).toBeNull();
		expect(await roleOf(editor)).toBe('editor');
	});

	it('4. office staff appoint an owner', async () => {
		const { error } = await members(staff).insert({
			organisation_id: organisation,
			user_id: secondOwner,
			role: 'owner'
		});
		expect(error).toBeNull();
		expect(await roleOf(secondOwner)).toBe('owner');
	});

	it('5. an owner cannot demote or remove another owner', async () => {
		const demoted = await members(firstOwner)
			.update({ role: 'editor' })
			.eq('organisation_id', organisation)
			.eq('user_id', secondOwner)
			.select();
		expect(demoted.error?.code).toBe('42501');
		const removed = await members(firstOwner)
			.delete()
			.eq('organisation_id', organisation)
			.eq('user_id', secondOwner)
			.select();
		expect(removed.error?.code).toBe('42501');
		expect(await roleOf(secondOwner)).toBe('owner');
	});

	it('6. an editor leaves the organisation', async () => {
		const { data, error } = await members(editor)
			.delete()
			.eq('organisation_id', organisation)
			.eq('user_id', editor)
			.select('user_id');
		expect(error).toBeNull();
		expect(data).toEqual([{ user_id: editor }]);
		expect(await roleOf(editor)).toBeNull();
	});

	it('7. an owner leaves while another owner remains', async () => {
		const { data, error } = await members(firstOwner)
			.delete()
			.eq('organisation_id', organisation)
			.eq('user_id', firstOwner)
			.select('user_id');
		expect(error).toBeNull();
		expect(data).toEqual([{ user_id: firstOwner }]);
	});

	it('8. the last owner cannot leave', async () => {
		const { error } = await members(secondOwner)
			.delete()
			.eq('organisation_id', organisation)
			.eq('user_id', secondOwner)
			.select();
		expect(error?.code).toBe('42501');
		expect(error?.details).toBe('last_owner');
		expect(await roleOf(secondOwner)).toBe('owner');
	});

	it('9. nobody, office staff included, adds themselves to the organisation', async () => {
		const outsider = await createTestUser();
		for (const who of [outsider, staff]) {
			const { error } = await members(who).insert({
				organisation_id: organisation,
				user_id: who,
				role: 'editor'
			});
			expect(error?.code).toBe('42501');
			expect(await roleOf(who)).toBeNull();
		}
	});

	it('10. office staff may remove the last owner, when the person is gone', async () => {
		const { data, error } = await members(staff)
			.delete()
			.eq('organisation_id', organisation)
			.eq('user_id', secondOwner)
			.select('user_id');
		expect(error).toBeNull();
		expect(data).toEqual([{ user_id: secondOwner }]);
	});
});
