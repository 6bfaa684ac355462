/**
 * The public profile of one organisation: what it offers, where and when, how to reach it, and
 * whom it works with. Everything is read with the visitor's own client, so RLS decides (published
 * organisations only) and places come from public_locations, already degraded by visibility.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n/locales';
import { directionsUrl } from '$lib/domain/directions';
import {
	berlinDate,
	currentSlots,
	upcomingExceptions,
	type HoursException,
	type WeeklySlot
} from '$lib/domain/opening-hours';
import type {
	Contact,
	Hours,
	OrganisationProfile,
	ProfileLocation,
	ProfileService,
	RelatedOrganisation,
	Term
} from '$lib/domain/organisation-profile';
import { loadContentTexts } from './content-language';
import { logoPublicUrl } from './logos';

type Client = SupabaseClient<Database>;

/** How far ahead the page lists holidays and special hours. */
export const EXCEPTION_DAYS = 42;

/** Slugs as the database makes them; anything else cannot name an organisation. */
export const slugSchema = z
	.string()
	.max(120)
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export type {
	Contact,
	Hours,
	OrganisationProfile,
	ProfileLocation,
	ProfileService,
	RelatedOrganisation,
	Term
};

type ScheduleRow = WeeklySlot & { location_id: string | null; service_id: string | null };
type ExceptionRow = HoursException & { location_id: string | null; service_id: string | null };

function check<Result extends { data: unknown; error: { message: string } | null }>(
	result: Result,
	what: string
): NonNullable<Result['data']> {
	if (result.error) throw new Error(`could not load ${what}: ${result.error.message}`);
	return result.data as NonNullable<Result['data']>;
}

/** Rows of one scope: a location's, a service's, or (both null) the whole organisation's. */
const inScope =
	(scope: { location?: string; service?: string }) =>
	(row: { location_id: string | null; service_id: string | null }) =>
		scope.location
			? row.location_id === scope.location
			: scope.service
				? row.location_id === null && row.service_id === scope.service
				: row.location_id === null && row.service_id === null;

/**
 * The profile of a published organisation, or null: unknown, draft and archived look the same.
 * `anyStatus` is the office's preview: a draft or archived entry as it would look published (RLS
 * still decides what the client may read).
 */
