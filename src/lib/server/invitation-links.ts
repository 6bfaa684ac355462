/**
 * Invitation links the app signs itself: a random token in the mail, its SHA-256 hash in
 * public.invitations. Supabase Auth's own invite links die after 24 hours; ours live
 * INVITATION_VALID_DAYS, and only when the invitee opens one does the app ask Auth for a fresh
 * one-time link and turn it into a session on the spot. All of it runs with the service role:
 * the invitee has no session yet, and the inviter's rights were checked when the access was given.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import {
	INVITATION_VALID_DAYS,
	invitationExpiry,
	invitationState,
	type InvitationState,
	type InvitationView
} from '$lib/domain/invitations';
import { formatDate } from '$lib/i18n/labels';
import { DEFAULT_LOCALE, isLocale, type Locale } from '$lib/i18n/locales';
import type { MemberRole, StaffRole } from './accounts';
import { translate } from './i18n';
import { composeMail } from './mail/compose';
import { appMailer } from './mail/outbox';
import { createRateLimit } from './rate-limit';
import { createServiceRoleClient } from './supabase';

type Service = ReturnType<typeof createServiceRoleClient>;
type Row = Database['public']['Tables']['invitations']['Row'];

/** What an invitation gives: access to one organisation, or a place in the office. */
export type InvitationTarget =
	| { organisationId: string; memberRole: MemberRole; staffRole?: undefined }
	| { staffRole: StaffRole; organisationId?: undefined; memberRole?: undefined };

export type NewInvitation = {
	email: string;
	userId: string;
	target: InvitationTarget;
	invitedBy: string | null;
	locale: Locale;
};

export const newInvitationToken = () => randomBytes(32).toString('base64url');
const hashOf = (token: string) => `\\x${createHash('sha256').update(token).digest('hex')}`;
/** A token that cannot come from one of our mails is not looked up. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const invitationUrl = (token: string, appUrl: string) =>
	new URL(`/einladung/${token}`, appUrl).href;

/**
 * Issues a new link for `invitation` and mails it. Earlier open links to the same address and
 * target are withdrawn: only the newest mail works, as with Auth's own invitations.
 */
export async function sendInvitationLink(
	service: Service,
	invitation: NewInvitation,
	appUrl: string,
	now = new Date()
): Promise<boolean> {
	const { email, userId, target, invitedBy, locale } = invitation;
	let earlier = service
		.from('invitations')
		.update({ withdrawn_at: now.toISOString() })
		.eq('email', email)
		.is('used_at', null)
		.is('withdrawn_at', null);
	earlier = target.organisationId
		? earlier.eq('organisation_id', target.organisationId)
		: earlier.is('organisation_id', null);
	if ((await earlier).error) return false;

	const token = newInvitationToken();
	const expiresAt = invitationExpiry(now);
	const { error } = await service.from('invitations').insert({
		token_hash: hashOf(token),
		email,
		user_id: userId,
		organisation_id: target.organisationId ?? null,
		member_role: target.memberRole ?? null,
		staff_role: target.staffRole ?? null,
		invited_by: invitedBy,
		locale,
		created_at: now.toISOString(),
		expires_at: expiresAt.toISOString()
	});
	if (error) return false;
	const [organisationName, inviter] = await Promise.all([
		organisationNameOf(service, target.organisationId ?? null),
		accountOf(service, invitedBy)
	]);
	await appMailer().send(
		invitationMail({
			to: email,
			locale,
			organisationName,
			inviter: inviter?.email ?? null,
			role: target.memberRole ?? target.staffRole,
			url: invitationUrl(token, appUrl),
			expiresAt
		})
	);
	return true;
}

function invitationMail(mail: {
	to: string;
	locale: Locale;
	organisationName: string | null;
	inviter: string | null;
	role: MemberRole | StaffRole;
	url: string;
	expiresAt: Date;
}) {
	const { to, locale, organisationName, inviter, role, url, expiresAt } = mail;
	const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(locale, key, params);
	const roleName =
		role === 'owner' || role === 'editor' ? say(`memberRole.${role}`) : say(`staffRole.${role}`);
	const who = inviter ?? say('invitation.mail.someone');
	return composeMail({
		to,
		locale,
		subject: organisationName
			? say('invitation.mail.subject', { organisation: organisationName })
			: say('invitation.mail.subjectOffice'),
		paragraphs: [
			organisationName
				? say('invitation.mail.body', { inviter: who, organisation: organisationName })
				: say('invitation.mail.bodyOffice', { inviter: who }),
			say('invitation.mail.role', { role: roleName }),
			say('invitation.mail.validity', {
				days: INVITATION_VALID_DAYS,
				date: formatDate(expiresAt.toISOString(), locale)
			})
		],
		action: { label: say('invitation.mail.action'), url },
		footer: [say('invitation.mail.footer')]
	});
}

