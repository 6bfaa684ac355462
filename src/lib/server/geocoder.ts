import { env } from '$env/dynamic/private';
import { z } from 'zod';
import { createLruCache } from './lru-cache.ts';

/**
 * "Near me" by postcode or address: a place typed in is resolved through a geocoder that speaks
 * Nominatim's search API (the public OpenStreetMap instance, an own instance, or the demo/test
 * fake in stack/demo-geocoder.ts). Answers are cached per process, so a popular postcode costs
 * one request a week, and requests to the public instance are spaced out as its usage policy asks.
 */

export type GeocodedPlace = { latitude: number; longitude: number; label: string };
export type GeocodeResult =
	{ ok: true; place: GeocodedPlace } | { ok: false; reason: 'not_found' | 'unavailable' };
export type GeocodeOptions = { locale: string };
export type Geocoder = (text: string, options: GeocodeOptions) => Promise<GeocodeResult>;

export const PUBLIC_NOMINATIM_URL = 'https://nominatim.openstreetmap.org';
/** Kassel and the towns around it, as Nominatim's viewbox (lon,lat of two corners). */
export const KASSEL_VIEWBOX = '9.30,51.40,9.65,51.22';
const MAX_QUERY_LENGTH = 200;

const NOT_FOUND: GeocodeResult = { ok: false, reason: 'not_found' };
const UNAVAILABLE: GeocodeResult = { ok: false, reason: 'unavailable' };

const DAY_MS = 24 * 60 * 60 * 1000;
const viewboxSchema = z
	.string()
	.regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/, 'GEOCODER_VIEWBOX is lon1,lat1,lon2,lat2');
const flagSchema = z
	.enum(['1', 'true', '0', 'false'])
	.transform((flag) => flag === '1' || flag === 'true');

export const geocoderConfigSchema = z.object({
	url: z.url().transform((url) => url.replace(/\/+$/, '')),
	userAgent: z.string().min(1),
	/** Results inside it rank first; with `bounded` nothing outside it is returned. */
	viewbox: viewboxSchema.optional(),
	bounded: z.boolean(),
	countryCodes: z.string().regex(/^[a-z]{2}(,[a-z]{2})*$/),
	timeoutMs: z.number().int().positive(),
	/** Spacing between two requests; the public instance allows one a second. */
	minIntervalMs: z.number().int().min(0),
	cacheSize: z.number().int().positive(),
	foundTtlMs: z.number().int().positive(),
	/** Shorter: a place missing today may be mapped tomorrow, and typos should not pile up. */
	notFoundTtlMs: z.number().int().positive()
});
export type GeocoderConfig = z.output<typeof geocoderConfigSchema>;

/** The configuration from the server's environment; see README "Geocoder". */
export function geocoderConfig(source: Record<string, string | undefined>): GeocoderConfig {
	const url = z.url().parse(source.GEOCODER_URL || PUBLIC_NOMINATIM_URL, {
		error: () => 'GEOCODER_URL is not a URL'
	});
	const origin = source.ORIGIN || source.PUBLIC_SITE_URL;
	const publicInstance = new URL(url).hostname === new URL(PUBLIC_NOMINATIM_URL).hostname;
	return geocoderConfigSchema.parse({
		url,
		userAgent: source.GEOCODER_USER_AGENT || `Buendnisatlas/0.1${origin ? ` (+${origin})` : ''}`,
		viewbox:
			source.GEOCODER_VIEWBOX === undefined ? KASSEL_VIEWBOX : source.GEOCODER_VIEWBOX || undefined,
		bounded: flagSchema.parse(source.GEOCODER_BOUNDED || 'false'),
		countryCodes: source.GEOCODER_COUNTRY_CODES || 'de',
		timeoutMs: 3_000,
		minIntervalMs: source.GEOCODER_MIN_INTERVAL_MS
			? Number(source.GEOCODER_MIN_INTERVAL_MS)
			: publicInstance
				? 1_000
				: 0,
		cacheSize: 2_000,
		foundTtlMs: 7 * DAY_MS,
		notFoundTtlMs: DAY_MS / 24
	});
}

/** The cache key's text: "  34117 Kassel " and "34117   kassel" are the same question. */
export function normaliseQuery(text: string): string {
	return text.trim().toLocaleLowerCase('de').replace(/\s+/g, ' ');
}

