import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { DirectoryQuery } from '$lib/domain/directory-query';
import { searchDirectory, type DirectoryEntry, type Position } from '$lib/server/directory';

/** The largest page search_directory returns. */
export const EXPORT_PAGE_LIMIT = 1000;

/**
 * Every organisation the directory finds for a query, read page by page through the same search
 * as the page (so a filter means the same in a download) with the caller's own client (so RLS and
 * the degraded public locations apply). The query's `page` does not apply: an export is complete.
 */
export async function collectDirectory(
	supabase: SupabaseClient<Database>,
	query: DirectoryQuery,
	position: Position | null,
	pageLimit = EXPORT_PAGE_LIMIT
): Promise<DirectoryEntry[]> {
	const entries: DirectoryEntry[] = [];
	for (;;) {
		const page = await searchDirectory(supabase, query, position, {
			limit: pageLimit,
			offset: entries.length
		});
		entries.push(...page.entries);
		if (page.entries.length === 0 || entries.length >= page.total) return entries;
	}
}
