import { z } from 'zod';
import { Constants } from '$lib/database.types';
import {
	clockTime,
	EMAIL_PATTERN,
	PHONE_PATTERN,
	TEXT_LANGUAGES,
	URL_PATTERN,
	type EntryHours,
	type EntryProfile,
	type EntryText
} from './entry-snapshot.ts';

/**
 * The portal's section forms (one schema per form) and how their flat values map to and from the
 * entry snapshot. Server only (zod); the pages get plain values and message keys.
 */

const version = z.coerce.number().int().min(1);
const optional = (max: number) =>
	z.string().trim().max(max, { error: 'entry.field.tooLong' }).default('');

export const profileFormSchema = z.object({
	version,
	name: z
		.string({ error: 'entry.field.required' })
		.trim()
		.min(1, { error: 'entry.field.required' })
		.max(200, { error: 'entry.field.tooLong' }),
	short_name: optional(60),
	description: optional(5000),
	website: optional(500).refine((value) => value === '' || URL_PATTERN.test(value), {
		error: 'entry.field.url'
	}),
	email: optional(254).refine((value) => value === '' || EMAIL_PATTERN.test(value), {
		error: 'entry.field.email'
	}),
	phone: optional(60).refine((value) => value === '' || PHONE_PATTERN.test(value), {
		error: 'entry.field.phone'
	}),
	legal_form: optional(100)
});
export type ProfileForm = z.infer<typeof profileFormSchema>;

const PROVENANCES = Constants.public.Enums.text_provenance;

const provenance = z.enum(PROVENANCES).default('written_by_organisation');

/** Per language: the name and description as the organisation wants them shown, and who wrote them. */
export const textsFormSchema = z.object({
	version,
	name_en: optional(200),
	description_en: optional(5000),
	provenance_en: provenance,
	name_tr: optional(200),
	description_tr: optional(5000),
	provenance_tr: provenance,
	name_ar: optional(200),
	description_ar: optional(5000),
	provenance_ar: provenance,
	name_uk: optional(200),
	description_uk: optional(5000),
	provenance_uk: provenance
});
export type TextsForm = z.infer<typeof textsFormSchema>;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

const slotRow = z
	.object({
		id: z.uuid(),
		location_id: z.string().default(''),
		weekday: z.coerce.number().int().min(1, { error: 'entry.hours.weekday' }).max(7),
		opens_at: clockTime,
		closes_at: clockTime,
		appointment_only: z.boolean().default(false),
		description: optional(500)
	})
	.refine((slot) => slot.closes_at > slot.opens_at, {
		error: 'entry.hours.endsBeforeStart',
		path: ['closes_at']
	});

const exceptionRow = z
	.object({
		id: z.uuid(),
		starts_on: z.iso.date({ error: 'entry.hours.date' }),
		ends_on: z.iso.date({ error: 'entry.hours.date' }),
		closed: z.boolean().default(true),
		opens_at: z.string().default(''),
		closes_at: z.string().default(''),
		description: optional(500)
	})
	.refine((row) => row.ends_on >= row.starts_on, {
		error: 'entry.hours.endsBeforeStart',
		path: ['ends_on']
	})
	.refine((row) => row.closed || clockTime.safeParse(row.opens_at).success, {
		error: 'entry.hours.time',
		path: ['opens_at']
	})
	.refine((row) => row.closed || row.closes_at > row.opens_at, {
		error: 'entry.hours.endsBeforeStart',
		path: ['closes_at']
	});

export const hoursFormSchema = z.object({
	version,
	slots: z.array(slotRow).max(100),
	exceptions: z.array(exceptionRow).max(100)
});
export type HoursForm = z.infer<typeof hoursFormSchema>;
export type SlotRow = HoursForm['slots'][number];
export type ExceptionRow = HoursForm['exceptions'][number];

export const rejectFormSchema = z.object({
	revision: z.uuid(),
	reason: z
		.string({ error: 'entry.review.reasonRequired' })
		.trim()
		.min(1, { error: 'entry.review.reasonRequired' })
		.max(2000, { error: 'entry.field.tooLong' })
});

export const decisionFormSchema = z.object({ revision: z.uuid() });

// Snapshot ⇄ form values ----------------------------------------------------------------------

