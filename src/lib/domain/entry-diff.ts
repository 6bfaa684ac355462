import type {
	EntryException,
	EntryHours,
	EntryLocation,
	EntrySection,
	EntrySlot,
	EntrySnapshot,
	EntryText
} from './entry-snapshot.ts';

/**
 * What a revision changes, field by field (old → new), for the office's review and for the
 * conflict message in the portal. Pure: the pages translate the field names and format the week.
 */

export type FieldChange = {
	section: EntrySection;
	/** The service, place or contact the field belongs to (its name), or null for the entry. */
	subject: string | null;
	/** A column name, or 'added' / 'removed' for a whole service, place or contact. */
	field: string;
	/** For texts: the language (ISO 639-1). */
	language: string | null;
	before: string | null;
	after: string | null;
	/** A change the reviewer must not miss: a place's visibility decides what becomes public. */
	prominent?: true;
};

export type WeekSlot = Pick<
	EntrySlot,
	'opens_at' | 'closes_at' | 'appointment_only' | 'description'
>;
export type WeekDay = { weekday: number; slots: WeekSlot[] };
export type HoursChange = {
	before: WeekDay[];
	after: WeekDay[];
	exceptionsBefore: EntryException[];
	exceptionsAfter: EntryException[];
};

export type EntryDiff = { fields: FieldChange[]; hours: HoursChange | null };

type Scalar = string | number | boolean | null | undefined | readonly unknown[];

/** How ids in a revision read: a term's label, a place's or a service's name. */
export type DiffNames = {
	term?: (id: string) => string | undefined;
	/** District names by id, so that a place's district reads as a name. */
	districts?: ReadonlyMap<string, string>;
};

/** A list shows one item per line (names may contain commas), sorted so order alone is no change. */
const show = (value: Scalar): string | null => {
	if (value === null || value === undefined) return null;
	if (Array.isArray(value)) return value.length ? [...value].map(String).sort().join('\n') : null;
	return String(value);
};

/** Ids of terms, places and services replaced by what a reader recognises them by. */
type Namer = (field: string, value: unknown) => unknown;
const naming =
	(names: Record<string, (id: string) => string | undefined>): Namer =>
	(field, value) => {
		const name = names[field];
		if (!name) return value;
		const of = (id: unknown) => (typeof id === 'string' ? (name(id) ?? id) : id);
		return Array.isArray(value) ? value.map(of) : value === null ? null : of(value);
	};

function compareFields<T extends Record<string, unknown>>(
	section: EntrySection,
	subject: string | null,
	before: T,
	after: T,
	skip: ReadonlySet<string> = new Set(),
	name: Namer = (_field, value) => value
): FieldChange[] {
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
		(key) => !skip.has(key)
	);
	return keys.flatMap((field) => {
		const old = show(name(field, before[field]) as Scalar);
		const next = show(name(field, after[field]) as Scalar);
		return old === next
			? []
			: [{ section, subject, field, language: null, before: old, after: next }];
	});
}

/**
 * Services, places and contacts: matched by id. An added one is a line of its own followed by
 * each of its fields (so the office reads what it says, not just its name); a removed one is one
 * line.
 */
function compareRows<T extends { id: string } & Record<string, unknown>>(
	section: EntrySection,
	before: T[],
	after: T[],
	nameOf: (row: T) => string,
	skip: ReadonlySet<string>,
	name?: Namer
): FieldChange[] {
	const old = new Map(before.map((row) => [row.id, row]));
	const next = new Map(after.map((row) => [row.id, row]));
	const changes: FieldChange[] = [];
	for (const row of after) {
		const previous = old.get(row.id);
		if (!previous) {
			changes.push({
				section,
				subject: null,
				field: 'added',
				language: null,
				before: null,
				after: nameOf(row)
			});
			const empty: Record<string, unknown> = Object.fromEntries(
				Object.keys(row).map((key) => [key, null])
			);
			changes.push(...compareFields(section, nameOf(row), empty, { ...row }, skip, name));
		} else {
			changes.push(...compareFields(section, nameOf(row), previous, row, skip, name));
		}
	}
	for (const row of before) {
		if (!next.has(row.id))
			changes.push({
				section,
				subject: null,
				field: 'removed',
				language: null,
				before: nameOf(row),
				after: null
			});
	}
	return changes;
}

function compareTexts(
	section: EntrySection,
	subject: string | null,
	before: EntryText[],
	after: EntryText[]
): FieldChange[] {
	const key = (text: EntryText) => `${text.language}:${text.field}`;
	const old = new Map(before.map((text) => [key(text), text]));
	const next = new Map(after.map((text) => [key(text), text]));
	const keys = [...new Set([...old.keys(), ...next.keys()])].sort();
	return keys.flatMap((id) => {
		const a = old.get(id);
		const b = next.get(id);
		const [language, field] = id.split(':') as [string, string];
		const changes: FieldChange[] = [];
		if (a?.text !== b?.text)
			changes.push({
				section,
				subject,
				field,
				language,
				before: a?.text ?? null,
				after: b?.text ?? null
			});
		if (a && b && a.provenance !== b.provenance)
			changes.push({
				section,
				subject,
				field: 'provenance',
				language,
				before: a.provenance,
				after: b.provenance
			});
		return changes;
	});
}

