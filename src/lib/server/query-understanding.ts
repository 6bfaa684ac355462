import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import type { Database } from '$lib/database.types';
import type { DirectoryQuery } from '$lib/domain/directory-query';
import { UNDERSTOOD_VOCABULARIES, type UnderstoodTerm } from '$lib/domain/query-understanding';

const understandingSchema = z
	.object({
		terms: z.array(
			z.object({
				vocabulary: z.enum(UNDERSTOOD_VOCABULARIES),
				code: z.string(),
				phrase: z.string()
			})
		)
	})
	.nullable();

/**
 * What the search understands in the query's words: the database's own reading (the same
 * function the search applies), so what the page names is what the results were filtered by.
 * Nothing when the visitor asked for the words as written.
 */
export async function understandQuery(
	supabase: SupabaseClient<Database>,
	query: DirectoryQuery
): Promise<UnderstoodTerm[]> {
	if (!query.q || query.literal) return [];
	const { data, error } = await supabase.rpc('understand_directory_query', { q: query.q });
	if (error) throw new Error(`could not read the query: ${error.message}`);
	return understandingSchema.parse(data)?.terms ?? [];
}
