import type { DirectoryEntry } from '$lib/server/directory';
import type { OpenDataLicence } from '$lib/server/open-data-licence';
import { derivedId } from './derived-id.ts';
import { organisationPageUrl } from './links.ts';

export type HsdsTerm = {
	id: string;
	vocabulary: string;
	code: string;
	label_de: string;
	label_en: string;
	description_de: string | null;
};
export type ServiceAtLocation = { service_id: string; location_id: string };

const languageNames = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'code' });

/**
 * The directory in the shape of Open Referral's Human Services Data Specification 3.0: one array
 * per HSDS table (organizations, services, locations, service_at_locations, languages,
 * taxonomy_terms, attributes), HSDS field names, and our own fields with an `x_` prefix.
 * Locations are the degraded public ones: a confidential place has no street and no exact point.
 */
export function toHsds(
	entries: DirectoryEntry[],
	links: { serviceAtLocations: ServiceAtLocation[]; terms: HsdsTerm[] },
	options: { origin: string; licence: OpenDataLicence; generatedAt: Date }
) {
	const serviceIds = new Set(entries.flatMap((entry) => entry.services.map((s) => s.id)));
	const locationIds = new Set(entries.flatMap((entry) => entry.locations.map((l) => l.id)));
	const termsByCode = new Map(links.terms.map((term) => [`${term.vocabulary}:${term.code}`, term]));

	const organizations = entries.map((entry) => ({
		id: entry.organisation_id,
		name: entry.name,
		alternate_name: entry.short_name,
		description: entry.description,
		email: entry.email,
		website: entry.website,
		phones: entry.phone
			? [
					{
						id: derivedId('phone', entry.organisation_id),
						organization_id: entry.organisation_id,
						number: entry.phone
					}
				]
			: [],
		x_slug: entry.slug,
		x_kind: entry.kind,
		x_profile_url: organisationPageUrl(options.origin, entry.slug)
	}));

	const services = entries.flatMap((entry) =>
		entry.services.map((service) => ({
			id: service.id,
			organization_id: entry.organisation_id,
			name: service.name,
			status: 'active',
			x_free_of_charge: service.free_of_charge,
			x_anonymous_possible: service.anonymous_possible,
			x_appointment_required: service.appointment_required,
			x_interpreter_on_request: service.interpreter_on_request,
			x_access_modes: service.access_modes,
			x_online_only: service.online_only
		}))
	);

	const locations = entries.flatMap((entry) =>
		entry.locations.map((location) => ({
			id: location.id,
			location_type: 'physical',
			organization_id: entry.organisation_id,
			name: location.name,
			latitude: location.latitude,
			longitude: location.longitude,
			transportation: location.transportation,
			addresses: [
				{
					id: derivedId('address', location.id),
					location_id: location.id,
					address_1: location.address_1,
					address_2: location.address_2,
					city: location.city,
					region: location.district,
					postal_code: location.postal_code,
					address_type: 'physical'
				}
			],
			x_visibility: location.visibility,
			x_wheelchair_accessible: location.wheelchair_accessible,
			x_accessible_toilet: location.accessible_toilet,
			x_hearing_loop: location.hearing_loop
		}))
	);

	const serviceAtLocations = links.serviceAtLocations
		.filter((link) => serviceIds.has(link.service_id) && locationIds.has(link.location_id))
		.map((link) => ({
			id: derivedId('service_at_location', link.service_id, link.location_id),
			service_id: link.service_id,
			location_id: link.location_id
		}));

	const languages = entries.flatMap((entry) =>
		entry.services.flatMap((service) =>
			service.languages.map((code) => ({
				id: derivedId('language', service.id, code),
				service_id: service.id,
				code,
				name: languageNames.of(code) ?? code
			}))
		)
	);

	const attributes = entries.flatMap((entry) =>
		entry.services.flatMap((service) =>
			[
				...service.discrimination_grounds.map((code) => `discrimination_grounds:${code}`),
				...service.counselling_types.map((code) => `counselling_types:${code}`),
				...service.life_areas.map((code) => `life_areas:${code}`)
			].flatMap((key) => {
				const term = termsByCode.get(key);
				if (!term) return [];
				return [
					{
						id: derivedId('attribute', service.id, term.id),
						link_id: service.id,
						link_type: 'service',
						link_entity: 'service',
						taxonomy_term_id: term.id
					}
				];
			})
		)
	);

	const usedTerms = new Set(attributes.map((attribute) => attribute.taxonomy_term_id));
	const taxonomyTerms = links.terms
		.filter((term) => usedTerms.has(term.id))
		.map((term) => ({
			id: term.id,
			code: term.code,
			name: term.label_de,
			description: term.description_de ?? term.label_de,
			taxonomy: term.vocabulary,
			language: 'de',
			x_name_en: term.label_en
		}));

	return {
		hsds_version: '3.0',
		license: { ...options.licence },
		generated_at: options.generatedAt.toISOString(),
		organizations,
		services,
		locations,
		service_at_locations: serviceAtLocations,
		languages,
		taxonomy_terms: taxonomyTerms,
		attributes
	};
}

export type HsdsDirectory = ReturnType<typeof toHsds>;
