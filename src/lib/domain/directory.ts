/**
 * The directory's shapes: what the search function returns (checked at the boundary by
 * directory-schema.ts) and the narrow card the result list renders. Pure TypeScript, no I/O;
 * no zod here, so that the page can use these without the browser downloading it.
 */
import type { Database } from '$lib/database.types';

type Enums = Database['public']['Enums'];
export type LocationVisibility = Enums['location_visibility'];
export type OrganisationKind = Enums['organisation_kind'];
export type AccessMode = Enums['access_mode'];
export type Provenance = Enums['text_provenance'];

/** A text ready to show: `lang` for the element, `provenance` of a translation (null: source). */
export type LocalisedText = {
	text: string;
	lang: string;
	provenance: Provenance | null;
	/** The visitor reads another language, and this text exists only in German. */
	onlyInGerman: boolean;
};

/** A service as the search returns it (only the services that match the filters). */
export type ServiceSummary = {
	id: string;
	name: string;
	free_of_charge: boolean;
	anonymous_possible: boolean;
	appointment_required: boolean;
	interpreter_on_request: boolean;
	access_modes: AccessMode[];
	online_only: boolean;
	languages: string[];
	discrimination_grounds: string[];
	counselling_types: string[];
	life_areas: string[];
};

/** A public location: already degraded by its visibility in the database (public_locations). */
export type PublicLocation = {
	id: string;
	visibility: LocationVisibility;
	name: string | null;
	address_1: string | null;
	address_2: string | null;
	postal_code: string | null;
	city: string | null;
	district: string | null;
	latitude: number | null;
	longitude: number | null;
	wheelchair_accessible: boolean | null;
	accessible_toilet: boolean | null;
	hearing_loop: boolean | null;
	transportation: string | null;
	distance_m: number | null;
	open_now: boolean;
};

/** One organisation the search found, with its matching services and public locations. */
export type DirectoryEntry = {
	organisation_id: string;
	slug: string;
	name: string;
	short_name: string | null;
	kind: OrganisationKind;
	description: string | null;
	website: string | null;
	email: string | null;
	phone: string | null;
	distance_m: number | null;
	is_open_now: boolean;
	rank: number | null;
	services: ServiceSummary[];
	locations: PublicLocation[];
};

/**
 * The most matches one list page ranks (private.directory_rank_limit() in the database): a
 * total above it means "more than this", shown as "1,000+", and the pages stop there.
 */
export const RANK_LIMIT = 1000;

export type DirectoryPage = {
	entries: DirectoryEntry[];
	/** All matches; RANK_LIMIT + 1 when there are more than RANK_LIMIT (see there). */
	total: number;
};

/** The nearest public place of a card: the line to show, or that the address is on request. */
export type CardPlace =
	| { visibility: 'on_request' }
	| { visibility: Exclude<LocationVisibility, 'on_request'>; line: string };

/** What one result card shows, and nothing more: the list's data sent to the browser. */
export type DirectoryCard = {
	/** Unique, as the URL of the organisation's page: the list's key too. */
	slug: string;
	name: string;
	kind: OrganisationKind;
	distanceM: number | null;
	openNow: boolean;
	description: LocalisedText | null;
	free: boolean;
	anonymous: boolean;
	wheelchair: boolean;
	/** The matching services' names. */
	services: string[];
	/** Language codes the matching services are offered in, each once. */
	languages: string[];
	place: CardPlace | null;
	/** No public place, but an online service. */
	onlineOnly: boolean;
	phone: string | null;
};

/** One line for a public location: as much of the address as its visibility leaves. */
export function placeLine(place: PublicLocation): string {
	const street = [place.address_1, place.address_2].filter(Boolean).join(', ');
	const town = [place.postal_code, place.city].filter(Boolean).join(' ');
	const district = place.district && !street ? place.district : null;
	return [place.name && street ? place.name : null, street, district, town]
		.filter(Boolean)
		.join(', ');
}

/**
 * How much of a description a card carries: its three clamped lines hold about this much on a
 * wide screen. The rest is on the organisation's page; sending it would weigh down every list
 * page (a description may have 5,000 characters) and be read out by screen readers in full.
 */
export const CARD_DESCRIPTION_LENGTH = 320;

/** The start of a text, at most `length` characters, ended at a word with "…" when cut. */
export function excerpt(text: string, length: number): string {
	const characters = Array.from(text.trim());
	if (characters.length <= length) return characters.join('');
	const head = characters.slice(0, length).join('');
	const lastSpace = head.search(/\s\S*$/);
	// A very long first word is cut where it must be.
	const cut = lastSpace > length / 2 ? head.slice(0, lastSpace) : head;
	return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** The card for a search result, with its description in the reader's language (or null). */
export function directoryCard(
	entry: DirectoryEntry,
	description: LocalisedText | null
): DirectoryCard {
	const { services, locations } = entry;
	const nearest = locations[0];
	return {
		slug: entry.slug,
		name: entry.name,
		kind: entry.kind,
		distanceM: entry.distance_m,
		openNow: entry.is_open_now,
		description: description && {
			...description,
			text: excerpt(description.text, CARD_DESCRIPTION_LENGTH)
		},
		free: services.some((service) => service.free_of_charge),
		anonymous: services.some((service) => service.anonymous_possible),
		wheelchair: locations.some((place) => place.wheelchair_accessible),
		services: services.map((service) => service.name),
		languages: [...new Set(services.flatMap((service) => service.languages))],
		place: !nearest
			? null
			: nearest.visibility === 'on_request'
				? { visibility: 'on_request' }
				: { visibility: nearest.visibility, line: placeLine(nearest) },
		onlineOnly: locations.length === 0 && services.some((service) => service.online_only),
		phone: entry.phone
	};
}

/** The number of matches to show: "1000+" when a list page ranked only RANK_LIMIT of more. */
export function shownTotal(total: number): number | string {
	return total > RANK_LIMIT ? `${RANK_LIMIT}+` : total;
}

/** How many list pages the matches fill (at least one; no further than the ranked ones). */
export function pageCount(total: number, pageSize: number): number {
	return Math.max(1, Math.ceil(Math.min(total, RANK_LIMIT) / pageSize));
}
