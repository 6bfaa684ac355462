import { describe, expect, it } from 'vitest';
import {
	CARD_DESCRIPTION_LENGTH,
	directoryCard,
	excerpt,
	pageCount,
	RANK_LIMIT,
	shownTotal,
	type DirectoryEntry,
	type PublicLocation,
	type ServiceSummary
} from './directory.ts';
import { publicLocationSchema, searchRowJsonSchema } from './directory-schema.ts';

const service = (fields: Partial<ServiceSummary>): ServiceSummary => ({
	id: 's',
	name: 'Beratung',
	free_of_charge: false,
	anonymous_possible: false,
	appointment_required: false,
	interpreter_on_request: false,
	access_modes: ['in_person'],
	online_only: false,
	languages: ['de'],
	discrimination_grounds: [],
	counselling_types: [],
	life_areas: [],
	...fields
});
const place = (fields: Partial<PublicLocation>): PublicLocation => ({
	id: 'l',
	visibility: 'exact',
	name: 'Haus',
	address_1: 'Königsstraße 1',
	address_2: null,
	postal_code: '34117',
	city: 'Kassel',
	district: 'Mitte',
	latitude: 51.3,
	longitude: 9.5,
	wheelchair_accessible: false,
	accessible_toilet: null,
	hearing_loop: null,
	transportation: null,
	distance_m: null,
	open_now: false,
	...fields
});
const entry = (fields: Partial<DirectoryEntry>): DirectoryEntry => ({
	organisation_id: 'o',
	slug: 'verein',
	name: 'Verein',
	short_name: null,
	kind: 'initiative',
	description: 'Text',
	website: null,
	email: null,
	phone: '0561 1',
	distance_m: 1234,
	is_open_now: true,
	rank: null,
	services: [],
	locations: [],
	...fields
});

describe('directoryCard', () => {
	it('keeps only what the card shows: badges, service names, languages once, the nearest place', () => {
		const card = directoryCard(
			entry({
				services: [
					service({ name: 'A', free_of_charge: true, languages: ['de', 'ar'] }),
					service({ name: 'B', anonymous_possible: true, languages: ['ar', 'tr'] })
				],
				locations: [place({}), place({ id: 'm', wheelchair_accessible: true })]
			}),
			null
		);
		expect(card).toEqual({
			slug: 'verein',
			name: 'Verein',
			kind: 'initiative',
			distanceM: 1234,
			openNow: true,
			description: null,
			free: true,
			anonymous: true,
			wheelchair: true,
			services: ['A', 'B'],
			languages: ['de', 'ar', 'tr'],
			place: { visibility: 'exact', line: 'Haus, Königsstraße 1, 34117 Kassel' },
			onlineOnly: false,
			phone: '0561 1'
		});
	});

	it('says "on request" without an address, and "online only" without a place', () => {
		const onRequest = directoryCard(
			entry({ locations: [place({ visibility: 'on_request', address_1: null, name: null })] }),
			null
		);
		expect(onRequest.place).toEqual({ visibility: 'on_request' });
		const online = directoryCard(entry({ services: [service({ online_only: true })] }), null);
		expect(online.place).toBeNull();
		expect(online.onlineOnly).toBe(true);
	});
});

describe("a card's description", () => {
	const described = (text: string) =>
		directoryCard(entry({}), { text, lang: 'de', provenance: null, onlyInGerman: false })
			.description!.text;

	it('is whole when it fits the card', () => {
		const text = 'Beratung für alle, vertraulich und kostenlos.';
		expect(described(text)).toBe(text);
		expect(described('a'.repeat(CARD_DESCRIPTION_LENGTH))).toHaveLength(CARD_DESCRIPTION_LENGTH);
	});

	it('ends at a word with "…" when longer, never inside a word or a character', () => {
		const long = 'Wir beraten, begleiten und vernetzen. '.repeat(40);
		const shown = described(long);
		expect(Array.from(shown).length).toBeLessThanOrEqual(CARD_DESCRIPTION_LENGTH + 1);
		expect(shown.endsWith('…')).toBe(true);
		expect(long.startsWith(shown.slice(0, -1))).toBe(true);
		expect(shown).toMatch(/(beraten|begleiten|vernetzen|Wir|und)…$/);
		// A character outside the basic plane (an emoji) counts as one and is never split.
		const emoji = described('🤝'.repeat(400));
		expect(Array.from(emoji)).toHaveLength(CARD_DESCRIPTION_LENGTH + 1);
		expect(emoji.includes('\uFFFD')).toBe(false);
	});

	it('keeps its language and provenance', () => {
		const card = directoryCard(entry({}), {
			text: 'x '.repeat(400),
			lang: 'ar',
			provenance: 'machine_translated',
			onlyInGerman: false
		});
		expect(card.description).toMatchObject({ lang: 'ar', provenance: 'machine_translated' });
	});
});

describe('excerpt', () => {
	it('cuts a long first word where it must', () => {
		expect(excerpt('Antidiskriminierungsberatungsstelle', 10)).toBe('Antidiskri…');
		expect(excerpt('  kurz  ', 10)).toBe('kurz');
	});
});

describe('shownTotal and pageCount', () => {
	it('show "1000+" and stop the pages at the ranked matches when there are more', () => {
		expect(shownTotal(RANK_LIMIT + 1)).toBe(`${RANK_LIMIT}+`);
		expect(shownTotal(RANK_LIMIT)).toBe(RANK_LIMIT);
		expect(shownTotal(0)).toBe(0);
		expect(pageCount(RANK_LIMIT + 1, 20)).toBe(RANK_LIMIT / 20);
		expect(pageCount(41, 20)).toBe(3);
		expect(pageCount(0, 20)).toBe(1);
	});
});

describe('the search row schemas', () => {
	it('accept what the function builds and refuse an unknown visibility', () => {
		expect(searchRowJsonSchema.parse({ services: [service({})], locations: [place({})] })).toEqual({
			services: [service({})],
			locations: [place({})]
		});
		expect(() => publicLocationSchema.parse({ ...place({}), visibility: 'secret' })).toThrow();
	});
});

describe('the capped count in every language', () => {
	it('shows "1000+" whole, not an unfilled plural', async () => {
		const { catalogueFor } = await import('$lib/i18n/catalogues');
		const { lookup } = await import('$lib/i18n/catalogue');
		const { LOCALES } = await import('$lib/i18n/locales');
		const shown = shownTotal(RANK_LIMIT + 1);
		expect(typeof shown).toBe('string');
		for (const locale of LOCALES) {
			const params = { count: String(shown), km: 5, place: 'Kassel' };
			for (const key of [
				'directory.results.countCapped',
				'directory.results.countNearCapped'
			] as const) {
				const text = lookup(catalogueFor(locale), key, params, locale);
				expect(text, `${locale} ${key}`).toContain(`${RANK_LIMIT}+`);
				expect(text, `${locale} ${key}`).not.toMatch(/[{}#]/);
			}
		}
	});
});
