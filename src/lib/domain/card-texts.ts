/**
 * The texts of the directory's result cards (name, description, address line, phone: about half
 * the list's data) travel to the browser once. A page's HTML shows them already, so the data
 * inlined in that HTML leaves them out and the browser reads them back from the cards' markup
 * before it hydrates (the `CardTexts` transport in src/hooks.ts); the data a navigation inside
 * the app fetches (`__data.json`) has no such markup beside it and carries them.
 */
import type { CardText } from './directory-card-wire';

export class CardTexts {
	readonly texts: CardText[];
	/** Rendered into a page's HTML (not a data request): the browser reads them there. */
	readonly inHtml: boolean;

	constructor(texts: CardText[], inHtml: boolean) {
		this.texts = texts;
		this.inHtml = inHtml;
	}
}

/**
 * The cards' texts as ResultCard.svelte renders them, in the order of the list: the text of an
 * element that shows a card's text alone is that text, exactly.
 */
export function readCardTexts(root: ParentNode): CardText[] {
	const text = (card: Element, selector: string) =>
		card.querySelector(selector)?.textContent ?? null;
	return [...root.querySelectorAll('.result-list > li > article')].map((card) => [
		text(card, 'h3 bdi') ?? '',
		text(card, ':scope > p.description'),
		text(card, ':scope > p > bdi[dir="ltr"]'),
		text(card, ':scope > p > a[href^="tel:"] > bdi')
	]);
}
