import { z } from 'zod';
import { Constants } from '../database.types.ts';
import {
	EMAIL_PATTERN,
	PHONE_PATTERN,
	TEXT_LANGUAGES,
	URL_PATTERN,
	type EntryService,
	type EntryText
} from './entry-snapshot.ts';
import { ACCESS_MODES } from './service-choices.ts';

/**
 * The portal's form for one service (what an organisation offers): every facet the public profile
 * shows. One service per form: the services section is saved as a whole, this service replaced in
 * it, so a conflict still compares the whole section. Server and portal only (zod): public pages
 * never load it.
 */

const optional = (max: number) =>
	z.string().trim().max(max, { error: 'entry.field.tooLong' }).default('');
const matching = (max: number, pattern: RegExp, message: string) =>
	optional(max).refine((value) => value === '' || pattern.test(value), { error: message });

/** A service's texts an organisation writes in the other languages, with their longest lengths. */
export const SERVICE_TEXT_FIELDS = {
	name: 200,
	description: 5000,
	eligibility_description: 2000,
	application_process: 2000,
	fees_description: 1000
} as const;
export type ServiceTextField = keyof typeof SERVICE_TEXT_FIELDS;
type TextLanguage = (typeof TEXT_LANGUAGES)[number];
/** "description_tr": one text of the service in one further language (flat: the form works without JavaScript). */
export type ServiceTextKey = `${ServiceTextField}_${TextLanguage}`;
type ProvenanceKey = `provenance_${TextLanguage}`;
type Provenance = (typeof Constants.public.Enums.text_provenance)[number];

const TEXT_FIELD_NAMES = Object.keys(SERVICE_TEXT_FIELDS) as ServiceTextField[];
const provenance = z
	.enum(Constants.public.Enums.text_provenance)
	.default('written_by_organisation');

/** The fields of the further languages: every text optional, and who wrote them per language. */
const translationShape = Object.fromEntries(
	TEXT_LANGUAGES.flatMap((language) => [
		...TEXT_FIELD_NAMES.map((field) => [
			`${field}_${language}`,
			optional(SERVICE_TEXT_FIELDS[field])
		]),
		[`provenance_${language}`, provenance]
	])
) as Record<ServiceTextKey, ReturnType<typeof optional>> & Record<ProvenanceKey, typeof provenance>;

export const serviceFormSchema = z
	.object({
		...translationShape,
		version: z.coerce.number().int().min(1),
		id: z.uuid(),
		name: z
			.string({ error: 'entry.field.required' })
			.trim()
			.min(1, { error: 'entry.field.required' })
			.max(200, { error: 'entry.field.tooLong' }),
		description: optional(5000),
		eligibility_description: optional(2000),
		application_process: optional(2000),
		fees_description: optional(1000),
		free_of_charge: z.boolean().default(false),
		anonymous_possible: z.boolean().default(false),
		appointment_required: z.boolean().default(false),
		interpreter_on_request: z.boolean().default(false),
		access_modes: z.array(z.enum(ACCESS_MODES)).max(ACCESS_MODES.length).default([]),
		url: matching(500, URL_PATTERN, 'entry.field.url'),
		email: matching(254, EMAIL_PATTERN, 'entry.field.email'),
		phone: matching(60, PHONE_PATTERN, 'entry.field.phone'),
		languages: z
			.array(z.string().regex(/^[a-z]{2}$/))
			.max(60)
			.default([]),
		term_ids: z.array(z.uuid()).max(200).default([]),
		/** No fixed place: by phone, online or outreach (a service without places). */
		online_only: z.boolean().default(false),
		location_ids: z.array(z.uuid()).max(100).default([])
	})
	.refine((service) => service.online_only || service.location_ids.length > 0, {
		error: 'entry.service.placeRequired',
		path: ['location_ids']
	});
export type ServiceForm = z.infer<typeof serviceFormSchema>;

/** The removal of one service from the list. */
export const serviceRemovalSchema = z.object({
	version: z.coerce.number().int().min(1),
	id: z.uuid()
});

