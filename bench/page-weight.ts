/**
 * What `/verzeichnis` weighs on the wire, as the production server sends it (issue #13):
 *   - the HTML raw and compressed (brotli, gzip), with the Vary header it is sent with;
 *   - a phone's whole first load before the map: the HTML and everything the page preloads
 *     (scripts, styles, the message catalogue), each as the server compresses it for a browser
 *     that takes brotli. The map's chunk and its data come later, when the map is wanted.
 */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

export type PageWeight = {
	htmlRaw: number;
	htmlBrotli: number;
	htmlGzip: number;
	vary: string | null;
	/** Bytes on the wire of the HTML and what it preloads, and how many files that is. */
	firstLoad: number;
	files: number;
};

async function onTheWire(url: string, encodings: string): Promise<{ bytes: number; text: string }> {
	const response = await fetch(url, { headers: { 'accept-encoding': encodings } });
	// fetch decodes the body: the length on the wire is the header the server sent.
	const text = await response.text();
	const length = response.headers.get('content-length');
	const encoded = response.headers.has('content-encoding');
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return { bytes: length && encoded ? Number(length) : Buffer.byteLength(text), text };
}

/** The page's weight at `url` (a full URL of the production build). */
export async function measurePageWeight(url: string): Promise<PageWeight> {
	const raw = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
	const html = await raw.text();
	// SvelteKit names the scripts and styles in a Link header (rel=modulepreload / preload).
	const linked = (raw.headers.get('link') ?? '')
		.split(/,\s*(?=<)/)
		.map((entry) => /^<([^>]+)>/.exec(entry)?.[1])
		.filter((href): href is string => Boolean(href));
	const brotli = await onTheWire(url, 'br');
	const gzip = await onTheWire(url, 'gzip');
	// What the page asks for before it runs: module preloads, style sheets, fetch preloads.
	const links = [...html.matchAll(/<link\b[^>]*>/g)].map((match) => match[0]);
	const hrefs = links
		.filter((link) => /rel="(modulepreload|stylesheet|preload|icon)"/.test(link))
		.map((link) => /href="([^"]+)"/.exec(link)?.[1])
		.filter((href): href is string => Boolean(href))
		.concat(linked)
		.map((href) => new URL(href.replaceAll('&amp;', '&'), url).href);
	let firstLoad = brotli.bytes;
	for (const href of new Set(hrefs)) {
		firstLoad += (
			await onTheWire(new URL(href.replaceAll('&amp;', '&'), url).href, BROWSER_ENCODINGS)
		).bytes;
	}
	return {
		htmlRaw: Buffer.byteLength(html),
		htmlBrotli: brotli.bytes,
		htmlGzip: gzip.bytes,
		vary: brotli.text
			? (await fetch(url, { headers: { 'accept-encoding': 'br' } })).headers.get('vary')
			: null,
		firstLoad,
		files: new Set(hrefs).size + 1
	};
}
