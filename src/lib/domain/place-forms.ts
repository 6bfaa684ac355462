import { z } from 'zod';
import { Constants } from '$lib/database.types';
import type { EntryLocation, EntrySnapshot } from './entry-snapshot.ts';

/**
 * The portal's place form (one place at a time) and how it maps to and from the entry snapshot's
 * `locations` section. Coordinates stay text in the form, so that what someone typed (a comma as
 * decimal mark, say) comes back unchanged when the save is refused. Message keys are the zod
 * issue messages.
 */

export const LOCATION_VISIBILITIES = Constants.public.Enums.location_visibility;
export type LocationVisibility = (typeof LOCATION_VISIBILITIES)[number];

/** Visibilities under which the public sees a point derived from the place's own coordinates. */
export const POINT_VISIBILITIES: readonly LocationVisibility[] = ['exact', 'approximate'];

/** Yes, no or not known: how the accessibility checkboxes of the schema are asked. */
export const TRI_STATES = ['unknown', 'yes', 'no'] as const;
export type TriState = (typeof TRI_STATES)[number];

const DECIMAL = /^-?\d{1,3}([.,]\d{1,8})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const optional = (max: number) =>
	z.string().trim().max(max, { error: 'entry.field.tooLong' }).default('');

/** A coordinate as typed: empty, or a decimal number (point or comma) within ±limit. */
const coordinate = (limit: number, message: string) =>
	z
		.string()
		.trim()
		.default('')
		.refine(
			(value) => value === '' || (DECIMAL.test(value) && Math.abs(toNumber(value)) <= limit),
			{
				error: message
			}
		);

const triState = z.enum(TRI_STATES).default('unknown');

export const placeFormSchema = z
	.object({
		version: z.coerce.number().int().min(1),
		id: z.string().regex(UUID, { error: 'places.field.id' }),
		name: optional(200),
		address_1: optional(200),
		address_2: optional(200),
		postal_code: z
			.string()
			.trim()
			.default('')
			.refine((value) => value === '' || /^[0-9]{5}$/.test(value), {
				error: 'entry.field.postalCode'
			}),
		city: z
			.string({ error: 'entry.field.required' })
			.trim()
			.min(1, { error: 'entry.field.required' })
			.max(100, { error: 'entry.field.tooLong' })
			.default('Kassel'),
		district_id: z
			.string()
			.default('')
			.refine((value) => value === '' || UUID.test(value), { error: 'places.field.district' }),
		latitude: coordinate(90, 'places.field.latitude'),
		longitude: coordinate(180, 'places.field.longitude'),
		visibility: z
			.enum(LOCATION_VISIBILITIES, { error: 'places.field.visibility' })
			.default('exact'),
		wheelchair_accessible: triState,
		accessible_toilet: triState,
		hearing_loop: triState,
		accessibility_notes: optional(1000),
		transportation: optional(500),
		description: optional(2000)
	})
	.refine((form) => (form.latitude === '') === (form.longitude === ''), {
		error: 'places.field.coordinatePair',
		path: ['longitude']
	})
	.refine((form) => form.visibility !== 'district_only' || form.district_id !== '', {
		error: 'places.field.districtRequired',
		path: ['district_id']
	})
	// A place shown on the map needs something to put it there: a street to look up, or a pin.
	.refine(
		(form) =>
			!POINT_VISIBILITIES.includes(form.visibility) ||
			form.address_1 !== '' ||
			form.latitude !== '',
		{ error: 'places.field.addressOrPin', path: ['address_1'] }
	);
export type PlaceForm = z.infer<typeof placeFormSchema>;

/** The remove button's form: which place, from which version of the working copy. */
export const placeRemovalSchema = z.object({
	version: z.coerce.number().int().min(1),
	id: z.string().regex(UUID, { error: 'places.field.id' })
});

function toNumber(value: string): number {
	return Number(value.replace(',', '.'));
}

