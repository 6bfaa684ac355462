import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { organisationStanding, type OrganisationStanding } from '$lib/domain/organisation-standing';

/** Access modes that reach people without a place: such a service may be "online only". */
const REMOTE_MODES = new Set(['phone', 'video', 'chat', 'outreach']);

/**
 * The standing of the member's organisations, read with their own client (RLS shows members
 * their drafts and rows). One query: the organisations with their services, places and contacts.
 */
export async function listStandings(
	supabase: SupabaseClient<Database>,
	organisationIds: string[],
	now = new Date()
): Promise<OrganisationStanding[]> {
	if (!organisationIds.length) return [];
	const { data, error } = await supabase
		.from('organisations')
		.select(
			'id, name, status, description, email, phone, website, last_confirmed_at, services (access_modes), locations (id), contacts (id)'
		)
		.in('id', organisationIds)
		.order('name');
	if (error) throw new Error(`could not read the organisations' standing: ${error.message}`);
	return data.map((row) =>
		organisationStanding(
			{ id: row.id, name: row.name, status: row.status, lastConfirmedAt: row.last_confirmed_at },
			{
				name: row.name,
				description: row.description,
				services: row.services.length,
				locations: row.locations.length,
				remoteServices: row.services.filter((service) =>
					service.access_modes.some((mode) => REMOTE_MODES.has(mode))
				).length,
				contactWays:
					[row.email, row.phone, row.website].filter(Boolean).length + row.contacts.length
			},
			now
		)
	);
}

/** "Still correct": the database stamps the time; members cannot choose a date. */
export async function confirmOrganisation(
	supabase: SupabaseClient<Database>,
	organisationId: string
): Promise<boolean> {
	const { error } = await supabase.rpc('confirm_organisation', { organisation: organisationId });
	return !error;
}
