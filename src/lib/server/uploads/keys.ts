/**
 * Object keys for the Storage API. Supabase Storage accepts only ASCII letters, digits and a few
 * marks in a key (storage-contract.md §8: no umlauts, no `%`, `#` or `~`), and a key names a file in
 * a public URL: it is made here from ids and a normalised file name, never from what a browser sent.
 */

const TRANSLITERATIONS: Record<string, string> = {
	ä: 'ae',
	ö: 'oe',
	ü: 'ue',
	Ä: 'Ae',
	Ö: 'Oe',
	Ü: 'Ue',
	ß: 'ss',
	ẞ: 'SS',
	æ: 'ae',
	Æ: 'Ae',
	ø: 'o',
	Ø: 'O',
	œ: 'oe',
	Œ: 'Oe',
	ł: 'l',
	Ł: 'L',
	đ: 'd',
	Đ: 'D',
	ı: 'i'
};

const MAX_STEM = 60;

/**
 * A file name's stem as a key segment: German letters spelt out (`Bescheid Förderung` →
 * `bescheid-foerderung`), other accents dropped, everything outside `a–z 0–9 - _` a hyphen, at most
 * 60 characters; `datei` when nothing is left (a name in Arabic or Cyrillic script, say).
 */
export function keySegment(fileName: string): string {
	const stem = fileName.replace(/\.[^./\\]*$/, '');
	const spelt = stem.replace(/[äöüÄÖÜßẞæÆøØœŒłŁđĐı]/g, (letter) => TRANSLITERATIONS[letter]!);
	const ascii = spelt.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	const segment = ascii
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^[-_]+|[-_]+$/g, '')
		.slice(0, MAX_STEM)
		.replace(/[-_]+$/, '');
	return segment || 'datei';
}

/** The characters Supabase Storage allows in a key (storage-contract.md §8). */
const KEY_CHARACTERS = /^[A-Za-z0-9_/!\-.*'() &$=@;:+,?]+$/;

export function isValidObjectKey(key: string): boolean {
	return (
		KEY_CHARACTERS.test(key) &&
		!key.startsWith('/') &&
		key.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
	);
}

const randomPart = () => crypto.randomUUID().slice(0, 8);

/**
 * Where an organisation's logo goes: a new key on every upload, so that the public URL can be
 * cached for a year and a replaced logo is never served stale.
 */
export function logoKey(organisationId: string, extension: string): string {
	return `${organisationId}/logo-${randomPart()}.${extension}`;
}

/**
 * Where an application's document goes. The folder is the application, which the storage
 * policies resolve to its organisation: a document stays with its application.
 */
export function applicationDocumentKey(
	applicationId: string,
	fileName: string,
	extension: string
): string {
	return `applications/${applicationId}/${randomPart()}-${keySegment(fileName)}.${extension}`;
}
