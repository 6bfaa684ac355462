import { env } from '$env/dynamic/private';
import type { SupabaseClient } from '@supabase/supabase-js';
import { directoryDataVersion } from './data-version.ts';
import { createLruCache } from './lru-cache.ts';
import type { Database } from '$lib/database.types';
import { catalogueFor } from '$lib/i18n/catalogues';
import type { Locale } from '$lib/i18n/locales';
import { PAGE_SIZE, DEFAULT_RADIUS_KM, type DirectoryQuery } from '$lib/domain/directory-query';
import { searchRowJsonSchema } from '$lib/domain/directory-schema';
import type { DirectoryEntry, DirectoryPage } from '$lib/domain/directory';
import type { Near } from './near';

type Client = SupabaseClient<Database>;
type SearchArgs = Database['public']['Functions']['search_directory']['Args'];
type SearchRow = Database['public']['Functions']['search_directory']['Returns'][number];

/**
 * The one place where the search's JSON columns become typed values: the database types say
 * `Json`, the domain says what the function builds (src/lib/domain/directory.ts). Parsed on
 * every row, so a change to the SQL that the types cannot see fails here, not in a component.
 */
export function directoryEntry({
	total_count: _total,
	services,
	locations,
	...entry
}: SearchRow): DirectoryEntry {
	return { ...entry, ...searchRowJsonSchema.parse({ services, locations }) };
}

export type {
	DirectoryEntry,
	DirectoryPage,
	PublicLocation,
	ServiceSummary
} from '$lib/domain/directory';

export type Position = { latitude: number; longitude: number };

/**
 * The arguments of `search_directory` for a query. `position` is where "near" points to: the
 * query's own coordinates, or the place the geocoder found for `near`.
 */
export function searchArguments(
	query: DirectoryQuery,
	position: Position | null,
	paging: { limit: number; offset: number }
): SearchArgs {
	const nonEmpty = <T>(values: T[]) => (values.length > 0 ? values : undefined);
	return {
		q: query.q,
		kinds: nonEmpty(query.kind),
		discrimination_grounds: nonEmpty(query.ground),
		counselling_types: nonEmpty(query.counselling),
		life_areas: nonEmpty(query.area),
		// The search reads vocabulary terms out of the words unless the visitor asked for them as written.
		understand: query.literal ? false : undefined,
		languages: nonEmpty(query.language),
		access_modes: nonEmpty(query.access),
		anonymous_possible: query.anonymous || undefined,
		free_of_charge: query.free || undefined,
		wheelchair_accessible: query.wheelchair || undefined,
		open_now: query.open || undefined,
		network: query.network,
		near_latitude: position?.latitude,
		near_longitude: position?.longitude,
		radius_m: position ? (query.radius ?? DEFAULT_RADIUS_KM) * 1000 : undefined,
		page_limit: paging.limit,
		page_offset: paging.offset
	};
}

/** The position a query points to by itself (coordinates from the browser's geolocation). */
export function queryPosition(query: DirectoryQuery): Position | null {
	return query.lat !== undefined && query.lng !== undefined
		? { latitude: query.lat, longitude: query.lng }
		: null;
}

/**
 * How long one server process reuses a search's answer (ms; `DIRECTORY_CACHE_SECONDS`, default
 * 30, 0 to switch off). The search function returns the same published, degraded data to every
 * caller whoever asks (it is security definer and reads neither the caller's role nor rows), so
 * one answer serves all visitors. Answers are kept per data version: an edit (a place made
 * confidential) shows in the next search, while popular searches (the unfiltered list,
 * "anonymous and free") cost the database one version read per visitor instead of a search.
 */
