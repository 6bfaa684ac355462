import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';

export type OrganisationSummary = Pick<
	Database['public']['Tables']['organisations']['Row'],
	'id' | 'name' | 'kind' | 'slug'
>;

/** The home page shows the alliance at a glance; the directory pages through everything. */
export const HOME_LIST_LIMIT = 60;

/**
 * The first published organisations in alphabetical order, and how many there are. RLS decides
 * visibility; the status filter only keeps staff and members (who may see drafts) to the public
 * list here.
 */
export async function listPublishedOrganisations(
	supabase: SupabaseClient<Database>,
	limit = HOME_LIST_LIMIT
): Promise<{ organisations: OrganisationSummary[]; total: number }> {
	const { data, error, count } = await supabase
		.from('organisations')
		.select('id, name, kind, slug', { count: 'exact' })
		.eq('status', 'published')
		.order('name')
		.limit(limit);
	if (error) throw new Error(`could not list organisations: ${error.message}`);
	return { organisations: data, total: count ?? data.length };
}
