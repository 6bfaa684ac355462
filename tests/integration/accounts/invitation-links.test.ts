/**
 * Invitation links the app signs itself ($lib/server/invitation-links): valid for two weeks,
 * although Supabase Auth's own links (and the stack's auth service) die after 24 hours; refused
 * once used, withdrawn or expired; a stale link's "request a new link" re-sends or tells the
 * inviter, and answers the same either way. Time is moved by changing the stored timestamps.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitation, openInvitation, requestNewLink } from '$lib/server/invitation-links';
import { inviteMember, type Inviter } from '$lib/server/invitations';
import { removeMember, resendInvitation, listMembers } from '$lib/server/members';
import { sql, stackInfo, userClient } from '../../support/clients.ts';
import { useTestStack } from '../../support/app-env.ts';
import { anon, mailsTo, uniqueEmail, type Target } from '../auth/support.ts';
import { createMember, createOrganisation } from '../roles/support.ts';
import { followInvitation, latestInvitation } from './invitation-support.ts';

const APP_URL = 'http://localhost:5173';
const PASSWORD = 'a volunteer’s own password';
const target = (): Target => ({ name: 'local', local: true, ...stackInfo() });

/** An organisation with an owner who invites `email` as an editor, in `locale`. */
async function invited(email: string, locale: Inviter['locale'] = 'de') {
	const organisation = await createOrganisation('links');
	const ownerId = await createMember(organisation, 'owner');
	const owner: Inviter = {
		userId: ownerId,
		roles: { staffRole: null, memberships: [{ organisationId: organisation, role: 'owner' }] },
		supabase: userClient(ownerId),
		locale
	};
	expect(
		await inviteMember(owner, { email, organisationId: organisation, role: 'editor' }, APP_URL)
	).toBe('sent');
	const { token, mail } = await latestInvitation(target(), email);
	return { organisation, owner, token, mail };
}

/** Moves an invitation's stored times: `ageHours` since it was sent, `leftHours` until it ends. */
async function shiftLink(email: string, ageHours: number, leftHours: number) {
	await sql(
		`update public.invitations set created_at = now() - make_interval(hours => $2),
		   expires_at = now() + make_interval(hours => $3)
		 where email = $1 and used_at is null and withdrawn_at is null`,
		[email, ageHours, leftHours]
	);
}

beforeAll(useTestStack);

describe('an invitation mail', () => {
	it('names the organisation, who invited and how long the link works, in the inviter’s language', async () => {
		const email = uniqueEmail('mail');
		const { organisation, owner, mail } = await invited(email, 'en');
		const [{ name }] = (await sql('select name from public.organisations where id = $1', [
			organisation
		])) as [{ name: string }];
		const [{ email: ownerEmail }] = (await sql('select email from auth.users where id = $1', [
			owner.userId
		])) as [{ email: string }];
		expect(mail.locale).toBe('en');
		expect(mail.subject).toBe(`Invitation: ${name} on Bündnisatlas`);
		expect(mail.text).toContain(ownerEmail);
		expect(mail.text).toContain(`“${name}”`);
		expect(mail.text).toContain('valid for 14 days');
		// Only the hash is stored: the token in the mail is nowhere in the table.
		const { token } = await latestInvitation(target(), email);
		expect(
			await sql(`select 1 from public.invitations where token_hash::text like '%' || $1 || '%'`, [
				Buffer.from(token).toString('hex')
			])
		).toEqual([]);
	});
});

