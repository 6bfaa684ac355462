import { redirect } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { message, type SuperValidated } from 'sveltekit-superforms';
import { invitableRoles, type MembershipActor } from '$lib/domain/membership-rules';
import type { Locale } from '$lib/i18n';
import type { MemberRole, Roles, StaffRole } from './accounts';
import { BackendUnavailableError } from './backend';
import { sendInvitationLink } from './invitation-links';
import { createServiceRoleClient } from './supabase';

type ServiceClient = ReturnType<typeof createServiceRoleClient>;
export type InvitationOutcome = 'sent' | 'forbidden' | 'failed';
/**
 * Who invites: their roles as the guard read them, their own client (RLS and the membership rule
 * apply to it), their language for the mail.
 */
export type Inviter = {
	userId: string;
	roles: Roles;
	supabase: SupabaseClient<Database>;
	locale: Locale;
};

/** What earlier invitations gave an address: its memberships and its staff role. */
type Rights = {
	memberships: Array<{ organisation_id: string; role: MemberRole }>;
	staff: Array<{ role: StaffRole }>;
};

/**
 * The id of the account for `email`, ready for the new rights. A confirmed account is kept (they
 * sign in as before and find the new access). Any other account for the address is replaced: it
 * may come from a sign-up by someone who merely typed the address (on a Supabase with sign-up
 * on), and its password, sessions, refresh tokens and pending codes would outlive an invitation.
 * Deleting it ends all of that at once, and old access tokens name an id that no longer holds any
 * right. The new account is created first, with no password, so that a sign-up in the moment
 * between cannot slip its own password in. What earlier invitations gave the address moves over
 * to the new account. The invitation mail itself is the app's (./invitation-links), not Auth's.
 */
async function invitedUserId(
	service: ServiceClient,
	email: string,
	locale: Locale
): Promise<string | null> {
	// A sign-up racing us can take the address between delete and create: then look again.
	for (let attempt = 0; attempt < 3; attempt++) {
		const existing = await findUserByEmail(service, email);
		if (existing === undefined) return null;
		if (existing?.email_confirmed_at) return existing.id;
		const rights = existing ? await rightsOf(service, existing.id) : NO_RIGHTS;
		if (!rights) return null;
		if (existing && (await service.auth.admin.deleteUser(existing.id)).error) return null;
		const created = await service.auth.admin.createUser({
			email,
			email_confirm: false,
			user_metadata: { locale }
		});
		if (created.error?.code === 'email_exists') continue;
		if (created.error) return null;
		const userId = created.data.user.id;
		return (await grantRights(service, userId, rights)) ? userId : null;
	}
	return null;
}

const NO_RIGHTS: Rights = { memberships: [], staff: [] };

async function rightsOf(service: ServiceClient, userId: string): Promise<Rights | null> {
	const [memberships, staff] = await Promise.all([
		service.from('organisation_members').select('organisation_id, role').eq('user_id', userId),
		service.from('staff').select('role').eq('user_id', userId)
	]);
	if (memberships.error || staff.error) return null;
	return { memberships: memberships.data, staff: staff.data };
}

async function grantRights(service: ServiceClient, userId: string, rights: Rights) {
	const [memberships, staff] = await Promise.all([
		rights.memberships.length
			? service
					.from('organisation_members')
					.insert(rights.memberships.map((membership) => ({ ...membership, user_id: userId })))
			: { error: null },
		rights.staff.length
			? service.from('staff').insert(rights.staff.map(({ role }) => ({ role, user_id: userId })))
			: { error: null }
	]);
	return !memberships.error && !staff.error;
}

/**
 * The account for an address, null when there is none, undefined when Auth could not be asked.
 * Supabase Auth has no lookup by address; pages of 1000 keep this to one call for a city.
 */