export async function loadOrganisationProfile(
	supabase: Client,
	slug: string,
	locale: Locale,
	now = new Date(),
	{ anyStatus = false }: { anyStatus?: boolean } = {}
): Promise<OrganisationProfile | null> {
	if (!slugSchema.safeParse(slug).success) return null;
	let request = supabase
		.from('organisations')
		.select(
			'id, slug, name, short_name, kind, description, website, email, phone, last_confirmed_at, logo_path'
		)
		.eq('slug', slug);
	// Members and staff may see drafts through RLS; the public page shows published ones only.
	if (!anyStatus) request = request.eq('status', 'published');
	const { data: organisation, error } = await request.maybeSingle();
	if (error) throw new Error(`could not load the organisation: ${error.message}`);
	if (!organisation) return null;
	const id = organisation.id;
	const today = berlinDate(now);

	const [
		services,
		languages,
		terms,
		serviceLocations,
		locations,
		schedules,
		exceptions,
		contacts,
		memberships,
		members,
		partnerships,
		open,
		texts
	] = await Promise.all([
		supabase
			.from('services')
			.select(
				'id, name, description, eligibility_description, application_process, fees_description, free_of_charge, anonymous_possible, appointment_required, interpreter_on_request, access_modes, url, email, phone'
			)
			.eq('organisation_id', id)
			.order('name'),
		supabase.from('service_languages').select('service_id, language').eq('organisation_id', id),
		supabase
			.from('service_taxonomy_terms')
			.select('service_id, taxonomy_terms(vocabulary, code, label_de, label_en, position)')
			.eq('organisation_id', id),
		supabase.from('service_locations').select('service_id, location_id').eq('organisation_id', id),
		supabase
			.from('public_locations')
			.select(
				'location_id, organisation_id, visibility, name, address_1, address_2, postal_code, city, district, latitude, longitude, wheelchair_accessible, accessible_toilet, hearing_loop, accessibility_notes, transportation'
			)
			.eq('organisation_id', id)
			// Places people can visit first, then by district.
			.order('visibility')
			.order('district', { nullsFirst: false })
			.order('location_id'),
		supabase
			.from('schedules')
			.select(
				'location_id, service_id, weekday, opens_at, closes_at, appointment_only, description, valid_from, valid_to'
			)
			.eq('organisation_id', id),
		supabase
			.from('schedule_exceptions')
			.select(
				'location_id, service_id, starts_on, ends_on, closed, opens_at, closes_at, description'
			)
			.eq('organisation_id', id)
			.gte('ends_on', today),
		supabase
			.from('contacts')
			.select('id, service_id, name, title, email, phone')
			.eq('organisation_id', id)
			.order('name'),
		supabase
			.from('network_memberships')
			.select('role, network:organisations!network_memberships_network_id_fkey(slug, name)')
			.eq('organisation_id', id),
		organisation.kind === 'network'
			? supabase
					.from('network_memberships')
					.select(
						'role, joined_on, member:organisations!network_memberships_organisation_id_fkey(slug, name)'
					)
					.eq('network_id', id)
			: Promise.resolve({ data: [], error: null }),
		supabase
			.from('partnerships')
			.select(
				'organisation_id, description, since, first:organisations!partnerships_organisation_id_fkey(slug, name), second:organisations!partnerships_partner_organisation_id_fkey(slug, name)'
			)
			.or(`organisation_id.eq.${id},partner_organisation_id.eq.${id}`)
			// Members see their partnerships that wait for the partner's consent; the page does not.
			.not('confirmed_at', 'is', null),
		supabase.rpc('open_locations', { organisation_slug: slug, at: now.toISOString() }),
		loadContentTexts(supabase, locale, [id])
	]);

	const scheduleRows = currentSlots(check(schedules, 'opening hours') as ScheduleRow[], today);
	const exceptionRows = upcomingExceptions(
		check(exceptions, 'exceptions') as ExceptionRow[],
		today,
		EXCEPTION_DAYS
	);
	const openScopes = check(open, 'open now') as Array<{
		location_id: string | null;
		service_id: string | null;
	}>;
	const hoursOf = (scope: { location?: string; service?: string }): Hours => ({
		slots: scheduleRows.filter(inScope(scope)),
		// Closures of the whole organisation (holidays) are listed once, with its own hours.
		exceptions: exceptionRows.filter(inScope(scope)),
		openNow: openScopes.some(inScope(scope))
	});

	const termRows = check(terms, 'service terms');
	const termsOf = (serviceId: string, vocabulary: string): Term[] =>
		termRows
			.flatMap((row) =>
				row.service_id === serviceId && row.taxonomy_terms?.vocabulary === vocabulary
					? [row.taxonomy_terms]
					: []
			)
			.sort((a, b) => a.position - b.position)
			.map(({ code, label_de, label_en }) => ({ code, label_de, label_en }));
	const languageRows = check(languages, 'service languages');
	const placeRows = check(serviceLocations, 'service locations');
	const contactRows = check(contacts, 'contacts');
	const owner = { organisationId: id };

	const profileServices: ProfileService[] = check(services, 'services').map((service) => {
		const own = { organisationId: id, serviceId: service.id };
		return {
			id: service.id,
			name: texts.pick(own, 'name', service.name)!,
			description: texts.pick(own, 'description', service.description),
			eligibility: texts.pick(own, 'eligibility_description', service.eligibility_description),
			nextSteps: texts.pick(own, 'application_process', service.application_process),
			fees: texts.pick(own, 'fees_description', service.fees_description),
			freeOfCharge: service.free_of_charge,
			anonymousPossible: service.anonymous_possible,
			appointmentRequired: service.appointment_required,
			interpreterOnRequest: service.interpreter_on_request,
			accessModes: service.access_modes,
			url: service.url,
			email: service.email,
			phone: service.phone,
			languages: languageRows
				.filter((row) => row.service_id === service.id)
				.map((row) => row.language)
				.sort(),
			grounds: termsOf(service.id, 'discrimination_grounds'),
			counsellingTypes: termsOf(service.id, 'counselling_types'),
			lifeAreas: termsOf(service.id, 'life_areas'),
			locationIds: placeRows
				.filter((row) => row.service_id === service.id)
				.map((row) => row.location_id),
			contacts: contactRows.filter((row) => row.service_id === service.id),
			hours: hoursOf({ service: service.id })
		};
	});

	const partners = check(partnerships, 'partnerships').flatMap((row) => {
		const other = row.organisation_id === id ? row.second : row.first;
		return other ? [{ ...other, description: row.description, since: row.since }] : [];
	});
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'de');

	return {
		id,
		slug: organisation.slug,
		name: texts.pick(owner, 'name', organisation.name)!,
		shortName: organisation.short_name,
		kind: organisation.kind,
		description: texts.pick(owner, 'description', organisation.description),
		website: organisation.website,
		email: organisation.email,
		phone: organisation.phone,
		lastConfirmedAt: organisation.last_confirmed_at,
		logoUrl: organisation.logo_path ? logoPublicUrl(supabase, organisation.logo_path) : null,
		services: profileServices,
		languages: [...new Set(profileServices.flatMap((service) => service.languages))],
		locations: check(locations, 'locations').map((location) => ({
			...location,
			directionsUrl: directionsUrl(location),
			hours: hoursOf({ location: location.location_id })
		})),
		contacts: contactRows.filter((row) => row.service_id === null),
		hours: hoursOf({}),
		openNow: scheduleRows.length > 0 || exceptionRows.length > 0 ? openScopes.length > 0 : null,
		networks: check(memberships, 'networks')
			.flatMap((row) => (row.network ? [{ ...row.network, role: row.role }] : []))
			.sort(byName),
		members: check(members, 'members')
			.flatMap((row) =>
				row.member ? [{ ...row.member, role: row.role, joinedOn: row.joined_on }] : []
			)
			.sort(byName),
		partners: partners.sort(byName)
	};
}
