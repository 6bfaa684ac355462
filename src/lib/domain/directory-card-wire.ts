/**
 * The result cards as the directory page's data carries them to the browser. Every page view
 * downloads that data beside the HTML that already shows the same cards, so it goes as compact
 * as the cards allow (issue #13): a tuple instead of named fields, the yes/no facts as one
 * number, what is absent or false left out, and the texts the card shows as they are (name,
 * description, address line, phone) apart, so that a page's HTML need not carry them twice
 * (card-texts.ts). `unpackCard` gives the browser the very `DirectoryCard` the server rendered,
 * so hydration sees the same values.
 */
import type { CardPlace, DirectoryCard, LocalisedText, OrganisationKind } from './directory';

/** The bits of PackedCard's flags. */
const FLAG = {
	openNow: 1,
	free: 2,
	anonymous: 4,
	wheelchair: 8,
	onlineOnly: 16,
	onlyInGerman: 32,
	phone: 64
} as const;

type Flag = keyof typeof FLAG;

/** A description's language, and its provenance when that is not the source. */
type PackedDescription = [lang: string, provenance?: NonNullable<LocalisedText['provenance']>];

/**
 * One card without its texts. Trailing parts that are absent are left out; an absent part before
 * a present one is null.
 */
export type PackedCard = [
	slug: string,
	kind: OrganisationKind,
	flags: number,
	services: string[],
	languages: string[],
	description?: PackedDescription | null,
	place?: CardPlace['visibility'] | null,
	distanceM?: number
];

/**
 * The texts a card shows as they are, in the card's markup in this order: its name, then the
 * description, the place's line and the phone number where the card has them (else null).
 */
export type CardText = [
	name: string,
	description: string | null,
	placeLine: string | null,
	phone: string | null
];

/** The card as the page's data carries it: its codes and facts, and its texts. */
export function packCard(card: DirectoryCard): [PackedCard, CardText] {
	let flags = 0;
	for (const flag of Object.keys(FLAG) as Flag[]) {
		const set =
			flag === 'onlyInGerman'
				? card.description?.onlyInGerman
				: flag === 'phone'
					? card.phone !== null
					: card[flag];
		if (set) flags |= FLAG[flag];
	}
	const { description, place } = card;
	const packed: PackedCard = [
		card.slug,
		card.kind,
		flags,
		card.services,
		card.languages,
		description
			? description.provenance
				? [description.lang, description.provenance]
				: [description.lang]
			: null,
		place?.visibility ?? null
	];
	if (card.distanceM !== null) packed.push(card.distanceM);
	// The absent parts at the end go unsaid.
	while (packed.length > 5 && packed[packed.length - 1] === null) packed.pop();
	const text: CardText = [
		card.name,
		description?.text ?? null,
		place && place.visibility !== 'on_request' ? place.line : null,
		card.phone
	];
	return [packed, text];
}

/** The card a packed card and its texts stand for: the same values the server rendered. */
export function unpackCard(packed: PackedCard, text: CardText): DirectoryCard {
	const [slug, kind, flags, services, languages, description, visibility, distanceM] = packed;
	const [name, descriptionText, placeLine, phone] = text;
	const has = (flag: Flag) => (flags & FLAG[flag]) !== 0;
	return {
		slug,
		name,
		kind,
		distanceM: distanceM ?? null,
		openNow: has('openNow'),
		description: description
			? {
					text: descriptionText ?? '',
					lang: description[0],
					provenance: description[1] ?? null,
					onlyInGerman: has('onlyInGerman')
				}
			: null,
		free: has('free'),
		anonymous: has('anonymous'),
		wheelchair: has('wheelchair'),
		services,
		languages,
		place: !visibility
			? null
			: visibility === 'on_request'
				? { visibility: 'on_request' }
				: { visibility, line: placeLine ?? '' },
		onlineOnly: has('onlineOnly'),
		phone: has('phone') ? (phone ?? '') : null
	};
}
