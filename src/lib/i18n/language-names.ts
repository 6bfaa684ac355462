/**
 * Language names from the runtime's Intl data. The server and the browser carry different
 * versions of that data (a browser may lack a name the server has, or spell it otherwise), so
 * a page must not compute them twice: the server computes the table for the page's language
 * (`languageNameTable`, sent with the root layout's data) and components read it, falling back to
 * Intl only for a code the table lacks.
 */
export type LanguageNameTable = Record<string, [name: string, native: string]>;

// Asked for dozens of times per page; building an Intl.DisplayNames each time was a sixth of
// the directory page's server time. The set of locales × codes is small, so the names are kept.
const cache = new Map<string, string>();

/** "Arabic" for an English reader, "Arabisch" for a German one; the code if the runtime lacks it. */
export function intlLanguageName(code: string, locale: string): string {
	const key = `${locale}:${code}`;
	let name = cache.get(key);
	if (name === undefined) {
		try {
			name =
				new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
		} catch {
			name = code;
		}
		cache.set(key, name);
	}
	return name;
}

/** Each language's name in `locale` and in itself. */
export function languageNameTable(codes: readonly string[], locale: string): LanguageNameTable {
	return Object.fromEntries(
		// A pair, not an object: the table is part of every page's data.
		codes.map((code) => [code, [intlLanguageName(code, locale), intlLanguageName(code, code)]])
	);
}
