import type { Transport } from '@sveltejs/kit';
import { CardTexts, readCardTexts } from '$lib/domain/card-texts';

/** Values that cross from the server's data to the browser's in a form of their own. */
export const transport: Transport = {
	CardTexts: {
		encode: (value) =>
			value instanceof CardTexts && (value.inHtml ? ['html'] : ['data', value.texts]),
		decode: ([from, texts]) =>
			new CardTexts(from === 'html' ? readCardTexts(document) : texts, false)
	}
};
