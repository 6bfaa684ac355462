import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import type { User } from '@supabase/supabase-js';
import { translate } from '$lib/server/i18n';
import { rolesOf, type Roles } from './accounts';

type GuardEvent = Pick<RequestEvent, 'locals' | 'url' | 'request'>;

const MAX_NEXT_SEARCH = 1000;
export type Signedin = { user: User; roles: Roles };

/**
 * The verified user, or a redirect to sign-in that brings them back here. Called by every load
 * and every action of a protected page: a layout's guard alone does not run for form actions.
 * While Auth or the database is down it throws a BackendUnavailableError instead: the person may
 * well be signed in (`answerInvitation` shows how a form then keeps its input: `form.unavailable`).
 */
export async function requireUser({ locals, url, request }: GuardEvent): Promise<User> {
	const { user } = await locals.safeGetSession();
	if (user) return user;
	// After a POST there is no page to return to at the action's URL; the page itself is. A query
	// too long to carry back is dropped: encoded again in `next`, it could outgrow what clients
	// accept in a Location header.
	const keepSearch = request.method === 'GET' && url.search.length <= MAX_NEXT_SEARCH;
	const back = keepSearch ? `${url.pathname}${url.search}` : url.pathname;
	redirect(303, `/auth/sign-in?next=${encodeURIComponent(back)}`);
}

async function requireRole(
	event: GuardEvent,
	allowed: (roles: Roles) => boolean
): Promise<Signedin> {
	const user = await requireUser(event);
	const roles = await rolesOf(event.locals.supabase, user.id);
	if (!allowed(roles)) error(403, { message: translate(event.locals.locale, 'error.forbidden') });
	return { user, roles };
}

/** Office staff (admin or staff) only. */
export const requireStaff = (event: GuardEvent) => requireRole(event, (roles) => !!roles.staffRole);

/** Members of at least one organisation only. */
export const requireMember = (event: GuardEvent) =>
	requireRole(event, (roles) => roles.memberships.length > 0);
