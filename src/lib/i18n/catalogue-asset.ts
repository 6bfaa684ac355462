import type { Catalogue } from './catalogue.ts';
import type { CataloguePart } from './catalogue-parts.ts';

/**
 * The message catalogue of one language as a cacheable asset (`/i18n/<locale>.json?v=<version>`,
 * with `&part=public` only the public pages' texts)
 * instead of inside every page's hydration data: the browser fetches it once per version and
 * language (the root layout preloads it), and every further page comes without it.
 */
export function catalogueUrl(locale: string, version: string, part: CataloguePart): string {
	return part === 'public'
		? `/i18n/${locale}.json?v=${version}&part=public`
		: `/i18n/${locale}.json?v=${version}`;
}

const fetched = new Map<string, Promise<Catalogue>>();

/** In the browser: the catalogue at that URL, fetched once (a failed fetch is tried again). */
export function fetchCatalogue(url: string): Promise<Catalogue> {
	let catalogue = fetched.get(url);
	if (!catalogue) {
		catalogue = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url} answered ${response.status}`);
			return response.json() as Promise<Catalogue>;
		});
		catalogue.catch(() => fetched.delete(url));
		fetched.set(url, catalogue);
	}
	return catalogue;
}
