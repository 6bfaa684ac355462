/**
 * The directory's network filter offers every published network (a hundred in a city): in the
 * page's HTML, so that the filter works without JavaScript, but not a second time in the page's
 * hydration data, which every visitor downloads and the server serialises on every request.
 * The server's load hands the list to the server-side rendering through this holder (the same
 * public list for every visitor, kept a minute by loadVocabularies); the browser fetches it from
 * NETWORKS_URL when someone is about to choose (NetworkSelect.svelte).
 */
export type NetworkOption = { slug: string; name: string };
/** What the filter's rendered `<option>` says: its value (the slug) and its text (the name). */
type NetworkOptionElement = { value: string; text: string };

export const NETWORKS_URL = '/verzeichnis/netzwerke.json';

/** The filter's id: its label points at it, and the browser finds the rendered options by it. */
export const NETWORK_FIELD_ID = 'directory-network';

let rendered: readonly NetworkOption[] = [];

/** On the server: the networks the next rendering of the filter offers. */
export function renderNetworks(networks: readonly NetworkOption[]): void {
	rendered = networks;
}

/** On the server: the networks to render as options. */
export function renderedNetworks(): readonly NetworkOption[] {
	return rendered;
}

/**
 * In the browser, while the server's page is being hydrated: the networks the server rendered
 * into the filter, read from the page itself (null when it holds no filter, e.g. after arriving
 * from another page inside the app). Hydrating with the same list keeps every option there from
 * the first moment; hydrating with fewer removed them until the list had been fetched, so
 * someone tabbing straight into the field on a slow phone met a list of one.
 */
export function networksInPage(page: {
	getElementById(id: string): { id: string; options?: ArrayLike<NetworkOptionElement> } | null;
}): NetworkOption[] | null {
	const options = page.getElementById(NETWORK_FIELD_ID)?.options;
	if (!options) return null;
	return Array.from(options)
		.filter((option) => option.value !== '')
		.map((option) => ({ slug: option.value, name: option.text }));
}

let fetched: Promise<NetworkOption[]> | null = null;

/** In the browser: the published networks, fetched once per page view (a failure is retried). */
export function fetchNetworks(): Promise<NetworkOption[]> {
	fetched ??= fetch(NETWORKS_URL).then((response) => {
		if (!response.ok) throw new Error(`${NETWORKS_URL} answered ${response.status}`);
		return response.json() as Promise<NetworkOption[]>;
	});
	fetched.catch(() => (fetched = null));
	return fetched;
}

/**
 * The options to show: every network once known, else the chosen one alone (so that a search
 * sent before the list arrived keeps its network).
 */
export function networkOptions(
	known: readonly NetworkOption[] | null,
	chosen: NetworkOption | null
): readonly NetworkOption[] {
	if (known) return known;
	return chosen ? [chosen] : [];
}
