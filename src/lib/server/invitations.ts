import { fail, redirect } from '@sveltejs/kit';
import { formFailure } from '$lib/domain/forms';
import type { Locale } from '$lib/i18n';
import type { MemberRole, Roles, StaffRole } from './accounts';
import { createServiceRoleClient } from './supabase';

type ServiceClient = ReturnType<typeof createServiceRoleClient>;
export type InvitationOutcome = 'sent' | 'forbidden' | 'failed';
/** Who invites: their roles as the guard read them, their language for the mail. */
export type Inviter = { roles: Roles; locale: Locale };

/**
 * The id of the account for `email`: a new invited account (the invitation mail goes out), or the
 * existing one (no new mail: they sign in as before and find the new access).
 */
async function invitedUserId(
	service: ServiceClient,
	email: string,
	appUrl: string,
	locale: Locale
): Promise<string | null> {
	const { data, error } = await service.auth.admin.inviteUserByEmail(email, {
		redirectTo: new URL('/auth/update-password', appUrl).href,
		data: { locale }
	});
	if (!error) return data.user.id;
	if (error.code !== 'email_exists') return null;
	return findUserIdByEmail(service, email);
}

/** Supabase Auth has no lookup by address; pages of 1000 keep this to one call for a city. */
async function findUserIdByEmail(service: ServiceClient, email: string): Promise<string | null> {
	for (let page = 1; ; page++) {
		const { data, error } = await service.auth.admin.listUsers({ page, perPage: 1000 });
		if (error) return null;
		const user = data.users.find((candidate) => candidate.email?.toLowerCase() === email);
		if (user) return user.id;
		if (data.users.length < 1000) return null;
	}
}

/**
 * Whether the inviter may add members to the organisation: office staff anywhere, owners to their
 * own. The roles were read with the inviter's own client (RLS), never the service role.
 */
function mayInviteTo({ roles }: Inviter, organisationId: string): boolean {
	return (
		roles.staffRole !== null ||
		roles.memberships.some((m) => m.organisationId === organisationId && m.role === 'owner')
	);
}

/**
 * Invites a person to an organisation. Office staff may invite owners and editors anywhere, an
 * owner editors to their own organisation. The service role only carries out what the inviter's
 * own client showed they may do.
 */
export async function inviteMember(
	inviter: Inviter,
	invitation: { email: string; organisationId: string; role: MemberRole },
	appUrl: string
): Promise<InvitationOutcome> {
	const isStaff = inviter.roles.staffRole !== null;
	if (invitation.role === 'owner' && !isStaff) return 'forbidden';
	if (!mayInviteTo(inviter, invitation.organisationId)) return 'forbidden';

	const service = createServiceRoleClient();
	const userId = await invitedUserId(service, invitation.email, appUrl, inviter.locale);
	if (!userId) return 'failed';
	const { error } = await service.from('organisation_members').upsert(
		{ organisation_id: invitation.organisationId, user_id: userId, role: invitation.role },
		// An owner inviting an existing owner as editor must not demote them.
		{ onConflict: 'organisation_id,user_id', ignoreDuplicates: !isStaff }
	);
	return error ? 'failed' : 'sent';
}

/** An office admin invites a colleague of the office; nobody else may add staff. */
export async function inviteStaff(
	inviter: Inviter,
	invitation: { email: string; role: StaffRole },
	appUrl: string
): Promise<InvitationOutcome> {
	if (inviter.roles.staffRole !== 'office_admin') return 'forbidden';

	const service = createServiceRoleClient();
	const userId = await invitedUserId(service, invitation.email, appUrl, inviter.locale);
	if (!userId) return 'failed';
	const { error } = await service
		.from('staff')
		.upsert({ user_id: userId, role: invitation.role }, { onConflict: 'user_id' });
	return error ? 'failed' : 'sent';
}

/**
 * The action's answer to an invitation: back to `page` with a notice when it went out, otherwise
 * the form again with the reason. `marker` tells pages with several forms which one failed.
 */
export function answerInvitation<M extends object>(
	outcome: InvitationOutcome,
	formData: FormData,
	page: '/office' | '/portal',
	marker: M
) {
	if (outcome === 'forbidden')
		return fail(403, { ...marker, ...formFailure(formData, { form: 'invite.forbidden' }) });
	if (outcome === 'failed')
		return fail(500, { ...marker, ...formFailure(formData, { form: 'invite.failed' }) });
	redirect(303, `${page}?invited`);
}
