/**
 * The map's data on the wire (`karte.json`): every organisation a search matches and their public
 * points, packed so that a whole city (10,000 organisations, 17,000 points) stays under 100 KB
 * compressed. Plain JSON of the same data is 1.2 MB, 230 KB gzipped: most of it digits of
 * coordinates and repeated names. Encoded by the server, decoded by the map; pure, no I/O.
 *
 * Layout (one binary answer):
 *   [header length: uint32, big-endian][header: JSON, UTF-8][coordinates: byte planes]
 * The header holds the organisations column by column: kinds as indices into a shared list,
 * names front-coded against the previous name (the list is often sorted by name), slugs as
 * their own start plus how many of the name's last characters they end with, and how many
 * points each organisation has (points come grouped by organisation, in the list's order).
 * Coordinates are whole units of 1e-5 degrees (about a metre; the database already rounds them
 * so) as offsets from the smallest, each stored as its most significant byte first in one plane
 * of all points, then the next byte in the next plane: the planes of high bytes are nearly
 * constant, which is what a compressor turns into almost nothing.
 */

export type MapOrganisationKind =
	'migrant_organisation' | 'counselling_service' | 'initiative' | 'public_body' | 'network';
/** A matching organisation on the map: [slug, name, kind]. */
export type MapOrganisation = [slug: string, name: string, kind: MapOrganisationKind];
/** A degraded public point: [latitude, longitude, index into `organisations`]. */
export type MapPoint = [latitude: number, longitude: number, organisation: number];
/** Every organisation a search matches (in the list's order) and their public points. */
export type DirectoryPoints = { organisations: MapOrganisation[]; points: MapPoint[] };

export const MAP_DATA_TYPE = 'application/vnd.buendnisatlas.map+octet-stream';
const VERSION = 1;
/** Coordinates travel in whole units of this many degrees (the database's rounding). */
const UNITS_PER_DEGREE = 1e5;

type Header = {
	v: typeof VERSION;
	kinds: MapOrganisationKind[];
	/** Per organisation, the index of its kind in `kinds`. */
	kind: number[];
	/** Per organisation: one character (code 48 + n) saying how many characters it shares with the previous name, then the rest. */
	names: string[];
	/** Per organisation, its slug's own start, front-coded like the names. */
	slugs: string[];
	/** Per organisation, how many of its name's last characters end its slug. */
	slugTails: number[];
	/** Per organisation, how many points follow for it. */
	counts: number[];
	/** The smallest latitude and longitude, in units. */
	origin: [number, number];
	/** Bytes per latitude and per longitude offset. */
	bytes: [number, number];
};

const SHARED_BASE = 48;
/** A shared prefix is told in one UTF-16 character: long enough for any name. */
const MAX_SHARED = 0xd7ff - SHARED_BASE;

function frontCode(values: string[]): string[] {
	return values.map((value, index) => {
		const previous = values[index - 1] ?? '';
		let shared = 0;
		while (shared < MAX_SHARED && shared < value.length && value[shared] === previous[shared]) {
			shared++;
		}
		// Never split a surrogate pair: the rest must stay valid text.
		if (shared > 0 && /[\uD800-\uDBFF]/.test(value[shared - 1]!)) shared--;
		return String.fromCharCode(SHARED_BASE + shared) + value.slice(shared);
	});
}

function frontDecode(coded: string[]): string[] {
	const values: string[] = [];
	for (const entry of coded) {
		const shared = entry.charCodeAt(0) - SHARED_BASE;
		const previous = values.at(-1) ?? '';
		if (!(shared >= 0 && shared <= previous.length)) throw new Error('map data: bad prefix');
		values.push(previous.slice(0, shared) + entry.slice(1));
	}
	return values;
}

/** How many last characters `slug` and `name` share. */
function sharedTail(slug: string, name: string): number {
	let tail = 0;
	while (
		tail < slug.length &&
		tail < name.length &&
		slug[slug.length - 1 - tail] === name[name.length - 1 - tail]
	) {
		tail++;
	}
	if (tail > 0 && /[\uDC00-\uDFFF]/.test(slug[slug.length - tail]!)) tail--;
	return tail;
}

const toUnits = (degrees: number) => Math.round(degrees * UNITS_PER_DEGREE);
// Loops, not Math.min(...values): a spread of 100,000 arguments can overflow the stack.
const smallest = (values: number[]) => values.reduce((a, b) => Math.min(a, b), values[0] ?? 0);
const largest = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);

function bytesFor(range: number): number {
	let bytes = 1;
	while (range >= 2 ** (8 * bytes)) bytes++;
	return bytes;
}

function writePlanes(target: Uint8Array, at: number, values: number[], bytes: number): number {
	const count = values.length;
	for (let plane = 0; plane < bytes; plane++) {
		const divisor = 2 ** (8 * (bytes - 1 - plane));
		for (let i = 0; i < count; i++) {
			target[at + plane * count + i] = Math.floor(values[i]! / divisor) % 256;
		}
	}
	return at + bytes * count;
}

function readPlanes(source: Uint8Array, at: number, count: number, bytes: number): number[] {
	const values = new Array<number>(count).fill(0);
	for (let plane = 0; plane < bytes; plane++) {
		const offset = at + plane * count;
		for (let i = 0; i < count; i++) values[i] = values[i]! * 256 + source[offset + i]!;
	}
	return values;
}

