import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { JoinRequest } from '$lib/domain/auth-forms';
import type { JoinRequestEntry } from '$lib/domain/join-requests';
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';
import { inviteMember, type InvitationOutcome, type Inviter } from './invitations';
import {
	mailRequestDeclined,
	mailRequestReceived,
	notifyOfficeOfRequest
} from './join-request-mail';
import { createServiceRoleClient } from './supabase';

/**
 * "Ask to be listed": a draft organisation for the office to review and the request beside it
 * (contact address, language). Nobody gets an account or a membership here: the form is public,
 * so whoever sends it must not gain a way into the portal before the office has decided. The
 * office accepts with acceptJoinRequest, which invites the contact as the draft's owner.
 */
export async function submitJoinRequest(
	request: JoinRequest,
	locale: Locale,
	appUrl: string
): Promise<boolean> {
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
	if (requestError) {
		// A draft without its request would wait for nobody.
		await service.from('organisations').delete().eq('id', organisation.id);
		return false;
	}
	// The request is stored: a mail that cannot go out now does not undo it.
	const sent = { organisationName: request.name, email: request.email, locale };
	await Promise.all([
		mailRequestReceived(sent).catch(logMailFailure),
		notifyOfficeOfRequest(sent, appUrl).catch(logMailFailure)
	]);
	return true;
}

function logMailFailure(error: unknown) {
	console.error('a join request mail could not be sent', error);
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

type Client = SupabaseClient<Database>;

/** Open requests, oldest first, and the latest decisions below them; read with the staff client. */
export async function listJoinRequests(supabase: Client): Promise<JoinRequestEntry[]> {
	const columns =
		'id, contact_email, locale, status, created_at, decided_at, decline_reason, organisation:organisations(id, name, kind, description)';
	const [open, decided] = await Promise.all([
		supabase.from('join_requests').select(columns).eq('status', 'open').order('created_at'),
		supabase
			.from('join_requests')
			.select(columns)
			.neq('status', 'open')
			.order('decided_at', { ascending: false })
			.limit(20)
	]);
	if (open.error || decided.error) throw new Error('could not list join requests');
	return [...open.data, ...decided.data].flatMap((row) =>
		row.organisation
			? [
					{
						id: row.id,
						contactEmail: row.contact_email,
						locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
						status: row.status,
						createdAt: row.created_at,
						decidedAt: row.decided_at,
						declineReason: row.decline_reason,
						organisation: row.organisation
					}
				]
			: []
	);
}

export type DeclineOutcome = 'declined' | 'forbidden' | 'failed';

/**
 * The office says no, with a reason the requester reads in their language. The database function
 * checks that the caller is staff and the request still open, and archives the draft.
 */
export async function declineJoinRequest(
	supabase: Client,
	requestId: string,
	reason: string
): Promise<DeclineOutcome> {
	const { data: request, error: readError } = await supabase
		.from('join_requests')
		.select('contact_email, locale, organisation:organisations(name)')
		.eq('id', requestId)
		.maybeSingle();
	if (readError) return 'failed';
	if (!request) return 'forbidden';
	const { error } = await supabase.rpc('decline_join_request', { request: requestId, reason });
	if (error) return error.code === '42501' ? 'forbidden' : 'failed';
	await mailRequestDeclined({
		email: request.contact_email,
		locale: isLocale(request.locale) ? request.locale : DEFAULT_LOCALE,
		organisationName: request.organisation?.name ?? '',
		reason
	}).catch(logMailFailure);
	return 'declined';
}