async function organisationNameOf(service: Service, id: string | null): Promise<string | null> {
	if (!id) return null;
	const { data } = await service.from('organisations').select('name').eq('id', id).maybeSingle();
	return data?.name ?? null;
}

async function accountOf(service: Service, userId: string | null) {
	if (!userId) return null;
	const { data } = await service.auth.admin.getUserById(userId);
	if (!data.user?.email) return null;
	const locale: unknown = data.user.user_metadata?.locale;
	return {
		email: data.user.email,
		confirmed: !!data.user.email_confirmed_at,
		locale: isLocale(locale) ? locale : DEFAULT_LOCALE
	};
}

/** Whether the membership or staff place the invitation gave still exists. */
async function accessRemains(service: Service, row: Row): Promise<boolean> {
	if (!row.user_id) return false;
	const query = row.organisation_id
		? service
				.from('organisation_members')
				.select('user_id')
				.eq('organisation_id', row.organisation_id)
				.eq('user_id', row.user_id)
		: service.from('staff').select('user_id').eq('user_id', row.user_id);
	const { data, error } = await query;
	if (error) throw new Error(`could not check the invitation's access: ${error.message}`);
	return data.length > 0;
}

type Found = { row: Row; state: InvitationState; access: boolean };

async function findInvitation(service: Service, token: string, now: Date): Promise<Found | null> {
	if (!TOKEN.test(token)) return null;
	const { data: row, error } = await service
		.from('invitations')
		.select('*')
		.eq('token_hash', hashOf(token))
		.maybeSingle();
	if (error) throw new Error(`could not look the invitation up: ${error.message}`);
	if (!row) return null;
	const access = await accessRemains(service, row);
	const state = invitationState(
		{
			usedAt: row.used_at,
			withdrawnAt: row.withdrawn_at,
			expiresAt: row.expires_at,
			accessRemains: access
		},
		now
	);
	return { row, state, access };
}

export type OpenedInvitation =
	| { state: 'valid'; view: InvitationView; locale: Locale }
	| { state: Exclude<InvitationState, 'valid'> | 'unknown' };

/** What the invitation page shows for `token`: the invitation, or why it no longer works. */
export async function openInvitation(token: string, now = new Date()): Promise<OpenedInvitation> {
	const service = createServiceRoleClient();
	const found = await findInvitation(service, token, now);
	if (!found) return { state: 'unknown' };
	if (found.state !== 'valid') return { state: found.state };
	const { row } = found;
	const [organisationName, inviter, invitee] = await Promise.all([
		organisationNameOf(service, row.organisation_id),
		accountOf(service, row.invited_by),
		accountOf(service, row.user_id)
	]);
	if (!invitee) return { state: 'withdrawn' };
	return {
		state: 'valid',
		locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
		view: {
			email: row.email,
			organisationName,
			memberRole: row.member_role,
			staffRole: row.staff_role,
			invitedBy: inviter?.email ?? null,
			expiresAt: row.expires_at,
			needsPassword: !invitee.confirmed
		}
	};
}

export type AcceptOutcome =
	| { done: true; organisationId: string | null; passwordSet: boolean }
	| { done: false; reason: Exclude<InvitationState, 'valid'> | 'unknown' | 'password' | 'failed' };

/**
 * Accepts an invitation: claims the link (once), asks Auth for a fresh one-time link for the
 * account and verifies it with `supabase`, the request's own client, which then holds the
 * invitee's session (cookies); a new account sets its password with that session.
 */
export async function acceptInvitation(
	supabase: SupabaseClient<Database>,
	token: string,
	password: string | null,
	now = new Date()
): Promise<AcceptOutcome> {
	const service = createServiceRoleClient();
	const found = await findInvitation(service, token, now);
	if (!found) return { done: false, reason: 'unknown' };
	if (found.state !== 'valid') return { done: false, reason: found.state };
	const invitee = await accountOf(service, found.row.user_id);
	if (!invitee) return { done: false, reason: 'withdrawn' };
	if (!invitee.confirmed && !password) return { done: false, reason: 'password' };

	// Claimed before the session is made: two clicks at once cannot both use the link.
	const claim = await service
		.from('invitations')
		.update({ used_at: now.toISOString() })
		.eq('id', found.row.id)
		.is('used_at', null)
		.select('id');
	if (claim.error || !claim.data.length) return { done: false, reason: 'used' };
	const release = () =>
		service.from('invitations').update({ used_at: null }).eq('id', found.row.id);

	const link = await service.auth.admin.generateLink({
		type: invitee.confirmed ? 'magiclink' : 'invite',
		email: invitee.email
	});
	if (link.error) {
		await release();
		return { done: false, reason: 'failed' };
	}
	const { hashed_token, verification_type } = link.data.properties;
	const verified = await supabase.auth.verifyOtp({
		token_hash: hashed_token,
		type: verification_type === 'invite' ? 'invite' : 'magiclink'
	});
	if (verified.error) {
		await release();
		return { done: false, reason: 'failed' };
	}
	// The link is used now: a password Auth refuses (e.g. too weak) is chosen again when signed in.
	const passwordSet = !password || !(await supabase.auth.updateUser({ password })).error;
	return { done: true, organisationId: found.row.organisation_id, passwordSet };
}

