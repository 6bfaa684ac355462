import type { JoinRequest } from '$lib/domain/auth-forms';
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';
import { inviteMember, type InvitationOutcome, type Inviter } from './invitations';
import { createServiceRoleClient } from './supabase';

/**
 * "Ask to be listed": a draft organisation for the office to review and the request beside it
 * (contact address, language). Nobody gets an account or a membership here: the form is public,
 * so whoever sends it must not gain a way into the portal before the office has decided. The
 * office accepts with acceptJoinRequest, which invites the contact as the draft's owner.
 */
export async function submitJoinRequest(request: JoinRequest, locale: Locale): Promise<boolean> {
	const service = createServiceRoleClient();
	const { data: organisation, error } = await service
		.from('organisations')
		.insert({
			name: request.name,
			kind: request.kind,
			status: 'draft',
			email: request.email,
			description: request.description
		})
		.select('id')
		.single();
	if (error) return false;

	const { error: requestError } = await service
		.from('join_requests')
		.insert({ organisation_id: organisation.id, contact_email: request.email, locale });
	if (!requestError) return true;
	// A draft without its request would wait for nobody.
	await service.from('organisations').delete().eq('id', organisation.id);
	return false;
}

/**
 * The office accepts an open request: its contact is invited as owner of the draft, in the
 * language they wrote in. Only office staff may; the invitation follows inviteMember's rules.
 */
export async function acceptJoinRequest(
	inviter: Inviter,
	requestId: string,
	appUrl: string
): Promise<InvitationOutcome> {
	if (inviter.roles.staffRole === null) return 'forbidden';
	const service = createServiceRoleClient();
	const { data: joinRequest, error } = await service
		.from('join_requests')
		.select('organisation_id, contact_email, locale, status')
		.eq('id', requestId)
		.maybeSingle();
	if (error || joinRequest?.status !== 'open') return 'failed';

	const outcome = await inviteMember(
		{ ...inviter, locale: isLocale(joinRequest.locale) ? joinRequest.locale : DEFAULT_LOCALE },
		{
			email: joinRequest.contact_email,
			organisationId: joinRequest.organisation_id,
			role: 'owner'
		},
		appUrl
	);
	if (outcome !== 'sent') return outcome;
	const { error: updateError } = await service
		.from('join_requests')
		.update({ status: 'accepted', decided_at: new Date().toISOString() })
		.eq('id', requestId);
	return updateError ? 'failed' : 'sent';
}
