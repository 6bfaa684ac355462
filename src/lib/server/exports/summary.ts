import type { DirectoryEntry, PublicLocation, ServiceSummary } from '$lib/server/directory';

/** What an export says about an organisation, whatever its format. */
export function organisationFields(entry: DirectoryEntry, profileUrl: string) {
	return {
		organisation_id: entry.organisation_id,
		organisation_slug: entry.slug,
		organisation_name: entry.name,
		organisation_short_name: entry.short_name,
		organisation_kind: entry.kind,
		organisation_website: entry.website,
		organisation_email: entry.email,
		organisation_phone: entry.phone,
		profile_url: profileUrl
	};
}

/**
 * What an export says about a place: only the public projection's fields, which the database has
 * already degraded by the location's visibility (no street or exact point of a confidential one).
 */
export function locationFields(location: PublicLocation | null) {
	return {
		location_id: location?.id ?? null,
		location_visibility: location?.visibility ?? null,
		location_name: location?.name ?? null,
		address_1: location?.address_1 ?? null,
		address_2: location?.address_2 ?? null,
		postal_code: location?.postal_code ?? null,
		city: location?.city ?? null,
		district: location?.district ?? null,
		wheelchair_accessible: location?.wheelchair_accessible ?? null,
		accessible_toilet: location?.accessible_toilet ?? null,
		hearing_loop: location?.hearing_loop ?? null,
		transportation: location?.transportation ?? null
	};
}

/** The services of an entry as a short summary: names and the union of their properties. */
export function servicesSummary(services: ServiceSummary[]) {
	const union = (pick: (service: ServiceSummary) => string[]) =>
		[...new Set(services.flatMap(pick))].sort();
	return {
		services: services.map((service) => service.name),
		discrimination_grounds: union((service) => service.discrimination_grounds),
		counselling_types: union((service) => service.counselling_types),
		life_areas: union((service) => service.life_areas),
		languages: union((service) => service.languages),
		access_modes: union((service) => service.access_modes),
		free_of_charge: services.some((service) => service.free_of_charge),
		anonymous_possible: services.some((service) => service.anonymous_possible)
	};
}