export function profileFormValues(profile: EntryProfile, currentVersion: number): ProfileForm {
	return {
		version: currentVersion,
		name: profile.name,
		short_name: profile.short_name ?? '',
		description: profile.description ?? '',
		website: profile.website ?? '',
		email: profile.email ?? '',
		phone: profile.phone ?? '',
		legal_form: profile.legal_form ?? ''
	};
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The profile section after the form: kind and topics stay as they were (not on this form). */
export function profileFromForm(form: ProfileForm, before: EntryProfile): EntryProfile {
	return {
		...before,
		name: form.name,
		short_name: orNull(form.short_name),
		description: orNull(form.description),
		website: orNull(form.website),
		email: orNull(form.email),
		phone: orNull(form.phone),
		legal_form: orNull(form.legal_form)
	};
}

export function textsFormValues(texts: EntryText[], currentVersion: number): TextsForm {
	const of = (language: TextLanguage) => {
		const own = texts.filter((text) => text.language === language);
		return {
			name: own.find((text) => text.field === 'name')?.text ?? '',
			description: own.find((text) => text.field === 'description')?.text ?? '',
			provenance:
				own.find((text) => text.field === 'description' || text.field === 'name')?.provenance ??
				'written_by_organisation'
		};
	};
	const [en, tr, ar, uk] = TEXT_LANGUAGES.map(of) as [
		ReturnType<typeof of>,
		ReturnType<typeof of>,
		ReturnType<typeof of>,
		ReturnType<typeof of>
	];
	return {
		version: currentVersion,
		name_en: en.name,
		description_en: en.description,
		provenance_en: en.provenance,
		name_tr: tr.name,
		description_tr: tr.description,
		provenance_tr: tr.provenance,
		name_ar: ar.name,
		description_ar: ar.description,
		provenance_ar: ar.provenance,
		name_uk: uk.name,
		description_uk: uk.description,
		provenance_uk: uk.provenance
	};
}

/** The texts section after the form: texts of fields not on the form (e.g. short name) stay. */
export function textsFromForm(form: TextsForm, before: EntryText[]): EntryText[] {
	const kept = before.filter(
		(text) =>
			!(TEXT_LANGUAGES as readonly string[]).includes(text.language) ||
			(text.field !== 'name' && text.field !== 'description')
	);
	const edited = TEXT_LANGUAGES.flatMap((language) =>
		(['name', 'description'] as const).flatMap((field) => {
			const text = form[`${field}_${language}`].trim();
			return text ? [{ field, language, text, provenance: form[`provenance_${language}`] }] : [];
		})
	);
	return [...kept, ...edited];
}

export function hoursFormValues(hours: EntryHours, currentVersion: number): HoursForm {
	return {
		version: currentVersion,
		slots: hours.slots.map((slot) => ({
			id: slot.id,
			location_id: slot.location_id ?? '',
			weekday: slot.weekday,
			opens_at: slot.opens_at,
			closes_at: slot.closes_at,
			appointment_only: slot.appointment_only,
			description: slot.description ?? ''
		})),
		exceptions: hours.exceptions.map((row) => ({
			id: row.id,
			starts_on: row.starts_on,
			ends_on: row.ends_on,
			closed: row.closed,
			opens_at: row.opens_at ?? '',
			closes_at: row.closes_at ?? '',
			description: row.description ?? ''
		}))
	};
}

/** The hours section after the form; a slot keeps the service it belonged to, if any. */
export function hoursFromForm(form: HoursForm, before: EntryHours): EntryHours {
	const previous = new Map(before.slots.map((slot) => [slot.id, slot]));
	const previousExceptions = new Map(before.exceptions.map((row) => [row.id, row]));
	return {
		slots: form.slots.map((slot) => ({
			id: slot.id,
			location_id: orNull(slot.location_id),
			service_id: previous.get(slot.id)?.service_id ?? null,
			weekday: slot.weekday,
			opens_at: slot.opens_at,
			closes_at: slot.closes_at,
			appointment_only: slot.appointment_only,
			description: orNull(slot.description)
		})),
		exceptions: form.exceptions.map((row) => ({
			id: row.id,
			location_id: previousExceptions.get(row.id)?.location_id ?? null,
			service_id: previousExceptions.get(row.id)?.service_id ?? null,
			starts_on: row.starts_on,
			ends_on: row.ends_on,
			closed: row.closed,
			opens_at: row.closed ? null : row.opens_at,
			closes_at: row.closed ? null : row.closes_at,
			description: orNull(row.description)
		}))
	};
}

/**
 * The hours form's fields as posted: one value per row for each repeated name, so the form
 * works without JavaScript. Checkboxes post the row's id when ticked.
 */
export function hoursFromFormData(formData: FormData): Record<string, unknown> {
	const all = (name: string) => formData.getAll(name).map(String);
	const slotIds = all('slot_id');
	const appointment = new Set(all('slot_appointment'));
	const slots = slotIds.map((id, index) => ({
		id,
		location_id: all('slot_location')[index] ?? '',
		// A number where one was chosen, so a refused form keeps the day (see `version` below).
		weekday: Number(all('slot_weekday')[index]) || '',
		opens_at: all('slot_opens')[index] ?? '',
		closes_at: all('slot_closes')[index] ?? '',
		appointment_only: appointment.has(id),
		description: all('slot_description')[index] ?? ''
	}));
	const open = new Set(all('exception_open'));
	const exceptions = all('exception_id').map((id, index) => ({
		id,
		starts_on: all('exception_from')[index] ?? '',
		ends_on: all('exception_to')[index] ?? '',
		closed: !open.has(id),
		opens_at: all('exception_opens')[index] ?? '',
		closes_at: all('exception_closes')[index] ?? '',
		description: all('exception_description')[index] ?? ''
	}));
	// A row left completely empty (the spare row of a form without JavaScript) is no row.
	return {
		// A number, not the posted string: superforms keeps a refused form's values only where their
		// type fits the schema, and would send a refused save back with version 0 (then refused again).
		version: Number(formData.get('version')),
		slots: slots.filter((slot) => slot.opens_at || slot.closes_at || slot.weekday),
		exceptions: exceptions.filter((row) => row.starts_on || row.ends_on)
	};
}
