import { version as appVersion } from '$app/environment';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { DirectoryQuery } from '$lib/domain/directory-query';

type Client = SupabaseClient<Database>;

/**
 * The directory's data version: a number the database moves on with every write to what the
 * directory shows, visible together with that write (migration 20261130100000). Read for every
 * use (one cheap call), so that a cache keyed by it never answers from before a change this
 * server could already see: a place made confidential leaves the very next search.
 */
export async function directoryDataVersion(supabase: Client): Promise<number> {
	const { data, error } = await supabase.rpc('directory_data_version');
	if (error) throw new Error(`could not read the directory's data version: ${error.message}`);
	return data;
}

/**
 * How shared caches and browsers may keep an answer made from the directory's published data
 * (exports, map data): they must ask again every time (`no-cache`), and an ETag made of the data
 * version and this build lets them do so cheaply: while nothing changed, the answer is a 304
 * without a search. "Open now" changes with the clock, not with the data: such an answer has no
 * ETag. `fresh` says whether the client's copy (If-None-Match) is still current.
 */
export async function openDataValidators(
	supabase: Client,
	request: Request,
	query: Pick<DirectoryQuery, 'open'>
): Promise<{ headers: Record<string, string>; fresh: boolean }> {
	const headers: Record<string, string> = { 'cache-control': 'public, no-cache' };
	if (query.open) return { headers, fresh: false };
	const etag = `W/"${appVersion}-${await directoryDataVersion(supabase)}"`;
	headers.etag = etag;
	// Weak comparison (RFC 9110): W/ does not matter.
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	const known = (request.headers.get('if-none-match') ?? '').split(',').map(opaque);
	const fresh = known.includes(opaque(etag)) || known.includes('*');
	return { headers, fresh };
}
