import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';

export type OrganisationSummary = Pick<
	Database['public']['Tables']['organisations']['Row'],
	'id' | 'name' | 'kind'
>;

/**
 * Published organisations in alphabetical order. RLS decides visibility; the status filter only
 * keeps staff and members (who may see drafts) to the public list here.
 */
export async function listPublishedOrganisations(
	supabase: SupabaseClient<Database>
): Promise<OrganisationSummary[]> {
	const { data, error } = await supabase
		.from('organisations')
		.select('id, name, kind')
		.eq('status', 'published')
		.order('name');
	if (error) throw new Error(`could not list organisations: ${error.message}`);
	return data;
}