/** Six decimals are about 10 cm: more than enough, and what the public projection rounds to. */
export function roundCoordinate(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const fromTri = (value: TriState) => (value === 'unknown' ? null : value === 'yes');
const toTri = (value: boolean | null): TriState =>
	value === null ? 'unknown' : value ? 'yes' : 'no';

/** The form for a place of the working copy, or for a new one (with a fresh id). */
export function placeFormValues(
	place: EntryLocation | null,
	currentVersion: number,
	newId: () => string = () => crypto.randomUUID()
): PlaceForm {
	return {
		version: currentVersion,
		id: place?.id ?? newId(),
		name: place?.name ?? '',
		address_1: place?.address_1 ?? '',
		address_2: place?.address_2 ?? '',
		postal_code: place?.postal_code ?? '',
		city: place?.city ?? 'Kassel',
		district_id: place?.district_id ?? '',
		latitude: place?.latitude == null ? '' : String(place.latitude),
		longitude: place?.longitude == null ? '' : String(place.longitude),
		visibility: place?.visibility ?? 'exact',
		wheelchair_accessible: toTri(place?.wheelchair_accessible ?? null),
		accessible_toilet: toTri(place?.accessible_toilet ?? null),
		hearing_loop: toTri(place?.hearing_loop ?? null),
		accessibility_notes: place?.accessibility_notes ?? '',
		transportation: place?.transportation ?? '',
		description: place?.description ?? ''
	};
}

/** The snapshot's place after the form. */
export function placeFromForm(form: PlaceForm): EntryLocation {
	return {
		id: form.id.toLowerCase(),
		name: orNull(form.name),
		description: orNull(form.description),
		address_1: orNull(form.address_1),
		address_2: orNull(form.address_2),
		postal_code: orNull(form.postal_code),
		city: form.city.trim(),
		district_id: orNull(form.district_id),
		latitude: form.latitude === '' ? null : roundCoordinate(toNumber(form.latitude)),
		longitude: form.longitude === '' ? null : roundCoordinate(toNumber(form.longitude)),
		visibility: form.visibility,
		wheelchair_accessible: fromTri(form.wheelchair_accessible),
		accessible_toilet: fromTri(form.accessible_toilet),
		hearing_loop: fromTri(form.hearing_loop),
		accessibility_notes: orNull(form.accessibility_notes),
		transportation: orNull(form.transportation)
	};
}

/** The places section with this place changed in place, or added at the end. */
export function placesWith(places: EntryLocation[], place: EntryLocation): EntryLocation[] {
	return places.some((old) => old.id === place.id)
		? places.map((old) => (old.id === place.id ? place : old))
		: [...places, place];
}

/** What the address fields say, as one line for the geocoder; null when there is no street. */
export function addressQuery(form: Pick<PlaceForm, 'address_1' | 'postal_code' | 'city'>) {
	const street = form.address_1.trim();
	if (!street) return null;
	return [street, [form.postal_code.trim(), form.city.trim()].filter(Boolean).join(' ')]
		.filter(Boolean)
		.join(', ');
}

export type PlaceReferences = {
	/** Weekly opening times and dated exceptions at this place. */
	hours: number;
	/** Names of the services offered at this place. */
	services: string[];
};

/** What in the entry points at a place; a place with references is not removed. */
export function placeReferences(snapshot: EntrySnapshot, placeId: string): PlaceReferences {
	return {
		hours:
			snapshot.hours.slots.filter((slot) => slot.location_id === placeId).length +
			snapshot.hours.exceptions.filter((row) => row.location_id === placeId).length,
		services: snapshot.services
			.filter((service) => service.location_ids.includes(placeId))
			.map((service) => service.name)
	};
}

export const isReferenced = (references: PlaceReferences) =>
	references.hours > 0 || references.services.length > 0;

/** A place's name for lists and messages: its own name, its street, or its city. */
export const placeLabel = (place: Pick<EntryLocation, 'name' | 'address_1' | 'city'>) =>
	place.name ?? place.address_1 ?? place.city;
