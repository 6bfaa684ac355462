/**
 * The office's directory desk, as numbered stories: only office staff publish, archive, restore
 * and decide join requests (members and anonymous visitors are refused by the database); the
 * status steps the database allows are the ones the desk offers; a join request mails its
 * requester and the office, a refusal reaches the requester in their language, and the contact
 * can sign in only once the office accepted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PUBLICATION_STATUSES, statusActions, statusAfter } from '$lib/domain/organisation-status';
import type { Inviter } from '$lib/server/invitations';
import {
	acceptJoinRequest,
	declineJoinRequest,
	submitJoinRequest
} from '$lib/server/join-requests';
import { listDeskOrganisations } from '$lib/server/office-desk';
import { anonClient, sql, stackInfo, userClient } from '../../support/clients.ts';
import { useTestStack } from '../../support/app-env.ts';
import { createMember, createOrganisation, createStaff } from '../roles/support.ts';
import { authFetch, mailsTo, uniqueEmail, type Target } from '../auth/support.ts';
import { followInvitation } from '../accounts/invitation-support.ts';

const APP_URL = 'http://localhost:5173';
const target = (): Target => ({ name: 'local', local: true, ...stackInfo() });
const statusOf = async (id: string) =>
	(
		await sql<{ status: string }>('select status::text from public.organisations where id = $1', [
			id
		])
	)[0]!.status;

async function sendRequest(email: string, locale: 'de' | 'en' | 'tr' = 'tr') {
	const name = `Desk ${crypto.randomUUID().slice(0, 8)}`;
	expect(
		await submitJoinRequest(
			{ name, kind: 'initiative', email, description: 'Wir beraten Nachbarn.', consent: true },
			locale,
			APP_URL
		)
	).toBe(true);
	const [request] = await sql<{ id: string; organisation_id: string }>(
		`select r.id, r.organisation_id from public.join_requests r
		 join public.organisations o on o.id = r.organisation_id where o.name = $1`,
		[name]
	);
	return { ...request!, name };
}

async function staffInviter(): Promise<Inviter> {
	const userId = await createStaff('office_staff');
	return {
		userId,
		roles: { staffRole: 'office_staff', memberships: [] },
		supabase: userClient(userId),
		locale: 'de'
	};
}

describe('the office desk', () => {
	beforeAll(useTestStack);

	it('1. only office staff publish: a member and an anonymous visitor are refused', async () => {
		const organisation = await createOrganisation('desk-publish');
		const owner = userClient(await createMember(organisation, 'owner'));
		for (const client of [owner, anonClient()]) {
			const { error } = await client.rpc('set_organisation_status', {
				organisation,
				status: 'published'
			});
			expect(error?.code).toBe('42501');
		}
		expect(await statusOf(organisation)).toBe('draft');
		const staff = userClient(await createStaff('office_staff'));
		const { data, error } = await staff.rpc('set_organisation_status', {
			organisation,
			status: 'published'
		});
		expect(error).toBeNull();
		expect(data).toBe('published');
		expect(await statusOf(organisation)).toBe('published');
		// Published means visible to visitors.
		const seen = await anonClient().from('organisations').select('id').eq('id', organisation);
		expect(seen.data).toEqual([{ id: organisation }]);
	});

	it('2. the database allows exactly the status steps the desk offers', async () => {
		const staff = userClient(await createStaff('office_staff'));
		for (const from of PUBLICATION_STATUSES) {
			const offered = statusActions(from).map(statusAfter);
			for (const to of PUBLICATION_STATUSES) {
				const organisation = await createOrganisation('desk-steps');
				await sql(`update public.organisations set status = $2 where id = $1`, [
					organisation,
					from
				]);
				const { error } = await staff.rpc('set_organisation_status', { organisation, status: to });
				expect(error === null, `${from} → ${to}`).toBe(offered.includes(to));
				expect(await statusOf(organisation)).toBe(error ? from : to);
			}
		}
	});

	it('3. only office staff decline a request: members and visitors are refused, nothing changes', async () => {
		const request = await sendRequest(uniqueEmail('refused'));
		const owner = userClient(await createMember(request.organisation_id, 'owner'));
		for (const client of [owner, anonClient()]) {
			const { error } = await client.rpc('decline_join_request', {
				request: request.id,
				reason: 'Nein'
			});
			expect(error?.code).toBe('42501');
		}
		const [row] = await sql('select status::text from public.join_requests where id = $1', [
			request.id
		]);
		expect(row).toEqual({ status: 'open' });
	});

	it('4. a request mails a receipt to the requester in their language and a notice to the office', async () => {
		const officeEmail = uniqueEmail('office');
		await createStaffWithEmail(officeEmail);
		const email = uniqueEmail('receipt');
		const request = await sendRequest(email, 'tr');
		const [receipt] = await mailsTo(target(), email);
		expect(receipt).toMatchObject({ locale: 'tr' });
		expect(receipt!.text).toContain(request.name);
		expect(receipt!.subject).toContain('Bündnisatlas');
		const notices = await mailsTo(target(), officeEmail);
		const notice = notices.find((mail) => mail.text.includes(request.name));
		expect(notice?.text).toContain(email);
		expect(notice?.text).toContain(`${APP_URL}/office/anfragen`);
	});

	it('5. a declined request tells the requester why, in their language, and archives the draft', async () => {
		const email = uniqueEmail('declined');
		const request = await sendRequest(email, 'en');
		const office = await staffInviter();
		expect(await declineJoinRequest(office.supabase, request.id, '   ')).toBe('failed');
		const reason = 'We list services in Kassel only. <b>Sorry</b>';
		expect(await declineJoinRequest(office.supabase, request.id, reason)).toBe('declined');
		const [mail] = await mailsTo(target(), email);
		expect(mail).toMatchObject({ locale: 'en', subject: 'Your request to Bündnisatlas' });
		expect(mail!.text).toContain(reason);
		expect(mail!.html).not.toContain('<b>');
		const [row] = await sql(
			`select r.status::text as request, r.decline_reason as reason, o.status::text as organisation
			 from public.join_requests r join public.organisations o on o.id = r.organisation_id
			 where r.id = $1`,
			[request.id]
		);
		expect(row).toEqual({ request: 'declined', reason, organisation: 'archived' });
		// Decided once: it cannot be accepted afterwards, and no account was made.
		expect(await acceptJoinRequest(office, request.id, APP_URL)).toBe('failed');
		expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);
	});

	it('6. the requester can sign in only after the office accepted', async () => {
		const email = uniqueEmail('accepted');
		const request = await sendRequest(email, 'de');
		const askForLink = () => authFetch(target(), '/otp', { body: { email, create_user: false } });
		await askForLink();
		// Only the receipt: no sign-in link, no account.
		expect((await mailsTo(target(), email)).map((mail) => mail.subject)).toEqual([
			'Ihre Anfrage beim Bündnisatlas ist eingegangen'
		]);
		expect(await sql('select 1 from auth.users where email = $1', [email])).toEqual([]);

		expect(await acceptJoinRequest(await staffInviter(), request.id, APP_URL)).toBe('sent');
		const { userId } = await followInvitation(target(), email, 'the requester’s own password');
		const [membership] = await sql(
			`select m.role::text as role, o.status::text as status from public.organisation_members m
			 join public.organisations o on o.id = m.organisation_id
			 where m.organisation_id = $1 and m.user_id = $2`,
			[request.organisation_id, userId]
		);
		expect(membership).toEqual({ role: 'owner', status: 'draft' });
	});

	it('7. the table finds a draft by status, kind, network and confirmation filters', async () => {
		const organisation = await createOrganisation('desk-filter');
		const [network] = await sql<{ id: string }>(
			`insert into public.organisations (name, kind, status) values ($1, 'network', 'draft') returning id`,
			[`Desk network ${crypto.randomUUID().slice(0, 8)}`]
		);
		await sql(
			'insert into public.network_memberships (network_id, organisation_id) values ($1, $2)',
			[network!.id, organisation]
		);
		const [{ name }] = (await sql('select name from public.organisations where id = $1', [
			organisation
		])) as [{ name: string }];
		const staff = userClient(await createStaff('office_staff'));
		const base = { sort: 'name', descending: false, page: 1 } as const;
		const found = await listDeskOrganisations(staff, {
			...base,
			q: name.slice(0, 20),
			status: 'draft',
			kind: 'initiative',
			network: network!.id,
			confirmed: 'never'
		});
		expect(found.organisations.map((row) => row.id)).toContain(organisation);
		expect(found.total).toBe(found.organisations.length);
		const published = await listDeskOrganisations(staff, {
			...base,
			network: network!.id,
			status: 'published'
		});
		expect(published.organisations).toEqual([]);
		// `%` in the search box is a letter: it matches nothing here.
		expect((await listDeskOrganisations(staff, { ...base, q: '%' })).total).toBe(0);
		// A member sees only their own entries through the same query (RLS).
		const owner = userClient(await createMember(organisation, 'owner'));
		const own = await listDeskOrganisations(owner, { ...base, status: 'draft' });
		expect(own.organisations.map((row) => row.id)).toEqual([organisation]);
	});

	it('8. the table marks and filters entries whose revision waits in the review queue', async () => {
		const waiting = await createOrganisation('desk-pending');
		const quiet = await createOrganisation('desk-quiet');
		await sql(
			`insert into public.entry_revisions (organisation_id, proposed, base, status, submitted_at)
			 values ($1, private.entry_snapshot($1), private.entry_snapshot($1), 'submitted', now())`,
			[waiting]
		);
		const staff = userClient(await createStaff('office_staff'));
		const base = { sort: 'name', descending: false, page: 1, q: 'Roles desk-' } as const;
		const pending = await listDeskOrganisations(staff, { ...base, revisions: 'pending' });
		const ids = pending.organisations.map((row) => row.id);
		expect(ids).toContain(waiting);
		expect(ids).not.toContain(quiet);
		expect(pending.organisations.every((row) => row.pendingRevision)).toBe(true);
		const none = await listDeskOrganisations(staff, { ...base, revisions: 'none' });
		expect(none.organisations.map((row) => row.id)).toContain(quiet);
		expect(none.organisations.map((row) => row.id)).not.toContain(waiting);
		const all = await listDeskOrganisations(staff, base);
		expect(all.organisations.find((row) => row.id === quiet)?.pendingRevision).toBe(false);
		expect(all.organisations.find((row) => row.id === waiting)?.pendingRevision).toBe(true);
	});
});

async function createStaffWithEmail(email: string) {
	const [row] = await sql<{ id: string }>(
		`insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, email_confirmed_at)
		 values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
		         '{"provider":"email","providers":["email"]}', '{}', now(), now(), now())
		 returning id`,
		[email]
	);
	await sql(`insert into public.staff (user_id, role) values ($1, 'office_staff')`, [row!.id]);
}
