import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import type { MemberRole, StaffRole } from './accounts';
import { createServiceRoleClient } from './supabase';

type ServiceClient = ReturnType<typeof createServiceRoleClient>;
export type InvitationOutcome = 'sent' | 'forbidden' | 'failed';
export type Inviter = { supabase: SupabaseClient<Database>; userId: string; locale: Locale };

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

/** Whether the inviter may add members to the organisation, read through their own RLS. */
async function mayInviteTo(inviter: Inviter, organisationId: string): Promise<boolean> {
	const [staff, owner] = await Promise.all([
		inviter.supabase.from('staff').select('role').eq('user_id', inviter.userId).maybeSingle(),
		inviter.supabase
			.from('organisation_members')
			.select('role')
			.eq('organisation_id', organisationId)
			.eq('user_id', inviter.userId)
			.eq('role', 'owner')
			.maybeSingle()
	]);
	return !!staff.data || !!owner.data;
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
	const { data: staff } = await inviter.supabase
		.from('staff')
		.select('role')
		.eq('user_id', inviter.userId)
		.maybeSingle();
	if (invitation.role === 'owner' && !staff) return 'forbidden';
	if (!(await mayInviteTo(inviter, invitation.organisationId))) return 'forbidden';

	const service = createServiceRoleClient();
	const userId = await invitedUserId(service, invitation.email, appUrl, inviter.locale);
	if (!userId) return 'failed';
	const { error } = await service.from('organisation_members').upsert(
		{ organisation_id: invitation.organisationId, user_id: userId, role: invitation.role },
		// An owner inviting an existing owner as editor must not demote them.
		{ onConflict: 'organisation_id,user_id', ignoreDuplicates: !staff }
	);
	return error ? 'failed' : 'sent';
}

/** An office admin invites a colleague of the office; nobody else may add staff. */
export async function inviteStaff(
	inviter: Inviter,
	invitation: { email: string; role: StaffRole },
	appUrl: string
): Promise<InvitationOutcome> {
	const { data: own } = await inviter.supabase
		.from('staff')
		.select('role')
		.eq('user_id', inviter.userId)
		.maybeSingle();
	if (own?.role !== 'office_admin') return 'forbidden';

	const service = createServiceRoleClient();
	const userId = await invitedUserId(service, invitation.email, appUrl, inviter.locale);
	if (!userId) return 'failed';
	const { error } = await service
		.from('staff')
		.upsert({ user_id: userId, role: invitation.role }, { onConflict: 'user_id' });
	return error ? 'failed' : 'sent';
}
