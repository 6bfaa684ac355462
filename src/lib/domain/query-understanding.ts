/**
 * What the directory search read out of the visitor's words (see the migration
 * 20261201090100): vocabulary terms that act as filters, and words in another language searched
 * as the German word the entries use. The page names them, so the visitor sees why the results
 * are what they are and can ask for the words as written instead.
 */
export const UNDERSTOOD_VOCABULARIES = [
	'discrimination_grounds',
	'counselling_types',
	'life_areas',
	'languages',
	'access_modes',
	'kinds',
	'word'
] as const;

export type UnderstoodTerm = {
	vocabulary: (typeof UNDERSTOOD_VOCABULARIES)[number];
	code: string;
	/** The visitor's words that named it, lower case. */
	phrase: string;
};
