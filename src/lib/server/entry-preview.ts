/**
 * The public page as it will look once a working copy is approved: the snapshot turned into the
 * profile shape the public organisation page renders (same components), in the reader's language.
 * Places are shown as the public will see them: street and name only for exact places, nothing
 * for places given on request.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { directionsUrl } from '$lib/domain/directions';
import type { EntrySlot, EntrySnapshot, EntryException } from '$lib/domain/entry-snapshot';
import type { HoursException, WeeklySlot } from '$lib/domain/opening-hours';
import type { Locale } from '$lib/i18n/locales';
import { contentTexts } from './content-language';
import { logoPublicUrl } from './logos';
import type { Hours, OrganisationProfile, Term } from './organisation-profile';

type Client = SupabaseClient<Database>;
type Scope = { location?: string; service?: string };

const inScope =
	(scope: Scope) => (row: { location_id: string | null; service_id: string | null }) =>
		scope.location
			? row.location_id === scope.location
			: scope.service
				? row.location_id === null && row.service_id === scope.service
				: row.location_id === null && row.service_id === null;

const weekly = (slot: EntrySlot): WeeklySlot => ({
	weekday: slot.weekday,
	opens_at: slot.opens_at,
	closes_at: slot.closes_at,
	appointment_only: slot.appointment_only,
	description: slot.description,
	valid_from: null,
	valid_to: null
});

const dated = (row: EntryException): HoursException => ({
	starts_on: row.starts_on,
	ends_on: row.ends_on,
	closed: row.closed,
	opens_at: row.opens_at,
	closes_at: row.closes_at,
	description: row.description
});

export async function previewProfile(
	supabase: Client,
	organisation: { id: string; slug: string },
	snapshot: EntrySnapshot,
	locale: Locale
): Promise<OrganisationProfile> {
	const [terms, districts] = await Promise.all([
		supabase.from('taxonomy_terms').select('id, vocabulary, code, label_de, label_en, position'),
		supabase.from('districts').select('id, name')
	]);
	if (terms.error || districts.error) throw new Error('could not load the vocabularies');
	const termById = new Map(terms.data.map((term) => [term.id, term]));
	const districtName = new Map(districts.data.map((district) => [district.id, district.name]));
	const texts = contentTexts(locale, [
		...snapshot.texts.map((text) => ({
			...text,
			organisation_id: organisation.id,
			service_id: null
		})),
		...snapshot.services.flatMap((service) =>
			service.texts.map((text) => ({
				...text,
				organisation_id: organisation.id,
				service_id: service.id
			}))
		)
	]);
	const hoursOf = (scope: Scope): Hours => ({
		slots: snapshot.hours.slots.filter(inScope(scope)).map(weekly),
		exceptions: snapshot.hours.exceptions.filter(inScope(scope)).map(dated),
		// "Open now" is the database's answer for live data; a preview does not claim it.
		openNow: false
	});
	const termsOf = (ids: string[], vocabulary: string): Term[] =>
		ids
			.flatMap((id) => {
				const term = termById.get(id);
				return term && term.vocabulary === vocabulary ? [term] : [];
			})
			.sort((a, b) => a.position - b.position)
			.map(({ code, label_de, label_en }) => ({ code, label_de, label_en }));
	const publicContacts = snapshot.contacts.filter((contact) => contact.show_publicly);
	const owner = { organisationId: organisation.id };

	const services = snapshot.services.map((service) => {
		const own = { organisationId: organisation.id, serviceId: service.id };
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
			languages: [...service.languages].sort(),
			grounds: termsOf(service.term_ids, 'discrimination_grounds'),
			counsellingTypes: termsOf(service.term_ids, 'counselling_types'),
			lifeAreas: termsOf(service.term_ids, 'life_areas'),
			locationIds: service.location_ids,
			contacts: publicContacts.filter((contact) => contact.service_id === service.id),
			hours: hoursOf({ service: service.id })
		};
	});

	const locations = snapshot.locations.map((location) => {
		const exact = location.visibility === 'exact';
		const hidden = location.visibility === 'on_request';
		const place = {
			location_id: location.id,
			organisation_id: organisation.id,
			visibility: location.visibility,
			name: exact ? location.name : null,
			address_1: exact ? location.address_1 : null,
			address_2: exact ? location.address_2 : null,
			postal_code: hidden ? null : location.postal_code,
			city: location.city,
			district:
				hidden || !location.district_id ? null : (districtName.get(location.district_id) ?? null),
			latitude: exact ? location.latitude : null,
			longitude: exact ? location.longitude : null,
			wheelchair_accessible: location.wheelchair_accessible,
			accessible_toilet: location.accessible_toilet,
			hearing_loop: location.hearing_loop,
			accessibility_notes: location.accessibility_notes,
			transportation: location.transportation
		};
		return {
			...place,
			directionsUrl: directionsUrl(place),
			hours: hoursOf({ location: location.id })
		};
	});

	return {
		id: organisation.id,
		slug: organisation.slug,
		name: texts.pick(owner, 'name', snapshot.profile.name)!,
		shortName: snapshot.profile.short_name,
		kind: snapshot.profile.kind,
		description: texts.pick(owner, 'description', snapshot.profile.description),
		website: snapshot.profile.website,
		email: snapshot.profile.email,
		phone: snapshot.profile.phone,
		lastConfirmedAt: null,
		// The logo the working copy proposes, as the public page will show it.
		logoUrl: snapshot.logo.path ? logoPublicUrl(supabase, snapshot.logo.path) : null,
		services,
		languages: [...new Set(services.flatMap((service) => service.languages))],
		locations,
		contacts: publicContacts.filter((contact) => contact.service_id === null),
		hours: hoursOf({}),
		openNow: null,
		networks: [],
		members: [],
		partners: []
	};
}
