import { z } from 'zod';
import { Constants } from '$lib/database.types';

/**
 * A directory entry as one snapshot: what `public.entry_revisions.proposed` and `.base` hold and
 * what `private.entry_snapshot` / `private.apply_entry_snapshot` read and write (see the migration
 * 20261201010000_create_entry_revisions.sql). The limits mirror the live tables' checks, so a
 * snapshot that passes here also passes the database. Server only: zod stays out of the browser;
 * components import the types.
 *
 * Message keys are the zod issue messages (translated beside the field by the form).
 */

export const ENTRY_SECTIONS = [
	'profile',
	'texts',
	'services',
	'locations',
	'hours',
	'contacts',
	'logo'
] as const;
export type EntrySection = (typeof ENTRY_SECTIONS)[number];

/** Languages the portal offers texts in; German lives in the profile itself. */
export const TEXT_LANGUAGES = ['en', 'tr', 'ar', 'uk'] as const;
export const TEXT_FIELDS = [
	'name',
	'short_name',
	'description',
	'eligibility_description',
	'application_process',
	'fees_description'
] as const;

const { organisation_kind, text_provenance, location_visibility, access_mode } =
	Constants.public.Enums;

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();

/** Optional text: '' and whitespace become null, as an empty field means "none". */
const optionalText = (max: number) =>
	z.preprocess(
		(value) => (typeof value === 'string' && value.trim() === '' ? null : value),
		z.string().trim().max(max, { error: 'entry.field.tooLong' }).nullable()
	);

const requiredText = (max: number) =>
	z
		.string({ error: 'entry.field.required' })
		.trim()
		.min(1, { error: 'entry.field.required' })
		.max(max, { error: 'entry.field.tooLong' });

const emptyToNull = (value: unknown) =>
	typeof value === 'string' && value.trim() === '' ? null : value;

/** http(s) addresses only: no javascript:, data: or other schemes. */
export const URL_PATTERN = /^https?:\/\/[^\s/?#<>"']+\.[^\s/?#<>"']+([/?#][^\s<>"']*)?$/i;
export const EMAIL_PATTERN = /^[^@\s<>"']+@[^@\s<>"']+\.[^@\s<>"']+$/;
/** Digits with the usual separators, optionally followed by a note such as "(Beispielnummer)". */
export const PHONE_PATTERN = /^\+?\(?[0-9][0-9 ()/.-]*( \([\p{L} .-]{1,40}\))?$/u;

export const webAddress = z.preprocess(
	emptyToNull,
	z
		.string()
		.trim()
		.max(500, { error: 'entry.field.tooLong' })
		.regex(URL_PATTERN, { error: 'entry.field.url' })
		.nullable()
);

export const emailAddress = z.preprocess(
	emptyToNull,
	z
		.string()
		.trim()
		.max(254, { error: 'entry.field.tooLong' })
		.regex(EMAIL_PATTERN, { error: 'entry.field.email' })
		.nullable()
);

export const phoneNumber = z.preprocess(
	emptyToNull,
	z
		.string()
		.trim()
		.max(60, { error: 'entry.field.tooLong' })
		.regex(PHONE_PATTERN, { error: 'entry.field.phone' })
		.nullable()
);

/** "HH:MM", 24 h, Europe/Berlin local time. */
export const clockTime = z
	.string({ error: 'entry.hours.time' })
	.regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'entry.hours.time' });

const isoDate = z
	.string({ error: 'entry.hours.date' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'entry.hours.date' });

export const entryText = z.object({
	field: z.enum(TEXT_FIELDS),
	language: z.string().regex(/^[a-z]{2}$/),
	text: requiredText(5000),
	provenance: z.enum(text_provenance)
});

export const entryProfile = z.object({
	name: requiredText(200),
	short_name: optionalText(60),
	kind: z.enum(organisation_kind),
	description: optionalText(5000),
	website: webAddress,
	email: emailAddress,
	phone: phoneNumber,
	legal_form: optionalText(100),
	term_ids: z.array(z.uuid())
});

