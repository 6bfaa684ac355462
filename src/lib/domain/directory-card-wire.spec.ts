import { describe, expect, it } from 'vitest';
import { packCard, unpackCard } from './directory-card-wire.ts';
import type { DirectoryCard } from './directory.ts';

const card = (fields: Partial<DirectoryCard>): DirectoryCard => ({
	slug: 'verein',
	name: 'Verein',
	kind: 'initiative',
	distanceM: null,
	openNow: false,
	description: null,
	free: false,
	anonymous: false,
	wheelchair: false,
	services: [],
	languages: [],
	place: null,
	onlineOnly: false,
	phone: null,
	...fields
});

const CARDS: Record<string, DirectoryCard> = {
	'a bare card': card({}),
	'every fact set': card({
		distanceM: 1234.5,
		openNow: true,
		description: { text: 'Beratung', lang: 'de', provenance: null, onlyInGerman: true },
		free: true,
		anonymous: true,
		wheelchair: true,
		services: ['Beratung', 'Begleitung'],
		languages: ['de', 'ar'],
		place: { visibility: 'exact', line: 'Haus, Königsstraße 1, 34117 Kassel' },
		phone: '0561 1'
	}),
	'a translated description, a district, no phone but a distance': card({
		distanceM: 0,
		description: {
			text: 'Counselling',
			lang: 'en',
			provenance: 'machine_translated',
			onlyInGerman: false
		},
		place: { visibility: 'district_only', line: 'Mitte, Kassel' }
	}),
	'an address on request': card({ place: { visibility: 'on_request' }, free: true }),
	'online only': card({ onlineOnly: true, anonymous: true, phone: '+49 561 2' })
};

describe('packCard / unpackCard', () => {
	for (const [name, original] of Object.entries(CARDS)) {
		it(`gives the browser the card the server rendered: ${name}`, () => {
			// Through JSON as a stand-in for the page data's serialisation.
			const [card, text] = JSON.parse(JSON.stringify(packCard(original)));
			expect(unpackCard(card, text)).toEqual(original);
		});
	}

	it('leaves out what is absent at the end, and keeps the texts apart', () => {
		expect(packCard(card({}))).toEqual([
			['verein', 'initiative', 0, [], []],
			['Verein', null, null, null]
		]);
		const full = CARDS['every fact set']!;
		const [packed, text] = packCard(full);
		expect(text).toEqual(['Verein', 'Beratung', 'Haus, Königsstraße 1, 34117 Kassel', '0561 1']);
		expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(full).length / 3);
	});
});
