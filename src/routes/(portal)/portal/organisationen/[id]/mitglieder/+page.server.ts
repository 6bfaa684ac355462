import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { memberActions, type MemberActions } from '$lib/domain/member-list';
import { memberActionSchema, memberRoleSchema } from '$lib/domain/portal-forms';
import { rolesOf } from '$lib/server/accounts';
import { readFormData } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import { openInvitationExpiries } from '$lib/server/invitation-links';
import { translate } from '$lib/server/i18n';
import {
	changeMemberRole,
	listMembers,
	removeMember,
	resendInvitation,
	type MemberChangeOutcome
} from '$lib/server/members';
import type { Actions, PageServerLoad } from './$types';
import { urlChoice } from '$lib/domain/url-params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTICES = ['resent', 'withdrawn', 'removed', 'changed'] as const;
type Event = RequestEvent<{ id: string }>;

/** The organisation, its members and the viewer as the membership rule sees them; 404 to others. */
async function membersPage(event: Event) {
	const user = await requireUser(event);
	const notFound = () => error(404, { message: translate(event.locals.locale, 'error.notFound') });
	if (!UUID.test(event.params.id)) notFound();
	const { supabase } = event.locals;
	const [organisation, members, roles] = await Promise.all([
		supabase.from('organisations').select('id, name').eq('id', event.params.id).maybeSingle(),
		listMembers(supabase, event.params.id, user.id),
		rolesOf(supabase, user.id)
	]);
	if (!organisation.data || !members) notFound();
	const actor = {
		isStaff: roles.staffRole !== null,
		role: roles.memberships.find((m) => m.organisationId === event.params.id)?.role ?? null
	};
	return { organisation: organisation.data!, members: members!, actor, viewerId: user.id };
}

export const load = (async (event) => {
	const { organisation, members, actor } = await membersPage(event);
	// Owners and staff see until when a pending invitation's newest link works (RLS: others none).
	const links = await openInvitationExpiries(event.locals.supabase, organisation.id);
	return {
		organisation,
		members: members.map((member) => ({
			...member,
			linkExpiresAt: member.accepted ? null : (links.get(member.userId)?.expiresAt ?? null),
			actions: memberActions(actor, member, members)
		})),
		notice: urlChoice(event.url.searchParams, 'done', NOTICES)
	};
}) satisfies PageServerLoad;

/**
 * Runs one member action: the form names the member, the page's rule mirror must allow `what`
 * (the database checks again), then back to the page with a notice or the refusal.
 */
async function act(
	event: Event,
	allowed: (actions: MemberActions, role: string | undefined) => boolean,
	change: (
		page: Awaited<ReturnType<typeof membersPage>>,
		member: NonNullable<Awaited<ReturnType<typeof membersPage>>['members'][number]>,
		role: 'owner' | 'editor' | undefined
	) => Promise<MemberChangeOutcome>,
	notice: (typeof NOTICES)[number] | 'left'
) {
	const page = await membersPage(event);
	const formData = await readFormData(event);
	const form = await superValidate(
		formData,
		zod4(formData.has('role') ? memberRoleSchema : memberActionSchema)
	);
	const role = 'role' in form.data ? (form.data.role as 'owner' | 'editor') : undefined;
	const member = page.members.find((entry) => entry.userId === form.data.userId);
	if (!form.valid || !member) return fail(400, { refusal: 'unknown' as const });
	if (!allowed(memberActions(page.actor, member, page.members), role))
		return fail(403, { refusal: 'not_owner' as const });
	const outcome = await change(page, member, role);
	if (outcome !== 'done') return fail(outcome === 'failed' ? 500 : 403, { refusal: outcome });
	if (notice === 'left') redirect(303, '/portal?left');
	redirect(303, `/portal/organisationen/${page.organisation.id}/mitglieder?done=${notice}`);
}

export const actions = {
	remove: (event) =>
		act(
			event,
			(actions) => actions.remove,
			(page, member) => removeMember(event.locals.supabase, page.organisation.id, member.userId),
			'removed'
		),
	withdraw: (event) =>
		act(
			event,
			(actions) => actions.withdraw,
			(page, member) => removeMember(event.locals.supabase, page.organisation.id, member.userId),
			'withdrawn'
		),
	leave: (event) =>
		act(
			event,
			(actions) => actions.leave,
			(page, member) => removeMember(event.locals.supabase, page.organisation.id, member.userId),
			'left'
		),
	resend: (event) =>
		act(
			event,
			(actions) => actions.resend,
			(page, member) =>
				resendInvitation(page.organisation.id, member, page.viewerId, event.url.origin),
			'resent'
		),
	role: (event) =>
		act(
			event,
			(actions, role) => actions.changeTo.some((allowed) => allowed === role),
			(page, member, role) =>
				changeMemberRole(event.locals.supabase, page.organisation.id, member.userId, role!),
			'changed'
		)
} satisfies Actions;
