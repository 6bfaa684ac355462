import type { Catalogue } from './catalogue.ts';
import { isSignedInKey, type CataloguePart } from './catalogue-parts.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import { ar } from './messages/ar.ts';
import { de, type Messages } from './messages/de.ts';
import { en } from './messages/en.ts';
import { tr } from './messages/tr.ts';
import { uk } from './messages/uk.ts';

/**
 * All five languages' texts, for the server only: `$lib/server/i18n` and the root layout's
 * server-side render import this; the browser fetches one language as an asset
 * (catalogue-asset.ts) and never this module.
 */

// Languages other than German may be incomplete; a missing text falls back to German.
const sources: Record<Locale, Partial<Messages>> = { de, en, tr, ar, uk };
const catalogues = Object.fromEntries(
	LOCALES.map((locale) => [locale, { ...sources[DEFAULT_LOCALE], ...sources[locale] }])
) as Record<Locale, Catalogue>;

const publicCatalogues = Object.fromEntries(
	LOCALES.map((locale) => [
		locale,
		Object.fromEntries(Object.entries(catalogues[locale]).filter(([key]) => !isSignedInKey(key)))
	])
) as Record<Locale, Catalogue>;

/**
 * The texts in `locale`, German filling the gaps: what the page's `t()` reads. All of them, or
 * only the public pages' (catalogue-parts.ts).
 */
export function catalogueFor(locale: Locale, part: CataloguePart = 'all'): Catalogue {
	return part === 'public' ? publicCatalogues[locale] : catalogues[locale];
}

/** Names the texts of this build: a new text gives a new asset URL, so old caches never serve it. */
export const CATALOGUE_VERSION = fnv1a(JSON.stringify(catalogues));

/** A short, stable hash of a text (FNV-1a, 32 bits, base 36): enough to tell versions apart. */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(36);
}