/** A few requests per address and hour: nobody floods an inbox through this page. */
const allowRequest = createRateLimit(3, 60 * 60 * 1000);

/**
 * "Request a new link" from a stale link's page. The answer is the same whatever happens, so it
 * tells nobody whether an address was invited. A link whose access is still pending gets a fresh
 * mail; one whose account is in use gets a sign-in hint; one whose access was withdrawn tells
 * the person who invited (they may invite again). An address that does not match the link's
 * does nothing.
 */
export async function requestNewLink(
	token: string,
	email: string,
	appUrl: string,
	now = new Date()
): Promise<void> {
	const service = createServiceRoleClient();
	const found = await findInvitation(service, token, now);
	if (!found || found.row.email !== email.trim().toLowerCase()) return;
	if (!allowRequest(found.row.email, now.getTime())) return;
	const { row, access } = found;
	const invitee = await accountOf(service, row.user_id);
	const locale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
	// A link replaced by a newer one still has its access: that is a re-send, not a withdrawal.
	if (!access || !invitee) {
		await tellInviter(service, row, appUrl);
		return;
	}
	if (invitee.confirmed) {
		await mailSignInHint(row.email, locale, appUrl);
		return;
	}
	const target: InvitationTarget = row.organisation_id
		? { organisationId: row.organisation_id, memberRole: row.member_role ?? 'editor' }
		: { staffRole: row.staff_role ?? 'office_staff' };
	await sendInvitationLink(
		service,
		{ email: row.email, userId: row.user_id!, target, invitedBy: row.invited_by, locale },
		appUrl,
		now
	);
}

async function tellInviter(service: Service, row: Row, appUrl: string) {
	const inviter = await accountOf(service, row.invited_by);
	if (!inviter) return;
	const organisationName = await organisationNameOf(service, row.organisation_id);
	const say = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
		translate(inviter.locale, key, params);
	const page = row.organisation_id
		? `/portal/organisationen/${row.organisation_id}/mitglieder`
		: '/office';
	await appMailer().send(
		composeMail({
			to: inviter.email,
			locale: inviter.locale,
			subject: say('invitation.asked.subject'),
			paragraphs: [
				say('invitation.asked.body', {
					email: row.email,
					target: organisationName ?? say('invitation.asked.office')
				}),
				say('invitation.asked.next')
			],
			action: { label: say('invitation.asked.action'), url: new URL(page, appUrl).href }
		})
	);
}

async function mailSignInHint(email: string, locale: Locale, appUrl: string) {
	const say = (key: Parameters<typeof translate>[1]) => translate(locale, key);
	await appMailer().send(
		composeMail({
			to: email,
			locale,
			subject: say('invitation.signIn.subject'),
			paragraphs: [say('invitation.signIn.body')],
			action: {
				label: say('invitation.signIn.action'),
				url: new URL('/auth/sign-in', appUrl).href
			}
		})
	);
}

/** Withdraws every open link of an invitation the owner took back. */
export async function withdrawInvitationLinks(
	service: Service,
	userId: string,
	organisationId: string,
	now = new Date()
): Promise<void> {
	await service
		.from('invitations')
		.update({ withdrawn_at: now.toISOString() })
		.eq('user_id', userId)
		.eq('organisation_id', organisationId)
		.is('used_at', null)
		.is('withdrawn_at', null);
}

/** Open links per invitee of an organisation, as its owners and staff may read them (RLS). */
export async function openInvitationExpiries(
	supabase: SupabaseClient<Database>,
	organisationId: string
): Promise<Map<string, { expiresAt: string }>> {
	const { data } = await supabase
		.from('invitations')
		.select('user_id, expires_at')
		.eq('organisation_id', organisationId)
		.is('used_at', null)
		.is('withdrawn_at', null)
		.order('created_at');
	const expiries = new Map<string, { expiresAt: string }>();
	for (const row of data ?? [])
		if (row.user_id) expiries.set(row.user_id, { expiresAt: row.expires_at });
	return expiries;
}
