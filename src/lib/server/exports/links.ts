/** Where an organisation's full page lives: exports and the embed widget link there. */
export function organisationPageUrl(origin: string, slug: string): string {
	return new URL(`/verzeichnis/${encodeURIComponent(slug)}`, origin).href;
}