/** The weekly slots as a week, Monday to Sunday, each day's slots by opening time. */
export function hoursWeek(slots: EntrySlot[]): WeekDay[] {
	return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
		weekday,
		slots: slots
			.filter((slot) => slot.weekday === weekday)
			.sort((a, b) => a.opens_at.localeCompare(b.opens_at))
			.map(({ opens_at, closes_at, appointment_only, description }) => ({
				opens_at,
				closes_at,
				appointment_only,
				description
			}))
	}));
}

function compareHours(before: EntryHours, after: EntryHours): HoursChange | null {
	const week = (hours: EntryHours) => JSON.stringify(hoursWeek(hours.slots));
	const dated = (hours: EntryHours) =>
		JSON.stringify(
			[...hours.exceptions]
				.map(({ id: _id, ...rest }) => rest)
				.sort((a, b) => a.starts_on.localeCompare(b.starts_on))
		);
	if (week(before) === week(after) && dated(before) === dated(after)) return null;
	const byStart = (rows: EntryException[]) =>
		[...rows].sort((a, b) => a.starts_on.localeCompare(b.starts_on));
	return {
		before: hoursWeek(before.slots),
		after: hoursWeek(after.slots),
		exceptionsBefore: byStart(before.exceptions),
		exceptionsAfter: byStart(after.exceptions)
	};
}

const NESTED = new Set(['id', 'texts']);

const placeName = (place: EntryLocation) => place.name ?? place.address_1 ?? place.city;

/**
 * A place as the reviewer reads it: the address as one line, the point as one pair, the rest
 * column by column. District ids are named when the caller knows the names.
 */
function readablePlace(place: EntryLocation, districts: ReadonlyMap<string, string>) {
	const town = [place.postal_code, place.city].filter(Boolean).join(' ');
	return {
		name: place.name,
		address: [place.address_1, place.address_2, town].filter(Boolean).join(', ') || null,
		district_id: place.district_id ? (districts.get(place.district_id) ?? place.district_id) : null,
		position:
			place.latitude === null || place.longitude === null
				? null
				: `${place.latitude}, ${place.longitude}`,
		visibility: place.visibility,
		wheelchair_accessible: place.wheelchair_accessible,
		accessible_toilet: place.accessible_toilet,
		hearing_loop: place.hearing_loop,
		accessibility_notes: place.accessibility_notes,
		transportation: place.transportation,
		description: place.description
	};
}

/**
 * Places: changed ones field by field, added ones with what the public will be told (address,
 * point, visibility), removed ones as one line. Every line about visibility is prominent.
 */
function compareLocations(
	before: EntryLocation[],
	after: EntryLocation[],
	districts: ReadonlyMap<string, string>
): FieldChange[] {
	const old = new Map(before.map((place) => [place.id, place]));
	const kept = new Set(after.map((place) => place.id));
	const line = (field: 'added' | 'removed', name: string): FieldChange => ({
		section: 'locations',
		subject: null,
		field,
		language: null,
		before: field === 'removed' ? name : null,
		after: field === 'added' ? name : null
	});
	const changes: FieldChange[] = [];
	for (const place of after) {
		const previous = old.get(place.id);
		const now: Record<string, unknown> = readablePlace(place, districts);
		if (!previous) changes.push(line('added', placeName(place)));
		const then: Record<string, unknown> = previous
			? readablePlace(previous, districts)
			: Object.fromEntries(Object.keys(now).map((key) => [key, null]));
		changes.push(...compareFields('locations', placeName(place), then, now));
	}
	for (const place of before)
		if (!kept.has(place.id)) changes.push(line('removed', placeName(place)));
	return changes.map((change) =>
		change.field === 'visibility' ? { ...change, prominent: true as const } : change
	);
}

/**
 * Everything `after` changes compared with `before`. Places and services are named from the two
 * snapshots; terms by `names.term` where the caller knows the vocabularies (else their ids).
 */
export function diffEntry(
	before: EntrySnapshot,
	after: EntrySnapshot,
	names: DiffNames = {}
): EntryDiff {
	const places = new Map(
		[...before.locations, ...after.locations].map((place) => [place.id, placeName(place)])
	);
	const services = new Map(
		[...before.services, ...after.services].map((service) => [service.id, service.name])
	);
	const name = naming({
		location_ids: (id) => places.get(id),
		service_id: (id) => services.get(id),
		...(names.term ? { term_ids: names.term } : {})
	});
	return {
		fields: [
			...compareFields('profile', null, before.profile, after.profile, new Set(), name),
			...compareTexts('texts', null, before.texts, after.texts),
			...compareRows('services', before.services, after.services, (s) => s.name, NESTED, name),
			...after.services.flatMap((service) =>
				compareTexts(
					'services',
					service.name,
					before.services.find((old) => old.id === service.id)?.texts ?? [],
					service.texts
				)
			),
			...compareLocations(before.locations, after.locations, names.districts ?? new Map()),
			...compareRows(
				'contacts',
				before.contacts,
				after.contacts,
				(c) => c.name ?? c.email ?? c.phone ?? '',
				NESTED,
				name
			),
			...compareFields('logo', null, before.logo, after.logo)
		],
		hours: compareHours(before.hours, after.hours)
	};
}

/** Whether the revision changes anything at all. */
export const isEmptyDiff = (diff: EntryDiff) => diff.fields.length === 0 && diff.hours === null;
