/**
 * The result cards as the directory page's data carries them to the browser. Every page view
 * downloads that data beside the HTML that already shows the same cards, so it goes as compact
 * as the cards allow (issue #13): a tuple instead of named fields, the yes/no facts as one
 * number, and what is absent or false left out. `unpackCard` gives the browser the very
 * `DirectoryCard` the server rendered, so hydration sees the same values.
 */
import type { CardPlace, DirectoryCard, LocalisedText, OrganisationKind } from './directory';

/** The bits of PackedCard's flags. */
const FLAG = {
	openNow: 1,
	free: 2,
	anonymous: 4,
	wheelchair: 8,
	onlineOnly: 16,
	onlyInGerman: 32
} as const;

type Flag = keyof typeof FLAG;

/** A description: its text, its language, and its provenance when that is not the source. */
type PackedText = [
	text: string,
	lang: string,
	provenance?: NonNullable<LocalisedText['provenance']>
];

/** The nearest place: its visibility, and the line to show unless the address is on request. */
type PackedPlace = [visibility: CardPlace['visibility'], line?: string];

/**
 * One card. Trailing parts that are absent are left out; an absent part before a present one
 * is null.
 */
export type PackedCard = [
	slug: string,
	name: string,
	kind: OrganisationKind,
	flags: number,
	services: string[],
	languages: string[],
	description?: PackedText | null,
	place?: PackedPlace | null,
	phone?: string | null,
	distanceM?: number
];

/** The card as the page's data carries it. */
export function packCard(card: DirectoryCard): PackedCard {
	let flags = 0;
	for (const flag of Object.keys(FLAG) as Flag[]) {
		const set = flag === 'onlyInGerman' ? card.description?.onlyInGerman : card[flag];
		if (set) flags |= FLAG[flag];
	}
	const description: PackedText | null = card.description
		? card.description.provenance
			? [card.description.text, card.description.lang, card.description.provenance]
			: [card.description.text, card.description.lang]
		: null;
	const place: PackedPlace | null = card.place
		? card.place.visibility === 'on_request'
			? ['on_request']
			: [card.place.visibility, card.place.line]
		: null;
	const packed: PackedCard = [
		card.slug,
		card.name,
		card.kind,
		flags,
		card.services,
		card.languages,
		description,
		place,
		card.phone
	];
	if (card.distanceM !== null) packed.push(card.distanceM);
	// The absent parts at the end go unsaid.
	while (packed.length > 6 && packed[packed.length - 1] === null) packed.pop();
	return packed;
}

/** The card a packed card stands for: the same values the server rendered. */
export function unpackCard(packed: PackedCard): DirectoryCard {
	const [slug, name, kind, flags, services, languages, text, place, phone, distanceM] = packed;
	const has = (flag: Flag) => (flags & FLAG[flag]) !== 0;
	return {
		slug,
		name,
		kind,
		distanceM: distanceM ?? null,
		openNow: has('openNow'),
		description: text
			? {
					text: text[0],
					lang: text[1],
					provenance: text[2] ?? null,
					onlyInGerman: has('onlyInGerman')
				}
			: null,
		free: has('free'),
		anonymous: has('anonymous'),
		wheelchair: has('wheelchair'),
		services,
		languages,
		place: !place
			? null
			: place[0] === 'on_request'
				? { visibility: 'on_request' }
				: { visibility: place[0], line: place[1] ?? '' },
		onlineOnly: has('onlineOnly'),
		phone: phone ?? null
	};
}