export function searchCacheTtlMs(): number {
	const seconds = Number(env.DIRECTORY_CACHE_SECONDS ?? 30);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

const searches = createLruCache<Promise<DirectoryPage>>(500);

/** When each kept answer stops being reused: a page made from it must not outlive it. */
const keptUntil = new WeakMap<DirectoryPage, number>();

/**
 * Until when an answer of searchDirectory may be reused (ms since the epoch), or null for an
 * answer that was not kept. A page kept for others (page-cache.ts) expires with the search it
 * shows, so that "open now" is never staler there than in the search cache itself.
 */
export function searchFreshUntil(page: DirectoryPage): number | null {
	return keptUntil.get(page) ?? null;
}

/** Runs the directory search with the visitor's own client: published data only, degraded places. */
export async function searchDirectory(
	supabase: Client,
	query: DirectoryQuery,
	position: Position | null,
	paging = { limit: PAGE_SIZE, offset: ((query.page ?? 1) - 1) * PAGE_SIZE }
): Promise<DirectoryPage> {
	const args = searchArguments(query, position, paging);
	const ttl = searchCacheTtlMs();
	if (ttl === 0) return runSearch(supabase, args);
	const key = `${await directoryDataVersion(supabase)} ${JSON.stringify(args)}`;
	const cached = searches.get(key);
	if (cached) return cached;
	// The promise is kept, so that visitors asking the same at the same moment share one call.
	const now = Date.now();
	const expiresAt = now + ttl;
	const answer = runSearch(supabase, args).then((page) => {
		keptUntil.set(page, expiresAt);
		return page;
	});
	searches.set(key, answer, ttl, now);
	answer.catch(() => searches.delete(key));
	return answer;
}

async function runSearch(supabase: Client, args: SearchArgs): Promise<DirectoryPage> {
	const { data, error } = await supabase.rpc('search_directory', args);
	if (error) throw new Error(`directory search failed: ${error.message}`);
	return { entries: data.map(directoryEntry), total: data[0]?.total_count ?? 0 };
}

/**
 * The search for a query whose "near" has been resolved: a place that could not be found gives
 * no results (it must not silently widen the search to the whole city). The page, the embed
 * and the map share this rule.
 */
export function searchDirectoryNear(
	supabase: Client,
	query: DirectoryQuery,
	near: Near
): Promise<DirectoryPage> {
	if (near.error) return Promise.resolve({ entries: [], total: 0 });
	return searchDirectory(supabase, query, near.position);
}

export type Term = { code: string; label_de: string; label_en: string };
export type DirectoryVocabularies = {
	discriminationGrounds: Term[];
	counsellingTypes: Term[];
	lifeAreas: Term[];
	languages: string[];
	networks: Array<{ slug: string; name: string }>;
};

/**
 * The vocabularies as a page in `locale` needs them: a term the message catalogue names (every
 * term the project ships) goes without its database labels, which the page would never read
 * (see termLabel); the labels stay for a term the office added later. A tenth of the directory
 * page's data otherwise.
 */
export function vocabulariesFor(vocabularies: DirectoryVocabularies, locale: Locale) {
	const messages = catalogueFor(locale);
	const lean = (vocabulary: 'ground' | 'counselling' | 'area', terms: Term[]): Term[] =>
		terms.map((term) =>
			Object.hasOwn(messages, `organisation.${vocabulary}.${term.code}`)
				? { code: term.code, label_de: '', label_en: '' }
				: term
		);
	return {
		...vocabularies,
		discriminationGrounds: lean('ground', vocabularies.discriminationGrounds),
		counsellingTypes: lean('counselling', vocabularies.counsellingTypes),
		lifeAreas: lean('area', vocabularies.lifeAreas)
	} satisfies DirectoryVocabularies;
}

/** How long one server process reuses the filters' vocabularies (ms). */
export const VOCABULARIES_TTL_MS = 60_000;

let vocabularies: { value: Promise<DirectoryVocabularies>; expires: number } | null = null;

/**
 * What the filters offer: the terms of the two vocabularies, the languages, and the published
 * networks. The same public data for every visitor, and it changes rarely: each server process
 * asks the database at most once a minute (three queries fewer per directory page); a new term
 * or network shows in the filters within a minute. A failed load is not kept.
 */
export function loadVocabularies(supabase: Client): Promise<DirectoryVocabularies> {
	const now = Date.now();
	if (vocabularies && vocabularies.expires > now) return vocabularies.value;
	const value = fetchVocabularies(supabase);
	const entry = { value, expires: now + VOCABULARIES_TTL_MS };
	vocabularies = entry;
	value.catch(() => {
		if (vocabularies === entry) vocabularies = null;
	});
	return value;
}

async function fetchVocabularies(supabase: Client): Promise<DirectoryVocabularies> {
	const [terms, languages, networks] = await Promise.all([
		supabase
			.from('taxonomy_terms')
			.select('vocabulary, code, label_de, label_en')
			.in('vocabulary', ['discrimination_grounds', 'counselling_types', 'life_areas'])
			.order('position'),
		supabase.from('languages').select('code').order('code'),
		supabase
			.from('organisations')
			.select('slug, name')
			.eq('kind', 'network')
			.eq('status', 'published')
			.order('name')
	]);
	for (const result of [terms, languages, networks]) {
		if (result.error) throw new Error(`could not load the filters: ${result.error.message}`);
	}
	const byVocabulary = (vocabulary: string) =>
		(terms.data ?? [])
			.filter((term) => term.vocabulary === vocabulary)
			.map(({ code, label_de, label_en }) => ({ code, label_de, label_en }));
	return {
		discriminationGrounds: byVocabulary('discrimination_grounds'),
		counsellingTypes: byVocabulary('counselling_types'),
		lifeAreas: byVocabulary('life_areas'),
		languages: (languages.data ?? []).map((row) => row.code),
		networks: networks.data ?? []
	};
}
