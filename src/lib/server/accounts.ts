import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { BackendUnavailableError, isUnavailableStatus } from './backend';

type Tables = Database['public']['Tables'];
export type StaffRole = Database['public']['Enums']['staff_role'];
export type MemberRole = Database['public']['Enums']['member_role'];
export type Membership = { organisationId: string; role: MemberRole };
export type Roles = { staffRole: StaffRole | null; memberships: Membership[] };

export const NO_ROLES: Roles = { staffRole: null, memberships: [] };

/**
 * What the signed-in user may do, read with their own client: RLS shows each person their own
 * staff and membership rows, so nothing here trusts the browser or the service role.
 */
export function rolesOf(supabase: SupabaseClient<Database>, userId: string): Promise<Roles> {
	// The client is made per request, so this remembers the answer for the layout, the guard and
	// the action of one request, and no longer.
	const known = rolesByClient.get(supabase);
	if (known?.userId === userId) return known.roles;
	const roles = readRoles(supabase, userId);
	rolesByClient.set(supabase, { userId, roles });
	return roles;
}

const rolesByClient = new WeakMap<
	SupabaseClient<Database>,
	{ userId: string; roles: Promise<Roles> }
>();

async function readRoles(supabase: SupabaseClient<Database>, userId: string): Promise<Roles> {
	const [staff, members] = await Promise.all([
		supabase.from('staff').select('role').eq('user_id', userId).maybeSingle(),
		supabase.from('organisation_members').select('organisation_id, role').eq('user_id', userId)
	]);
	if (isUnavailableStatus(staff.status) || isUnavailableStatus(members.status))
		throw new BackendUnavailableError('The database');
	if (staff.error) throw new Error(`could not read staff role: ${staff.error.message}`);
	if (members.error) throw new Error(`could not read memberships: ${members.error.message}`);
	return {
		staffRole: staff.data?.role ?? null,
		memberships: members.data.map((row) => ({
			organisationId: row.organisation_id,
			role: row.role
		}))
	};
}

/** Where a person lands after signing in when no page asked for them. */
export function homeFor(roles: Roles): '/office' | '/portal' | '/' {
	if (roles.staffRole) return '/office';
	if (roles.memberships.length) return '/portal';
	return '/';
}

export type MemberOrganisation = Pick<
	Tables['organisations']['Row'],
	'id' | 'name' | 'kind' | 'status'
> & {
	role: MemberRole;
};

/** The user's organisations in any status, with their role in each. */
export async function listMemberOrganisations(
	supabase: SupabaseClient<Database>,
	userId: string
): Promise<MemberOrganisation[]> {
	const { data, error } = await supabase
		.from('organisation_members')
		.select('role, organisations (id, name, kind, status)')
		.eq('user_id', userId);
	if (error) throw new Error(`could not list the user's organisations: ${error.message}`);
	return data
		.flatMap(({ role, organisations }) => (organisations ? [{ ...organisations, role }] : []))
		.sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

export type OrganisationOverview = Pick<
	Tables['organisations']['Row'],
	'id' | 'name' | 'kind' | 'status'
>;

/** Every organisation the user may see (office staff: all of them, drafts included, by RLS). */
export async function listVisibleOrganisations(
	supabase: SupabaseClient<Database>
): Promise<OrganisationOverview[]> {
	const { data, error } = await supabase
		.from('organisations')
		.select('id, name, kind, status')
		.order('name');
	if (error) throw new Error(`could not list organisations: ${error.message}`);
	return data;
}
