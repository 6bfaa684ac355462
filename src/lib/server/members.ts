import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { MemberEntry } from '$lib/domain/member-list';
import type { MembershipRefusal } from '$lib/domain/membership-rules';
import { DEFAULT_LOCALE, isLocale } from '$lib/i18n/locales';
import { sendInvitationLink, withdrawInvitationLinks } from './invitation-links';
import { createServiceRoleClient } from './supabase';

type MemberRole = Database['public']['Enums']['member_role'];
type Client = SupabaseClient<Database>;
export type MemberChangeOutcome = 'done' | MembershipRefusal | 'unknown' | 'failed';

/** Who has access, null when the viewer may not see it (not a member, not staff). */
export async function listMembers(
	supabase: Client,
	organisationId: string,
	viewerId: string
): Promise<MemberEntry[] | null> {
	const { data, error } = await supabase.rpc('organisation_member_list', {
		organisation: organisationId
	});
	if (error?.code === '42501') return null;
	if (error) throw new Error(`could not list members: ${error.message}`);
	return data.map((row) => ({
		userId: row.user_id,
		email: row.email,
		role: row.role,
		invitedAt: row.invited_at,
		accepted: row.accepted,
		isSelf: row.user_id === viewerId
	}));
}

/** The refusal the database's membership rule gave (its DETAIL), or a generic failure. */
function outcomeOf(error: { code?: string; details?: string } | null): MemberChangeOutcome {
	if (!error) return 'done';
	if (error.code === '42501') {
		const refusal = error.details as MembershipRefusal;
		return ['own_membership', 'not_owner', 'owners_by_office', 'last_owner'].includes(refusal)
			? refusal
			: 'not_owner';
	}
	return 'failed';
}

/**
 * Removes a member (or the viewer themselves: leaving) with the viewer's own client, so that
 * the database's membership rule decides. A withdrawn invitation also ends the account it
 * created, when that account was never used and gives access nowhere else: its link then
 * leads nowhere.
 */
export async function removeMember(
	supabase: Client,
	organisationId: string,
	userId: string
): Promise<MemberChangeOutcome> {
	const { data, error } = await supabase
		.from('organisation_members')
		.delete()
		.eq('organisation_id', organisationId)
		.eq('user_id', userId)
		.select('user_id');
	if (error) return outcomeOf(error);
	if (!data.length) return 'unknown';
	await withdrawInvitationLinks(createServiceRoleClient(), userId, organisationId);
	await endUnusedInvitation(userId);
	return 'done';
}

async function endUnusedInvitation(userId: string) {
	const service = createServiceRoleClient();
	const { data } = await service.auth.admin.getUserById(userId);
	if (!data.user || data.user.email_confirmed_at) return;
	const [memberships, staff] = await Promise.all([
		service.from('organisation_members').select('user_id').eq('user_id', userId),
		service.from('staff').select('user_id').eq('user_id', userId)
	]);
	if (memberships.data?.length === 0 && staff.data?.length === 0)
		await service.auth.admin.deleteUser(userId);
}

/** Changes a member's role with the viewer's own client (the rule decides). */
export async function changeMemberRole(
	supabase: Client,
	organisationId: string,
	userId: string,
	role: MemberRole
): Promise<MemberChangeOutcome> {
	const { data, error } = await supabase
		.from('organisation_members')
		.update({ role })
		.eq('organisation_id', organisationId)
		.eq('user_id', userId)
		.select('user_id');
	if (error) return outcomeOf(error);
	return data.length ? 'done' : 'unknown';
}

/**
 * Sends a pending invitation's mail again, with a new link (the earlier ones stop working). Only
 * for a member whose invitation is still pending, as the viewer sees them (the caller checked
 * the rule). The mail is in the language the invitee was first invited in.
 */
export async function resendInvitation(
	organisationId: string,
	member: MemberEntry,
	viewerId: string,
	appUrl: string
): Promise<MemberChangeOutcome> {
	if (member.accepted) return 'unknown';
	const service = createServiceRoleClient();
	const { data } = await service.auth.admin.getUserById(member.userId);
	const locale: unknown = data.user?.user_metadata?.locale;
	const sent = await sendInvitationLink(
		service,
		{
			email: member.email,
			userId: member.userId,
			target: { organisationId, memberRole: member.role },
			invitedBy: viewerId,
			locale: isLocale(locale) ? locale : DEFAULT_LOCALE
		},
		appUrl
	);
	return sent ? 'done' : 'failed';
}