export const entryService = z.object({
	id: z.uuid(),
	name: requiredText(200),
	description: optionalText(5000),
	eligibility_description: optionalText(2000),
	application_process: optionalText(2000),
	fees_description: optionalText(1000),
	free_of_charge: z.boolean(),
	anonymous_possible: z.boolean(),
	appointment_required: z.boolean(),
	interpreter_on_request: z.boolean(),
	access_modes: z.array(z.enum(access_mode)),
	url: webAddress,
	email: emailAddress,
	phone: phoneNumber,
	languages: z.array(z.string().regex(/^[a-z]{2}$/)),
	term_ids: z.array(z.uuid()),
	location_ids: z.array(z.uuid()),
	texts: z.array(entryText)
});

export const entryLocation = z.object({
	id: z.uuid(),
	name: optionalText(200),
	description: optionalText(2000),
	address_1: optionalText(200),
	address_2: optionalText(200),
	postal_code: z.preprocess(
		emptyToNull,
		z
			.string()
			.regex(/^[0-9]{5}$/, { error: 'entry.field.postalCode' })
			.nullable()
	),
	city: requiredText(100),
	district_id: nullable(z.uuid()),
	latitude: nullable(z.number().min(-90).max(90)),
	longitude: nullable(z.number().min(-180).max(180)),
	visibility: z.enum(location_visibility),
	wheelchair_accessible: nullable(z.boolean()),
	accessible_toilet: nullable(z.boolean()),
	hearing_loop: nullable(z.boolean()),
	accessibility_notes: optionalText(1000),
	transportation: optionalText(500)
});

/** A weekly slot. A closing time not after the opening runs past midnight (as in the tables). */
export const entrySlot = z.object({
	id: z.uuid(),
	location_id: nullable(z.uuid()),
	service_id: nullable(z.uuid()),
	weekday: z.number().int().min(1).max(7),
	opens_at: clockTime,
	closes_at: clockTime,
	appointment_only: z.boolean(),
	description: optionalText(500)
});

export const entryException = z.object({
	id: z.uuid(),
	location_id: nullable(z.uuid()),
	service_id: nullable(z.uuid()),
	starts_on: isoDate,
	ends_on: isoDate,
	closed: z.boolean(),
	opens_at: nullable(clockTime),
	closes_at: nullable(clockTime),
	description: optionalText(500)
});

export const entryHours = z.object({
	slots: z.array(entrySlot),
	exceptions: z.array(entryException)
});

export const entryContact = z.object({
	id: z.uuid(),
	service_id: nullable(z.uuid()),
	name: optionalText(200),
	title: optionalText(200),
	email: emailAddress,
	phone: phoneNumber,
	show_publicly: z.boolean()
});

export const entryLogo = z.object({
	/** Object key in the storage bucket `logos`, or null for no logo. */
	path: nullable(z.string().min(1).max(300))
});

export const entrySnapshot = z.object({
	profile: entryProfile,
	texts: z.array(entryText),
	services: z.array(entryService),
	locations: z.array(entryLocation),
	hours: entryHours,
	contacts: z.array(entryContact),
	logo: entryLogo
});

export type EntryText = z.infer<typeof entryText>;
export type EntryProfile = z.infer<typeof entryProfile>;
export type EntryService = z.infer<typeof entryService>;
export type EntryLocation = z.infer<typeof entryLocation>;
export type EntrySlot = z.infer<typeof entrySlot>;
export type EntryException = z.infer<typeof entryException>;
export type EntryHours = z.infer<typeof entryHours>;
export type EntryContact = z.infer<typeof entryContact>;
export type EntryLogo = z.infer<typeof entryLogo>;
export type EntrySnapshot = z.infer<typeof entrySnapshot>;

/** The schema of each section, for a save that names its section. */
export const ENTRY_SECTION_SCHEMAS = {
	profile: entryProfile,
	texts: z.array(entryText),
	services: z.array(entryService),
	locations: z.array(entryLocation),
	hours: entryHours,
	contacts: z.array(entryContact),
	logo: entryLogo
} as const satisfies Record<EntrySection, z.ZodType>;

export const REVISION_STATUSES = Constants.public.Enums.revision_status;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/** The database's refusal of a save that started from an older version. */
export const VERSION_CONFLICT_CODE = 'PT409';
