/**
 * The shapes of an organisation's public profile as its page renders them. The server builds them
 * (`$lib/server/organisation-profile`); components import them from here.
 */
import type { Database } from '$lib/database.types';
import type { LocalisedText } from './directory';
import type { HoursException, WeeklySlot } from './opening-hours';

type Tables = Database['public']['Tables'];
type NetworkRole = Database['public']['Enums']['network_role'];

export type Term = { code: string; label_de: string; label_en: string };
export type Contact = Pick<Tables['contacts']['Row'], 'id' | 'name' | 'title' | 'email' | 'phone'>;
export type Hours = { slots: WeeklySlot[]; exceptions: HoursException[]; openNow: boolean };

export type ProfileService = {
	id: string;
	name: LocalisedText;
	description: LocalisedText | null;
	eligibility: LocalisedText | null;
	nextSteps: LocalisedText | null;
	fees: LocalisedText | null;
	freeOfCharge: boolean;
	anonymousPossible: boolean;
	appointmentRequired: boolean;
	interpreterOnRequest: boolean;
	accessModes: Database['public']['Enums']['access_mode'][];
	url: string | null;
	email: string | null;
	phone: string | null;
	languages: string[];
	grounds: Term[];
	counsellingTypes: Term[];
	/** Where the discrimination happened that the service helps with. */
	lifeAreas: Term[];
	/** Public location ids; empty: no fixed place (phone, video, chat, outreach). */
	locationIds: string[];
	contacts: Contact[];
	/** The service's own hours (e.g. a crisis line), apart from its places' hours. */
	hours: Hours;
};

export type ProfileLocation = Omit<Tables['public_locations']['Row'], 'earth' | 'updated_at'> & {
	directionsUrl: string | null;
	hours: Hours;
};

export type RelatedOrganisation = { slug: string; name: string };

export type OrganisationProfile = {
	id: string;
	slug: string;
	name: LocalisedText;
	shortName: string | null;
	kind: Database['public']['Enums']['organisation_kind'];
	description: LocalisedText | null;
	website: string | null;
	email: string | null;
	phone: string | null;
	lastConfirmedAt: string | null;
	/** The approved logo's public URL in the `logos` bucket. */
	logoUrl: string | null;
	services: ProfileService[];
	/** Every language any service is offered in. */
	languages: string[];
	locations: ProfileLocation[];
	contacts: Contact[];
	/** Hours of the whole organisation (no place or service of their own). */
	hours: Hours;
	/** Null when the organisation publishes no hours at all. */
	openNow: boolean | null;
	networks: Array<RelatedOrganisation & { role: NetworkRole }>;
	members: Array<RelatedOrganisation & { role: NetworkRole; joinedOn: string | null }>;
	partners: Array<RelatedOrganisation & { description: string | null; since: string | null }>;
};
