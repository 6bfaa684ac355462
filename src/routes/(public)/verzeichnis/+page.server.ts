import { renderNetworks } from '$lib/components/directory/network-options';
import { directoryCard } from '$lib/domain/directory';
import { CardTexts } from '$lib/domain/card-texts';
import { packCard } from '$lib/domain/directory-card-wire';
import { PAGE_SIZE } from '$lib/domain/directory-query';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { loadContentTexts } from '$lib/server/content-language';
import {
	loadVocabularies,
	searchDirectoryNear,
	searchFreshUntil,
	vocabulariesFor,
	type Term
} from '$lib/server/directory';
import { zeroResultHelp } from '$lib/server/directory-relax';
import { resolveNear } from '$lib/server/near';
import { understandQuery } from '$lib/server/query-understanding';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url, isDataRequest }) => {
	const { query, errors } = parseDirectoryQuery(url.searchParams);
	const [vocabularies, near, understood] = await Promise.all([
		loadVocabularies(locals.supabase),
		resolveNear(query, locals.locale),
		understandQuery(locals.supabase, query)
	]);
	if (near.error) errors.near ??= near.error;
	// A place that could not be found must not silently widen the search to the whole city.
	const results = await searchDirectoryNear(locals.supabase, query, near);
	// A copy of this page kept for other visitors expires with the search it shows.
	locals.sharedUntil = searchFreshUntil(results) ?? undefined;
	// Descriptions in the visitor's language where the organisation provided one (one query);
	// for an empty answer instead, what each filter costs.
	const [texts, help] = await Promise.all([
		loadContentTexts(
			locals.supabase,
			locals.locale,
			results.entries.map((entry) => entry.organisation_id)
		),
		results.total === 0 && !near.error
			? zeroResultHelp(locals.supabase, query, near.position)
			: null
	]);
	const { networks, ...filters } = vocabulariesFor(vocabularies, locals.locale);
	// A term whose labels vocabulariesFor emptied goes as its code alone.
	const codesOnly = (terms: Term[]) =>
		terms.map((term) => (term.label_de || term.label_en ? term : { code: term.code }));
	renderNetworks(networks);
	// Only what the cards show goes to the browser (hydration data is part of every page), packed;
	// their texts apart, which a page's HTML shows already (card-texts.ts).
	const packed = results.entries.map((entry) =>
		packCard(
			directoryCard(
				entry,
				texts.pick({ organisationId: entry.organisation_id }, 'description', entry.description)
			)
		)
	);
	const cards = packed.map(([card]) => card);
	const cardTexts = new CardTexts(
		packed.map(([, text]) => text),
		!isDataRequest
	);
	return {
		query,
		errors,
		results: { cards, texts: cardTexts, total: results.total },
		near,
		understood,
		help,
		pageSize: PAGE_SIZE,
		// The networks go into the filter's HTML, not into the hydration data: the browser asks
		// for them when the filters open (NetworkSelect.svelte); the chosen one comes along.
		network: networks.find((network) => network.slug === query.network) ?? null,
		vocabularies: {
			...filters,
			discriminationGrounds: codesOnly(filters.discriminationGrounds),
			counsellingTypes: codesOnly(filters.counsellingTypes),
			lifeAreas: codesOnly(filters.lifeAreas)
		}
	};
}) satisfies PageServerLoad;
