import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { activeFilters, withoutFilter, type FilterGroup } from '$lib/domain/directory-filters';
import type { DirectoryQuery } from '$lib/domain/directory-query';
import { searchDirectory, type Position } from './directory.ts';

/** A way out of an empty result: the search without one filter, and how much it then finds. */
export type Relaxation = { group: FilterGroup; query: DirectoryQuery; count: number };
/** An organisation that offers an interpreter on request, whatever language it lists. */
export type InterpreterHint = { slug: string; name: string };
export type ZeroResultHelp = { relaxations: Relaxation[]; interpreters: InterpreterHint[] };

/** At most this many extra searches per empty result page (there are twelve filter groups). */
export const MAX_RELAXATIONS = 6;
/** How many organisations without the language filter are looked at for an interpreter. */
const INTERPRETER_SCAN = 100;
const INTERPRETER_HINTS = 5;

/**
 * For a search that found nothing: what each active filter costs, by running the one search
 * function once per filter with just that filter removed (in parallel, each a count-sized page,
 * through the search cache), in the form's order and at most MAX_RELAXATIONS of them.
 * When a language filter is among them, the search without it also names organisations that
 * bring an interpreter on request. Only filters that would find something are offered.
 */
export async function zeroResultHelp(
	supabase: SupabaseClient<Database>,
	query: DirectoryQuery,
	position: Position | null
): Promise<ZeroResultHelp> {
	const groups = activeFilters(query).slice(0, MAX_RELAXATIONS);
	const answers = await Promise.all(
		groups.map(async (group) => {
			const relaxed = withoutFilter(query, group);
			const limit = group === 'language' ? INTERPRETER_SCAN : 1;
			const answer = await searchDirectory(supabase, relaxed, group === 'near' ? null : position, {
				limit,
				offset: 0
			});
			return { group, query: relaxed, answer };
		})
	);
	const relaxations = answers
		.filter(({ answer }) => answer.total > 0)
		.map(({ group, query: relaxed, answer }) => ({ group, query: relaxed, count: answer.total }));
	const withoutLanguage = answers.find(({ group }) => group === 'language');
	const interpreters = (withoutLanguage?.answer.entries ?? [])
		.filter((entry) => entry.services.some((service) => service.interpreter_on_request))
		.slice(0, INTERPRETER_HINTS)
		.map(({ slug, name }) => ({ slug, name }));
	return { relaxations, interpreters };
}
