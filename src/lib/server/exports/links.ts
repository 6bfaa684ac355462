/** Where an organisation's full page lives: exports and the embed widget link there. */
export function organisationPageUrl(origin: string, slug: string): string {
	return new URL(`/organisationen/${encodeURIComponent(slug)}`, origin).href;
}
