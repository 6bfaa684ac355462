import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { DirectoryQuery } from '$lib/domain/directory-query';
import { searchArguments, type Position } from './directory';
import type { Near } from './near';

type Client = SupabaseClient<Database>;
type PointsArgs = Database['public']['Functions']['search_directory_points']['Args'];
type OrganisationKind = Database['public']['Enums']['organisation_kind'];

/** A matching organisation on the map: [slug, name, kind]. */
export type MapOrganisation = [slug: string, name: string, kind: OrganisationKind];

/**
 * A degraded public point: [latitude, longitude, index into `organisations`]. Rounded to five
 * decimals (about a metre) in the database; the exact points never leave it.
 */
export type MapPoint = [latitude: number, longitude: number, organisation: number];

/** Every organisation a search matches (in the list's order) and their public points. */
export type DirectoryPoints = { organisations: MapOrganisation[]; points: MapPoint[] };

/**
 * The map's data for a directory query: the same matches as `searchDirectory`, all at once. One
 * jsonb value, so PostgREST's row cap does not cut the map short. Runs with the visitor's client.
 */
export async function directoryPoints(
	supabase: Client,
	query: DirectoryQuery,
	position: Position | null
): Promise<DirectoryPoints> {
	// The list's arguments less its paging: the points RPC takes no page.
	const args: PointsArgs & { page_limit?: number; page_offset?: number } = searchArguments(
		query,
		position,
		{ limit: 1, offset: 0 }
	);
	delete args.page_limit;
	delete args.page_offset;
	const { data, error } = await supabase.rpc('search_directory_points', args);
	if (error) throw new Error(`directory points failed: ${error.message}`);
	// The function's comment states this shape (json built in SQL; the types say `Json`).
	return data as unknown as DirectoryPoints;
}

/** The map's data once "near" is resolved: none for a place that could not be found (as the list). */
export function directoryPointsNear(
	supabase: Client,
	query: DirectoryQuery,
	near: Near
): Promise<DirectoryPoints> {
	if (near.error) return Promise.resolve({ organisations: [], points: [] });
	return directoryPoints(supabase, query, near.position);
}
