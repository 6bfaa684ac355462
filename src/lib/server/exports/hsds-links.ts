import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { HsdsTerm, ServiceAtLocation } from './hsds.ts';

/**
 * What HSDS needs beyond the search's rows: which service is offered where, and the taxonomy
 * terms with their ids. Read with the caller's client: RLS shows the links of published
 * organisations (and the caller's own), and `toHsds` keeps only those of exported services.
 */
export async function loadHsdsLinks(
	supabase: SupabaseClient<Database>
): Promise<{ serviceAtLocations: ServiceAtLocation[]; terms: HsdsTerm[] }> {
	const [serviceAtLocations, terms] = await Promise.all([
		loadServiceLocations(supabase),
		supabase
			.from('taxonomy_terms')
			.select('id, vocabulary, code, label_de, label_en, description_de')
			.order('position')
	]);
	if (terms.error) throw new Error(`could not load taxonomy terms: ${terms.error.message}`);
	return { serviceAtLocations, terms: terms.data };
}

// Supabase projects cap a response at 1000 rows by default (max_rows): read in pages of that.
const ROWS_PER_REQUEST = 1000;

async function loadServiceLocations(
	supabase: SupabaseClient<Database>
): Promise<ServiceAtLocation[]> {
	const rows: ServiceAtLocation[] = [];
	for (;;) {
		const { data, error } = await supabase
			.from('service_locations')
			.select('service_id, location_id')
			.order('service_id')
			.order('location_id')
			.range(rows.length, rows.length + ROWS_PER_REQUEST - 1);
		if (error) throw new Error(`could not load service locations: ${error.message}`);
		rows.push(...data);
		if (data.length < ROWS_PER_REQUEST) return rows;
	}
}
