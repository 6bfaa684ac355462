/**
 * A tiny geocoder that speaks Nominatim's /search API (format jsonv2) for a small table of Kassel
 * postcodes, districts and addresses. The demo installation starts it when no GEOCODER_URL is set
 * (it has no internet; see cli.ts), and the tests use it in place of the public Nominatim, which
 * tests must neither depend on nor burden. It can be told to fail, to test the app's fallback.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type DemoPlace = {
	/** What a visitor may type: the place matches when the query contains one of these. */
	names: string[];
	lat: number;
	lon: number;
	/** The label without the trailing state and country, which follow the requested language. */
	label: string;
	addresstype: 'postcode' | 'suburb' | 'road' | 'city';
};

// Plausible centres (rounded), not surveyed points: good enough to sort a demo list by distance.
// names a visitor may type (separated by /) | lat | lon | kind | label before state and country
const KASSEL_TABLE = `
34117                  | 51.3155 | 9.4960 | postcode | 34117, Mitte, Kassel
34119                  | 51.3140 | 9.4690 | postcode | 34119, Vorderer Westen, Kassel
34121                  | 51.3000 | 9.4750 | postcode | 34121, Wehlheiden, Kassel
34123                  | 51.3030 | 9.5300 | postcode | 34123, Bettenhausen, Kassel
34125                  | 51.3260 | 9.5150 | postcode | 34125, Wesertor, Kassel
34127                  | 51.3300 | 9.4970 | postcode | 34127, Nord-Holland, Kassel
34128                  | 51.3350 | 9.4450 | postcode | 34128, Harleshausen, Kassel
34130                  | 51.3230 | 9.4620 | postcode | 34130, Kirchditmold, Kassel
34131                  | 51.3100 | 9.4300 | postcode | 34131, Bad Wilhelmshöhe, Kassel
34132                  | 51.2800 | 9.4550 | postcode | 34132, Oberzwehren, Kassel
34134                  | 51.2850 | 9.4800 | postcode | 34134, Niederzwehren, Kassel
königsplatz            | 51.3166 | 9.4966 | road     | Königsplatz, Mitte, Kassel
friedrichsplatz        | 51.3128 | 9.4976 | road     | Friedrichsplatz, Mitte, Kassel
holländische straße    | 51.3290 | 9.4960 | road     | Holländische Straße, Nord-Holland, Kassel
wilhelmshöher allee    | 51.3130 | 9.4650 | road     | Wilhelmshöher Allee, Kassel-West, Kassel
leipziger straße       | 51.3050 | 9.5250 | road     | Leipziger Straße, Bettenhausen, Kassel
nord-holland/nordstadt | 51.3290 | 9.4930 | suburb   | Nord-Holland, Kassel
wesertor               | 51.3230 | 9.5050 | suburb   | Wesertor, Kassel
bettenhausen           | 51.3100 | 9.5350 | suburb   | Bettenhausen, Kassel
rothenditmold          | 51.3290 | 9.4680 | suburb   | Rothenditmold, Kassel
wilhelmshöhe           | 51.3130 | 9.4250 | suburb   | Bad Wilhelmshöhe, Kassel
kassel                 | 51.3155 | 9.4977 | city     | Kassel
`;

const KASSEL_PLACES: DemoPlace[] = KASSEL_TABLE.trim()
	.split('\n')
	.map((line) => {
		const [names = '', lat, lon, addresstype, label = ''] = line
			.split('|')
			.map((cell) => cell.trim());
		return {
			names: names.split('/'),
			lat: Number(lat),
			lon: Number(lon),
			label,
			addresstype: addresstype as DemoPlace['addresstype']
		};
	});

// Real Nominatim names the state and country in the requested language; so does this one.
const REGION: Record<string, string> = {
	de: 'Hessen, Deutschland',
	en: 'Hesse, Germany',
	tr: 'Hessen, Almanya',
	ar: 'هسن, ألمانيا',
	uk: 'Гессен, Німеччина'
};