/** Nominatim's /search for one best match, biased towards (or bounded to) the city. */
export function searchUrl(config: GeocoderConfig, query: string, locale: string): URL {
	const url = new URL(`${config.url}/search`);
	url.searchParams.set('q', query);
	url.searchParams.set('format', 'jsonv2');
	url.searchParams.set('limit', '1');
	url.searchParams.set('addressdetails', '0');
	url.searchParams.set('countrycodes', config.countryCodes);
	if (config.viewbox) {
		url.searchParams.set('viewbox', config.viewbox);
		url.searchParams.set('bounded', config.bounded ? '1' : '0');
	}
	url.searchParams.set('accept-language', locale);
	return url;
}

// Nominatim sends coordinates as strings; everything else of a place we do not need.
const coordinate = (limit: number) =>
	z.string().trim().min(1).transform(Number).pipe(z.number().min(-limit).max(limit));
const searchResponseSchema = z.array(
	z.object({ lat: coordinate(90), lon: coordinate(180), display_name: z.string() })
);

/** The first place of a jsonv2 /search answer; an answer of another shape means "unavailable". */
export function placeFromSearchResponse(body: unknown): GeocodeResult {
	const parsed = searchResponseSchema.safeParse(body);
	if (!parsed.success) return UNAVAILABLE;
	const [first] = parsed.data;
	if (!first) return NOT_FOUND;
	return {
		ok: true,
		place: { latitude: first.lat, longitude: first.lon, label: first.display_name }
	};
}

/**
 * Reserves the next free slot for a request and says how long to wait for it, or null when the
 * queue is so long that the caller would wait longer than `maxWaitMs`: a visitor is then better
 * served by "unavailable" now than by a page that hangs.
 */
export function createRequestSpacing(minIntervalMs: number) {
	let nextSlot = 0;
	return function reserve(now: number, maxWaitMs: number): number | null {
		const start = Math.max(now, nextSlot);
		if (start - now > maxWaitMs) return null;
		nextSlot = start + minIntervalMs;
		return start - now;
	};
}

export function createGeocoder(config: GeocoderConfig): Geocoder {
	const cache = createLruCache<GeocodeResult>(config.cacheSize);
	// Two visitors asking for the same postcode at once share one request.
	const pending = new Map<string, Promise<GeocodeResult>>();
	const reserve = createRequestSpacing(config.minIntervalMs);

	async function ask(query: string, locale: string): Promise<GeocodeResult> {
		const wait = reserve(Date.now(), config.timeoutMs);
		if (wait === null) return UNAVAILABLE;
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		try {
			const response = await fetch(searchUrl(config, query, locale), {
				headers: { 'user-agent': config.userAgent, accept: 'application/json' },
				signal: AbortSignal.timeout(config.timeoutMs)
			});
			if (!response.ok) {
				console.warn(`geocoder: ${config.url} answered ${response.status}`);
				return UNAVAILABLE;
			}
			const result = placeFromSearchResponse(await response.json());
			if (!result.ok && result.reason === 'unavailable') {
				console.warn(`geocoder: ${config.url} answered in an unexpected format`);
			}
			return result;
		} catch (error) {
			// A timeout is a TimeoutError; a refused connection says why in its cause.
			const why = (error as Error & { cause?: { code?: string } }).cause?.code;
			console.warn(`geocoder: ${config.url} did not answer (${why ?? (error as Error).name})`);
			return UNAVAILABLE;
		}
	}

	return async function geocode(text, { locale }) {
		const query = normaliseQuery(text);
		if (!query || query.length > MAX_QUERY_LENGTH) return NOT_FOUND;
		const key = `${locale}\n${query}`;
		const cached = cache.get(key);
		if (cached) return cached;
		const inFlight = pending.get(key);
		if (inFlight) return inFlight;
		const lookup = ask(query, locale)
			.then((result) => {
				// "Unavailable" is the geocoder's problem of the moment, not an answer to keep.
				if (result.ok) cache.set(key, result, config.foundTtlMs);
				else if (result.reason === 'not_found') cache.set(key, result, config.notFoundTtlMs);
				return result;
			})
			.finally(() => pending.delete(key));
		pending.set(key, lookup);
		return lookup;
	};
}

let configured: Geocoder | undefined;

/**
 * Resolves a postcode or address typed in by a visitor to a point, with the label in the
 * visitor's language. A geocoder that is down, slow or confused answers `unavailable` rather
 * than throwing; only a misconfigured environment (say, GEOCODER_URL not a URL) throws.
 */
export function geocode(text: string, options: GeocodeOptions): Promise<GeocodeResult> {
	configured ??= createGeocoder(geocoderConfig(env));
	return configured(text, options);
}