describe('an invitation link', () => {
	it('1. still works 13 days after it was sent, long past Auth’s 24 hours', async () => {
		const email = uniqueEmail('late');
		await invited(email);
		await shiftLink(email, 13 * 24, 24);
		// Auth's own one-time links from that long ago would be refused by now.
		const { userId, client } = await followInvitation(target(), email, PASSWORD);
		const signIn = await anon(target()).auth.signInWithPassword({ email, password: PASSWORD });
		expect(signIn.error).toBeNull();
		expect(signIn.data.user?.id).toBe(userId);
		const { data } = await client.from('organisation_members').select('role').eq('user_id', userId);
		expect(data).toEqual([{ role: 'editor' }]);
	});

	it('2. is refused once it has expired, and says so', async () => {
		const email = uniqueEmail('expired');
		const { token } = await invited(email);
		await shiftLink(email, 15 * 24, -1);
		expect(await openInvitation(token)).toEqual({ state: 'expired' });
		expect(await acceptInvitation(anon(target()), token, PASSWORD)).toEqual({
			done: false,
			reason: 'expired'
		});
		const [user] = await sql<{ confirmed: boolean }>(
			'select email_confirmed_at is not null as confirmed from auth.users where email = $1',
			[email]
		);
		expect(user).toEqual({ confirmed: false });
	});

	it('3. is refused the second time', async () => {
		const email = uniqueEmail('used');
		await invited(email);
		const { token } = await followInvitation(target(), email, PASSWORD);
		expect(await openInvitation(token)).toEqual({ state: 'used' });
		const again = anon(target());
		expect(await acceptInvitation(again, token, 'another password entirely')).toEqual({
			done: false,
			reason: 'used'
		});
		expect((await again.auth.getSession()).data.session).toBeNull();
	});

	it('4. is refused once the owner withdrew the invitation', async () => {
		const email = uniqueEmail('withdrawn');
		const { organisation, owner, token } = await invited(email);
		const [{ id }] = (await sql('select id from auth.users where email = $1', [email])) as [
			{ id: string }
		];
		expect(await removeMember(owner.supabase, organisation, id)).toBe('done');
		expect(await openInvitation(token)).toEqual({ state: 'withdrawn' });
		expect(await acceptInvitation(anon(target()), token, PASSWORD)).toMatchObject({ done: false });
	});

	it('5. is replaced by a resent one: only the newest works', async () => {
		const email = uniqueEmail('resent');
		const { organisation, owner, token } = await invited(email);
		const members = await listMembers(owner.supabase, organisation, owner.userId);
		const member = members!.find((entry) => entry.email === email)!;
		expect(await resendInvitation(organisation, member, owner.userId, APP_URL)).toBe('done');
		expect(await openInvitation(token)).toEqual({ state: 'withdrawn' });
		const newest = await latestInvitation(target(), email);
		expect(newest.token).not.toBe(token);
		expect(await openInvitation(newest.token)).toMatchObject({ state: 'valid' });
	});

	it('6. cannot be guessed: an unknown or malformed token opens nothing', async () => {
		expect(await openInvitation('x'.repeat(43))).toEqual({ state: 'unknown' });
		expect(await openInvitation('../../etc/passwd')).toEqual({ state: 'unknown' });
	});
});

describe('requesting a new link from a stale one', () => {
	it('7. re-sends a link that works when the invitation is still pending', async () => {
		const email = uniqueEmail('again');
		const { token } = await invited(email);
		await shiftLink(email, 20 * 24, -24);
		await requestNewLink(token, email.toUpperCase(), APP_URL);
		const fresh = await latestInvitation(target(), email);
		expect(fresh.token).not.toBe(token);
		await followInvitation(target(), email, PASSWORD);
	});

	it('8. does nothing for an address that is not the invitation’s', async () => {
		const email = uniqueEmail('owner-of-link');
		const { token } = await invited(email);
		await shiftLink(email, 20 * 24, -24);
		const before = (await mailsTo(target(), email)).length;
		const other = uniqueEmail('guesser');
		await requestNewLink(token, other, APP_URL);
		expect(await mailsTo(target(), email)).toHaveLength(before);
		expect(await mailsTo(target(), other)).toEqual([]);
	});

	it('9. tells the inviter when the invitation was withdrawn, and sends the invitee nothing', async () => {
		const email = uniqueEmail('gone');
		const { organisation, owner, token } = await invited(email);
		const [{ id }] = (await sql('select id from auth.users where email = $1', [email])) as [
			{ id: string }
		];
		expect(await removeMember(owner.supabase, organisation, id)).toBe('done');
		const [{ email: ownerEmail }] = (await sql('select email from auth.users where id = $1', [
			owner.userId
		])) as [{ email: string }];
		const before = (await mailsTo(target(), email)).length;
		await requestNewLink(token, email, APP_URL);
		expect(await mailsTo(target(), email)).toHaveLength(before);
		const [notice] = await mailsTo(target(), ownerEmail);
		expect(notice?.subject).toBe('Jemand bittet um einen neuen Einladungslink');
		expect(notice?.text).toContain(email);
	});
});

describe('who sees invitations through the API', () => {
	it('10. the owner sees their organisation’s invitations without the token; an editor and another owner see none; nobody writes', async () => {
		const email = uniqueEmail('rls');
		const { organisation, owner } = await invited(email);
		const seen = await owner.supabase
			.from('invitations')
			.select('email, expires_at')
			.eq('organisation_id', organisation);
		expect(seen.data).toEqual([{ email, expires_at: expect.any(String) }]);
		const hash = await owner.supabase.from('invitations').select('token_hash');
		expect(hash.error?.code).toBe('42501');

		const editor = userClient(await createMember(organisation, 'editor'));
		const otherOwner = userClient(await createMember(await createOrganisation('other'), 'owner'));
		for (const client of [editor, otherOwner]) {
			const { data } = await client
				.from('invitations')
				.select('email')
				.eq('organisation_id', organisation);
			expect(data).toEqual([]);
		}
		const forged = await owner.supabase.from('invitations').insert({
			token_hash: '\\x' + '00'.repeat(32),
			email: 'forged@example.org',
			organisation_id: organisation,
			member_role: 'owner',
			expires_at: new Date(Date.now() + 86_400_000).toISOString()
		});
		expect(forged.error?.code).toBe('42501');
		const extended = await owner.supabase
			.from('invitations')
			.update({ expires_at: '2099-01-01T00:00:00Z' })
			.eq('organisation_id', organisation)
			.select('id');
		expect(extended.error?.code ?? extended.data).toEqual('42501');
	});
});