function findPlace(query: string): DemoPlace | undefined {
	const text = query.toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
	if (!text) return undefined;
	// The longest name that matches is the most specific: "Königsplatz, Kassel" is the square,
	// not the city, and "Wilhelmshöher Allee 73" the street, not the district Wilhelmshöhe.
	const candidates = KASSEL_PLACES.flatMap((place) => place.names.map((name) => ({ name, place })))
		.filter(({ name }) => text.includes(name))
		.sort((a, b) => b.name.length - a.name.length);
	return candidates[0]?.place;
}

// What Nominatim reports for such places: the main OSM tag and the place's rank.
const OSM_CLASS = {
	postcode: { category: 'boundary', type: 'postal_code', place_rank: 21 },
	road: { category: 'highway', type: 'primary', place_rank: 26 },
	suburb: { category: 'place', type: 'suburb', place_rank: 19 },
	city: { category: 'boundary', type: 'administrative', place_rank: 16 }
} satisfies Record<DemoPlace['addresstype'], object>;

function jsonv2(place: DemoPlace, index: number, language: string) {
	const region = REGION[language.split(/[,;-]/)[0] ?? 'de'] ?? REGION.de;
	const name = place.label.split(',')[0]!;
	return {
		place_id: 100_000 + index,
		licence: 'Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright',
		osm_type: place.addresstype === 'road' ? 'way' : 'relation',
		osm_id: 200_000 + index,
		lat: place.lat.toFixed(7),
		lon: place.lon.toFixed(7),
		...OSM_CLASS[place.addresstype],
		importance: 0.1,
		addresstype: place.addresstype,
		name,
		display_name: `${place.label}, ${region}`,
		boundingbox: [
			(place.lat - 0.01).toFixed(7),
			(place.lat + 0.01).toFixed(7),
			(place.lon - 0.01).toFixed(7),
			(place.lon + 0.01).toFixed(7)
		]
	};
}

export type NominatimFailure = 'error' | 'slow' | 'garbage' | null;

export type NominatimServer = {
	url: string;
	/** How many /search requests arrived (so tests can prove what was served from a cache). */
	requests(): number;
	/** The last /search request's URL and User-Agent. */
	lastRequest(): { url: URL; userAgent: string | undefined } | undefined;
	/** From now on: answer 500, never answer in time, answer nonsense, or normally again (null). */
	fail(mode: NominatimFailure): void;
	stop(): Promise<void>;
};

export async function startNominatimServer(
	options: { port?: number; slowMs?: number } = {}
): Promise<NominatimServer> {
	let count = 0;
	let last: { url: URL; userAgent: string | undefined } | undefined;
	let failure: NominatimFailure = null;
	const slowMs = options.slowMs ?? 30_000;

	function answer(response: ServerResponse, status: number, body: unknown) {
		response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
		response.end(JSON.stringify(body));
	}

	function handle(request: IncomingMessage, response: ServerResponse) {
		const url = new URL(request.url ?? '/', 'http://nominatim.local');
		if (url.pathname !== '/search') return answer(response, 404, { error: 'not found' });
		count += 1;
		last = { url, userAgent: request.headers['user-agent'] };
		if (failure === 'error') return answer(response, 500, { error: 'internal error' });
		if (failure === 'garbage') return answer(response, 200, { results: 'not a place list' });
		if (failure === 'slow') {
			const timer = setTimeout(() => answer(response, 200, []), slowMs);
			response.on('close', () => clearTimeout(timer));
			return;
		}
		const query = url.searchParams.get('q');
		if (!query)
			return answer(response, 400, { error: { code: 400, message: 'Nothing to search for.' } });
		const countries = url.searchParams.get('countrycodes');
		if (countries && !countries.split(',').includes('de')) return answer(response, 200, []);
		const place = findPlace(query);
		const language =
			url.searchParams.get('accept-language') ?? request.headers['accept-language'] ?? 'de';
		answer(response, 200, place ? [jsonv2(place, KASSEL_PLACES.indexOf(place), language)] : []);
	}

	const server = createServer(handle);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests: () => count,
		lastRequest: () => last,
		fail: (mode) => {
			failure = mode;
		},
		stop: () =>
			new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				// Requests held by the "slow" mode would keep the server open.
				server.closeAllConnections();
			})
	};
}