/** The map data packed for the wire (see the layout above). */
export function encodeMapData({ organisations, points }: DirectoryPoints): Uint8Array {
	// Grouped by organisation (the database sends them so; a stable sort keeps each group's order).
	const grouped = points
		.map((point, position) => ({ point, position }))
		.sort((a, b) => a.point[2] - b.point[2] || a.position - b.position)
		.map(({ point }) => point);
	const counts = new Array<number>(organisations.length).fill(0);
	for (const [, , organisation] of grouped) {
		if (counts[organisation] === undefined) throw new Error('map data: point without organisation');
		counts[organisation]++;
	}
	const latitudes = grouped.map(([latitude]) => toUnits(latitude));
	const longitudes = grouped.map(([, longitude]) => toUnits(longitude));
	const origin: [number, number] = [smallest(latitudes), smallest(longitudes)];
	const latOffsets = latitudes.map((value) => value - origin[0]);
	const lngOffsets = longitudes.map((value) => value - origin[1]);
	const bytes: [number, number] = [bytesFor(largest(latOffsets)), bytesFor(largest(lngOffsets))];
	const kinds = [...new Set(organisations.map(([, , kind]) => kind))];
	const slugTails = organisations.map(([slug, name]) => sharedTail(slug, name));
	const header: Header = {
		v: VERSION,
		kinds,
		kind: organisations.map(([, , kind]) => kinds.indexOf(kind)),
		names: frontCode(organisations.map(([, name]) => name)),
		slugs: frontCode(organisations.map(([slug], i) => slug.slice(0, slug.length - slugTails[i]!))),
		slugTails,
		counts,
		origin,
		bytes
	};
	const json = new TextEncoder().encode(JSON.stringify(header));
	const body = new Uint8Array(4 + json.length + (bytes[0] + bytes[1]) * grouped.length);
	new DataView(body.buffer).setUint32(0, json.length);
	body.set(json, 4);
	const next = writePlanes(body, 4 + json.length, latOffsets, bytes[0]);
	writePlanes(body, next, lngOffsets, bytes[1]);
	return body;
}

const isCount = (value: unknown): value is number => Number.isInteger(value) && Number(value) >= 0;

function isHeader(value: unknown): value is Header {
	if (typeof value !== 'object' || value === null) return false;
	const header = value as Record<string, unknown>;
	const columns = [header.kind, header.names, header.slugs, header.slugTails, header.counts];
	const length = Array.isArray(header.names) ? header.names.length : -1;
	const kinds = Array.isArray(header.kinds) ? header.kinds.length : 0;
	return (
		header.v === VERSION &&
		Array.isArray(header.kinds) &&
		header.kinds.every((kind) => typeof kind === 'string') &&
		columns.every((column) => Array.isArray(column) && column.length === length) &&
		(header.names as unknown[]).every((name) => typeof name === 'string' && name.length > 0) &&
		(header.slugs as unknown[]).every((slug) => typeof slug === 'string' && slug.length > 0) &&
		(header.kind as unknown[]).every((kind) => isCount(kind) && kind < kinds) &&
		(header.slugTails as unknown[]).every(isCount) &&
		(header.counts as unknown[]).every(isCount) &&
		Array.isArray(header.origin) &&
		header.origin.length === 2 &&
		header.origin.every(Number.isInteger) &&
		Array.isArray(header.bytes) &&
		header.bytes.length === 2 &&
		header.bytes.every((bytes) => isCount(bytes) && bytes >= 1 && bytes <= 4)
	);
}

/** The map data from its packed form; throws on anything that is not (an error page, a cut answer). */
export function decodeMapData(packed: Uint8Array): DirectoryPoints {
	if (packed.length < 4) throw new Error('map data: too short');
	const length = new DataView(packed.buffer, packed.byteOffset, packed.byteLength).getUint32(0);
	if (4 + length > packed.length) throw new Error('map data: cut short');
	const header: unknown = JSON.parse(new TextDecoder().decode(packed.subarray(4, 4 + length)));
	if (!isHeader(header)) throw new Error('map data: unexpected header');
	const count = header.counts.reduce((sum, value) => sum + value, 0);
	const [latBytes, lngBytes] = header.bytes;
	if (4 + length + (latBytes + lngBytes) * count !== packed.length) {
		throw new Error('map data: wrong length');
	}
	const latitudes = readPlanes(packed, 4 + length, count, latBytes);
	const longitudes = readPlanes(packed, 4 + length + latBytes * count, count, lngBytes);
	const names = frontDecode(header.names);
	const slugStarts = frontDecode(header.slugs);
	const organisations = names.map((name, i): MapOrganisation => {
		const tail = header.slugTails[i]!;
		if (tail > name.length) throw new Error('map data: bad slug');
		return [slugStarts[i]! + name.slice(name.length - tail), name, header.kinds[header.kind[i]!]!];
	});
	const points: MapPoint[] = [];
	let next = 0;
	header.counts.forEach((own, organisation) => {
		for (let i = 0; i < own; i++, next++) {
			points.push([
				(header.origin[0] + latitudes[next]!) / UNITS_PER_DEGREE,
				(header.origin[1] + longitudes[next]!) / UNITS_PER_DEGREE,
				organisation
			]);
		}
	});
	return { organisations, points };
}