/** A new service's form: free of charge, as most counselling is (and as the table defaults). */
export function newServiceForm(id: string, currentVersion: number): ServiceForm {
	return {
		version: currentVersion,
		id,
		name: '',
		description: '',
		eligibility_description: '',
		application_process: '',
		fees_description: '',
		free_of_charge: true,
		anonymous_possible: false,
		appointment_required: false,
		interpreter_on_request: false,
		access_modes: [],
		url: '',
		email: '',
		phone: '',
		languages: ['de'],
		term_ids: [],
		online_only: false,
		location_ids: [],
		...translationValues([])
	};
}

export function serviceFormValues(service: EntryService, currentVersion: number): ServiceForm {
	return {
		version: currentVersion,
		id: service.id,
		name: service.name,
		description: service.description ?? '',
		eligibility_description: service.eligibility_description ?? '',
		application_process: service.application_process ?? '',
		fees_description: service.fees_description ?? '',
		free_of_charge: service.free_of_charge,
		anonymous_possible: service.anonymous_possible,
		appointment_required: service.appointment_required,
		interpreter_on_request: service.interpreter_on_request,
		access_modes: [...service.access_modes],
		url: service.url ?? '',
		email: service.email ?? '',
		phone: service.phone ?? '',
		languages: [...service.languages],
		term_ids: [...service.term_ids],
		online_only: service.location_ids.length === 0,
		location_ids: [...service.location_ids],
		...translationValues(service.texts)
	};
}

/** The form's fields of the further languages, filled from the service's texts. */
function translationValues(
	texts: readonly EntryText[]
): Record<ServiceTextKey, string> & Record<ProvenanceKey, Provenance> {
	return Object.fromEntries(
		TEXT_LANGUAGES.flatMap((language) => {
			const own = texts.filter((text) => text.language === language);
			return [
				...TEXT_FIELD_NAMES.map((field) => [
					`${field}_${language}`,
					own.find((text) => text.field === field)?.text ?? ''
				]),
				[`provenance_${language}`, own[0]?.provenance ?? 'written_by_organisation']
			];
		})
	) as Record<ServiceTextKey, string> & Record<ProvenanceKey, Provenance>;
}

/**
 * The service's texts after the form: the form's languages and fields as typed (an emptied field
 * drops its text); texts the form does not show (another language, a short name) stay.
 */
export function serviceTextsFromForm(form: ServiceForm, before: readonly EntryText[]): EntryText[] {
	const onForm = (text: EntryText) =>
		(TEXT_LANGUAGES as readonly string[]).includes(text.language) &&
		Object.hasOwn(SERVICE_TEXT_FIELDS, text.field);
	const edited = TEXT_LANGUAGES.flatMap((language) =>
		TEXT_FIELD_NAMES.flatMap((field) => {
			const text = form[`${field}_${language}`].trim();
			return text ? [{ field, language, text, provenance: form[`provenance_${language}`] }] : [];
		})
	);
	return [...before.filter((text) => !onForm(text)), ...edited];
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * The services section with this form's service in it (replaced, or added at the end), with its
 * texts in the further languages as the form has them; places that are no longer in the entry are dropped, so a service never
 * names a place another save removed.
 */
export function servicesWithForm(
	form: ServiceForm,
	before: EntryService[],
	placeIds: ReadonlySet<string>
): EntryService[] {
	const previous = before.find((service) => service.id === form.id);
	const service: EntryService = {
		id: form.id,
		name: form.name,
		description: orNull(form.description),
		eligibility_description: orNull(form.eligibility_description),
		application_process: orNull(form.application_process),
		fees_description: orNull(form.fees_description),
		free_of_charge: form.free_of_charge,
		anonymous_possible: form.anonymous_possible,
		appointment_required: form.appointment_required,
		interpreter_on_request: form.interpreter_on_request,
		access_modes: unique(form.access_modes),
		url: orNull(form.url),
		email: orNull(form.email),
		phone: orNull(form.phone),
		languages: unique(form.languages),
		term_ids: unique(form.term_ids),
		location_ids: form.online_only
			? []
			: unique(form.location_ids).filter((id) => placeIds.has(id)),
		texts: serviceTextsFromForm(form, previous?.texts ?? [])
	};
	return previous
		? before.map((existing) => (existing.id === form.id ? service : existing))
		: [...before, service];
}

/** The services section without the named service. */
export const servicesWithout = (id: string, before: EntryService[]) =>
	before.filter((service) => service.id !== id);