async function findUserByEmail(service: ServiceClient, email: string) {
	for (let page = 1; ; page++) {
		const { data, error } = await service.auth.admin.listUsers({ page, perPage: 1000 });
		if (error) return undefined;
		const user = data.users.find((candidate) => candidate.email?.toLowerCase() === email);
		if (user) return user;
		if (data.users.length < 1000) return null;
	}
}

/** The inviter as the membership rule sees them in the organisation. */
function actorIn({ roles }: Inviter, organisationId: string): MembershipActor {
	return {
		isStaff: roles.staffRole !== null,
		role: roles.memberships.find((m) => m.organisationId === organisationId)?.role ?? null
	};
}

/**
 * Invites a person to an organisation. Office staff may invite owners and editors anywhere, an
 * owner editors to their own organisation ($lib/domain/membership-rules). The service role only
 * finds or creates the account; the membership is added with the inviter's own client, so the
 * database's membership rule has the last word.
 */
export async function inviteMember(
	inviter: Inviter,
	invitation: { email: string; organisationId: string; role: MemberRole },
	appUrl: string
): Promise<InvitationOutcome> {
	const actor = actorIn(inviter, invitation.organisationId);
	if (!invitableRoles(actor).includes(invitation.role)) return 'forbidden';

	const service = createServiceRoleClient();
	const userId = await invitedUserId(service, invitation.email, inviter.locale);
	if (!userId) return 'failed';
	const { error } = await inviter.supabase.from('organisation_members').upsert(
		{ organisation_id: invitation.organisationId, user_id: userId, role: invitation.role },
		// An owner inviting an existing owner as editor must not demote them.
		{ onConflict: 'organisation_id,user_id', ignoreDuplicates: !actor.isStaff }
	);
	// 42501: the rule refused, e.g. an invitation of one's own address.
	if (error) return error.code === '42501' ? 'forbidden' : 'failed';
	const sent = await sendInvitationLink(
		service,
		{
			email: invitation.email,
			userId,
			target: { organisationId: invitation.organisationId, memberRole: invitation.role },
			invitedBy: inviter.userId,
			locale: inviter.locale
		},
		appUrl
	);
	return sent ? 'sent' : 'failed';
}

/** An office admin invites a colleague of the office; nobody else may add staff. */
export async function inviteStaff(
	inviter: Inviter,
	invitation: { email: string; role: StaffRole },
	appUrl: string
): Promise<InvitationOutcome> {
	if (inviter.roles.staffRole !== 'office_admin') return 'forbidden';

	const service = createServiceRoleClient();
	const userId = await invitedUserId(service, invitation.email, inviter.locale);
	if (!userId) return 'failed';
	const { error } = await service
		.from('staff')
		.upsert({ user_id: userId, role: invitation.role }, { onConflict: 'user_id' });
	if (error) return 'failed';
	const sent = await sendInvitationLink(
		service,
		{
			email: invitation.email,
			userId,
			target: { staffRole: invitation.role },
			invitedBy: inviter.userId,
			locale: inviter.locale
		},
		appUrl
	);
	return sent ? 'sent' : 'failed';
}

/**
 * Runs an invitation for a validated form and answers the action: back to `page` with a notice
 * when it went out, otherwise the form again (with what was typed) and the reason, also when the
 * backend is down (nothing was sent then).
 */
export async function answerInvitation<T extends Record<string, unknown>>(
	form: SuperValidated<T>,
	page: '/office' | '/portal',
	invite: () => Promise<InvitationOutcome>
) {
	let outcome: InvitationOutcome;
	try {
		outcome = await invite();
	} catch (error) {
		if (!(error instanceof BackendUnavailableError)) throw error;
		return message(form, { kind: 'error', key: 'form.unavailable' }, { status: 503 });
	}
	if (outcome === 'forbidden')
		return message(form, { kind: 'error', key: 'invite.forbidden' }, { status: 403 });
	if (outcome === 'failed')
		return message(form, { kind: 'error', key: 'invite.failed' }, { status: 500 });
	redirect(303, `${page}?invited`);
}
