import { fail, redirect } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { formFailure } from '$lib/domain/forms';
import { invitableRoles, type MembershipActor } from '$lib/domain/membership-rules';
import type { Locale } from '$lib/i18n';
import type { MemberRole, Roles, StaffRole } from './accounts';
import { createServiceRoleClient } from './supabase';

type ServiceClient = ReturnType<typeof createServiceRoleClient>;
export type InvitationOutcome = 'sent' | 'forbidden' | 'failed';
/**
 * Who invites: their roles as the guard read them, their own client (RLS and the membership rule
 * apply to it), their language for the mail.
 */
export type Inviter = { roles: Roles; supabase: SupabaseClient<Database>; locale: Locale };

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
	const userId = await invitedUserId(service, invitation.email, appUrl, inviter.locale);
	if (!userId) return 'failed';
	const { error } = await inviter.supabase.from('organisation_members').upsert(
		{ organisation_id: invitation.organisationId, user_id: userId, role: invitation.role },
		// An owner inviting an existing owner as editor must not demote them.
		{ onConflict: 'organisation_id,user_id', ignoreDuplicates: !actor.isStaff }
	);
	// 42501: the rule refused, e.g. an invitation of one's own address.
	if (error) return error.code === '42501' ? 'forbidden' : 'failed';
	return 'sent';
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
