/**
 * "Ask to be listed" ($lib/server/join-requests): the request is kept for the office, and the
 * person who sent the public form gets no account, no membership and no way to sign in until
 * the office accepts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptJoinRequest, submitJoinRequest } from '$lib/server/join-requests';
import type { Inviter } from '$lib/server/invitations';
import { sql, stackInfo, userClient } from '../../support/clients.ts';
import { useTestStack } from '../../support/app-env.ts';
import { createMember, createStaff } from '../roles/support.ts';
import { authFetch, mailsTo, uniqueEmail, type Target } from '../auth/support.ts';
import { followInvitation, latestInvitation } from './invitation-support.ts';

const APP_URL = 'http://localhost:5173';
const target = (): Target => ({ name: 'local', local: true, ...stackInfo() });

async function sendRequest(email: string) {
	const name = `Join ${crypto.randomUUID().slice(0, 8)}`;
	const stored = await submitJoinRequest(
		{
			name,
			kind: 'initiative',
			email,
			description: 'Wir beraten Nachbarinnen und Nachbarn.',
			consent: true
		},
		'en',
		APP_URL
	);
	expect(stored).toBe(true);
	const [request] = await sql<{
		id: string;
		organisation_id: string;
		contact_email: string;
		locale: string;
		status: string;
		organisation_status: string;
	}>(
		`select r.id, r.organisation_id, r.contact_email, r.locale, r.status,
		        o.status::text as organisation_status
		 from public.join_requests r join public.organisations o on o.id = r.organisation_id
		 where o.name = $1`,
		[name]
	);
	return request!;
}

describe('a join request', () => {
	beforeAll(useTestStack);

	it('is stored for the office, with no account, no membership and no way to sign in', async () => {
		const email = uniqueEmail('requester');
		const request = await sendRequest(email);
		expect(request).toMatchObject({
			contact_email: email,
			locale: 'en',
			status: 'open',
			organisation_status: 'draft'
		});
		expect(
			await sql('select 1 from public.organisation_members where organisation_id = $1', [
				request.organisation_id
			])
		).toEqual([]);
		expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);

		// What the sign-in page's magic-link form sends: the same answer as for anyone, and nothing
		// in the mailbox, so no link that could sign the requester in.
		const magicLink = await authFetch(target(), '/otp', { body: { email, create_user: false } });
		expect(magicLink).toMatchObject({ status: 200, json: {} });
		// The only mail is the receipt the form promises: it holds no link into the portal.
		const mails = await mailsTo(target(), email);
		expect(mails.map((mail) => mail.subject)).toEqual(['Your request to Bündnisatlas has arrived']);
		expect(mails[0]!.text).not.toMatch(/https?:\/\//);
		expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);
	});

	it('only the office accepts it: the contact is invited as owner of the draft, in their language', async () => {
		const email = uniqueEmail('accepted');
		const request = await sendRequest(email);
		const ownerId = await createMember(request.organisation_id, 'owner');
		const owner: Inviter = {
			userId: ownerId,
			roles: {
				staffRole: null,
				memberships: [{ organisationId: request.organisation_id, role: 'owner' }]
			},
			supabase: userClient(ownerId),
			locale: 'de'
		};
		expect(await acceptJoinRequest(owner, request.id, APP_URL)).toBe('forbidden');

		const officeId = await createStaff('office_staff');
		const office: Inviter = {
			userId: officeId,
			roles: { staffRole: 'office_staff', memberships: [] },
			supabase: userClient(officeId),
			locale: 'de'
		};
		expect(await acceptJoinRequest(office, request.id, APP_URL)).toBe('sent');
		const { mail } = await latestInvitation(target(), email);
		expect(mail.locale).toBe('en');
		const [row] = await sql<{ status: string; role: string }>(
			`select r.status::text as status, m.role::text as role from public.join_requests r
			 join public.organisation_members m on m.organisation_id = r.organisation_id
			 join auth.users u on u.id = m.user_id and u.email = r.contact_email
			 where r.id = $1`,
			[request.id]
		);
		expect(row).toEqual({ status: 'accepted', role: 'owner' });
		await followInvitation(target(), email, 'the requester’s own password');
		// Accepted once: a second acceptance does nothing.
		expect(await acceptJoinRequest(office, request.id, APP_URL)).toBe('failed');
	});

	it('is read and decided by office staff only, through the API', async () => {
		const request = await sendRequest(uniqueEmail('rls'));
		const staff = userClient(await createStaff('office_staff'));
		const owner = userClient(await createMember(request.organisation_id, 'owner'));
		const seen = await staff.from('join_requests').select('id').eq('id', request.id);
		expect(seen.data).toEqual([{ id: request.id }]);
		const hidden = await owner.from('join_requests').select('id').eq('id', request.id);
		expect(hidden.data).toEqual([]);
		const decided = await owner
			.from('join_requests')
			.update({ status: 'declined', decided_at: new Date().toISOString() })
			.eq('id', request.id)
			.select('id');
		expect(decided.data).toEqual([]);
		const declined = await staff
			.from('join_requests')
			.update({ status: 'declined', decided_at: new Date().toISOString() })
			.eq('id', request.id)
			.select('status');
		expect(declined.data).toEqual([{ status: 'declined' }]);
	});
});
