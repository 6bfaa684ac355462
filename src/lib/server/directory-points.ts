import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { DirectoryQuery } from '$lib/domain/directory-query';
import type { DirectoryPoints, MapOrganisation, MapPoint } from '$lib/domain/map-data';
import { searchArguments, type Position } from './directory';
import type { Near } from './near';

type Client = SupabaseClient<Database>;
type PointsArgs = Database['public']['Functions']['search_directory_points']['Args'];

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
	if (!isDirectoryPoints(data)) throw new Error('directory points: unexpected shape');
	return data;
}

const isOrganisation = (value: unknown): value is MapOrganisation =>
	Array.isArray(value) &&
	value.length === 3 &&
	typeof value[0] === 'string' &&
	typeof value[1] === 'string' &&
	typeof value[2] === 'string';

const isPoint = (value: unknown): value is MapPoint =>
	Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'number');

/**
 * The shape the function's comment states (json built in SQL; the types say `Json`), checked
 * element by element: plain checks rather than a schema, because the map of a whole city is
 * 17,000 points and this runs for every map request.
 */
export function isDirectoryPoints(value: unknown): value is DirectoryPoints {
	if (typeof value !== 'object' || value === null) return false;
	const { organisations, points } = value as Record<string, unknown>;
	return (
		Array.isArray(organisations) &&
		Array.isArray(points) &&
		organisations.every(isOrganisation) &&
		points.every(isPoint)
	);
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
