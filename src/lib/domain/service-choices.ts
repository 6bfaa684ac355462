import { Constants } from '$lib/database.types';

/**
 * What the service form offers to choose from, without zod (components import it): the ways a
 * service is reached, the vocabularies it is described with, the languages, and the entry's places.
 */

export const ACCESS_MODES = Constants.public.Enums.access_mode;
export type AccessMode = (typeof ACCESS_MODES)[number];

/** The vocabularies a service is described with, in the order the form shows them. */
export const SERVICE_VOCABULARIES = [
	'counselling_types',
	'discrimination_grounds',
	'target_groups',
	'life_areas',
	'topics'
] as const;
export type ServiceVocabulary = (typeof SERVICE_VOCABULARIES)[number];

export type ChoiceTerm = { id: string; code: string; label_de: string; label_en: string };

export type ServiceChoices = {
	vocabularies: Array<{ vocabulary: ServiceVocabulary; terms: ChoiceTerm[] }>;
	/** ISO 639-1 codes. */
	languages: string[];
	/** The working copy's places (id and a name to show). */
	places: Array<{ value: string; label: string }>;
};
