/**
 * Invitations as the app's server sends them ($lib/server/invitations), against the stack's auth
 * service, which behaves as Supabase Auth does here: an invitation to an unconfirmed account keeps
 * that account's password and sessions. The app must not rely on the service for this.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openInvitation } from '$lib/server/invitation-links';
import { inviteMember, inviteStaff, type Inviter } from '$lib/server/invitations';
import { sql, stackInfo, userClient } from '../../support/clients.ts';
import { useTestStack } from '../../support/app-env.ts';
import { admin, anon, asUser, authFetch, uniqueEmail, type Target } from '../auth/support.ts';
import { createOrganisation, createStaff } from '../roles/support.ts';
import { followInvitation, latestInvitation } from './invitation-support.ts';

const APP_URL = 'http://localhost:5173';
const ATTACKER_PASSWORD = 'chosen-by-the-attacker';
/** An office admin with their own session: the membership rule applies to what they add. */
async function officeAdmin(): Promise<Inviter> {
	const userId = await createStaff('office_admin');
	return {
		userId,
		roles: { staffRole: 'office_admin', memberships: [] },
		supabase: userClient(userId),
		locale: 'de'
	};
}
const target = (): Target => ({ name: 'local', local: true, ...stackInfo() });

/**
 * What a stranger's sign-up leaves on a Supabase with sign-up on: an unconfirmed account with the
 * stranger's password. With `session`, also a session (Supabase can allow sign-ins before the
 * address is confirmed): signed in while confirmed for a moment.
 */
async function strangersSignUp(email: string, { session = false } = {}) {
	const { data, error } = await admin(target()).auth.admin.createUser({
		email,
		password: ATTACKER_PASSWORD,
		email_confirm: session
	});
	if (error) throw error;
	if (!session) return { id: data.user.id, session: null };
	const signedIn = await anon(target()).auth.signInWithPassword({
		email,
		password: ATTACKER_PASSWORD
	});
	if (signedIn.error) throw signedIn.error;
	await sql('update auth.users set email_confirmed_at = null where id = $1', [data.user.id]);
	return { id: data.user.id, session: signedIn.data.session };
}

/** The invitee follows the newest invitation mail's link and chooses a password. */
async function acceptInvitation(email: string, password: string) {
	return (await followInvitation(target(), email, password)).userId;
}

const membersOf = (organisationId: string) =>
	sql<{ email: string; user_id: string; role: string }>(
		`select u.email, m.user_id, m.role from public.organisation_members m
		 join auth.users u on u.id = m.user_id where m.organisation_id = $1`,
		[organisationId]
	);

describe('an invitation to an address that already has an unconfirmed account', () => {
	beforeAll(useTestStack);

	it('leaves no password, session, refresh token or access token of the earlier sign-up usable', async () => {
		const email = uniqueEmail('colleague');
		const stranger = await strangersSignUp(email, { session: true });
		const organisation = await createOrganisation('invited');

		expect(
			await inviteMember(
				await officeAdmin(),
				{ email, organisationId: organisation, role: 'owner' },
				APP_URL
			)
		).toBe('sent');

		const password = await anon(target()).auth.signInWithPassword({
			email,
			password: ATTACKER_PASSWORD
		});
		// Not email_not_confirmed: that would mean the password was right.
		expect(password.error).toMatchObject({ code: 'invalid_credentials' });
		const refresh = await anon(target()).auth.refreshSession({
			refresh_token: stranger.session!.refresh_token
		});
		expect(refresh.error).toMatchObject({ status: 400 });
		const user = await authFetch(target(), '/user', { bearer: stranger.session!.access_token });
		expect(user.status).toBe(403);
		// The old access token is still well signed until it expires, but names an account that
		// holds no right: the membership belongs to the new one.
		const members = await membersOf(organisation);
		expect(members).toEqual([{ email, user_id: expect.any(String), role: 'owner' }]);
		expect(members[0]!.user_id).not.toBe(stranger.id);
		const seen = await asUser(target(), stranger.session!.access_token)
			.from('organisation_members')
			.select('user_id')
			.eq('organisation_id', organisation);
		expect(seen.data ?? []).toEqual([]);

		// The colleague follows the invitation: the account is theirs, the stranger's password
		// still does not open it.
		const userId = await acceptInvitation(email, 'the colleague’s own password');
		expect(userId).toBe(members[0]!.user_id);
		const again = await anon(target()).auth.signInWithPassword({
			email,
			password: ATTACKER_PASSWORD
		});
		expect(again.error).toMatchObject({ code: 'invalid_credentials' });
		const theirs = await anon(target()).auth.signInWithPassword({
			email,
			password: 'the colleague’s own password'
		});
		expect(theirs.error).toBeNull();
	});

	it('does the same for an invitation to the office', async () => {
		const email = uniqueEmail('staff');
		const stranger = await strangersSignUp(email);
		expect(await inviteStaff(await officeAdmin(), { email, role: 'office_staff' }, APP_URL)).toBe(
			'sent'
		);
		const password = await anon(target()).auth.signInWithPassword({
			email,
			password: ATTACKER_PASSWORD
		});
		expect(password.error).toMatchObject({ code: 'invalid_credentials' });
		const staff = await sql<{ user_id: string; email: string }>(
			`select s.user_id, u.email from public.staff s join auth.users u on u.id = s.user_id
			 where u.email = $1`,
			[email]
		);
		expect(staff).toHaveLength(1);
		expect(staff[0]!.user_id).not.toBe(stranger.id);
	});

	it('keeps what earlier invitations gave the address, and only the newest link works', async () => {
		const email = uniqueEmail('twice');
		const first = await createOrganisation('first');
		const second = await createOrganisation('second');
		expect(
			await inviteMember(
				await officeAdmin(),
				{ email, organisationId: first, role: 'editor' },
				APP_URL
			)
		).toBe('sent');
		const earlier = await latestInvitation(target(), email);
		expect(
			await inviteMember(
				await officeAdmin(),
				{ email, organisationId: second, role: 'owner' },
				APP_URL
			)
		).toBe('sent');

		// The second invitation replaced the unconfirmed account: the first link gives nothing.
		expect(await openInvitation(earlier.token)).toEqual({ state: 'withdrawn' });
		const userId = await acceptInvitation(email, 'a password of their own');
		expect(await membersOf(first)).toEqual([{ email, user_id: userId, role: 'editor' }]);
		expect(await membersOf(second)).toEqual([{ email, user_id: userId, role: 'owner' }]);
	});

	it('leaves a confirmed account as it is and tells it of the new access', async () => {
		const email = uniqueEmail('member');
		const { data } = await admin(target()).auth.admin.createUser({
			email,
			password: 'their-own-password',
			email_confirm: true
		});
		const organisation = await createOrganisation('confirmed');
		expect(
			await inviteMember(
				await officeAdmin(),
				{ email, organisationId: organisation, role: 'editor' },
				APP_URL
			)
		).toBe('sent');
		expect(await membersOf(organisation)).toEqual([
			{ email, user_id: data.user!.id, role: 'editor' }
		]);
		// The mail's link signs the account in without asking for a new password.
		expect(await openInvitation((await latestInvitation(target(), email)).token)).toMatchObject({
			state: 'valid',
			view: { needsPassword: false }
		});
		const signIn = await anon(target()).auth.signInWithPassword({
			email,
			password: 'their-own-password'
		});
		expect(signIn.error).toBeNull();
	});
});
