import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { createServerClient } from '@supabase/ssr';
import { createClient } from '@supabase/supabase-js';
import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { negotiateLocale, textDirection } from '$lib/i18n/locales';
import {
	asUnavailable,
	authCouldNotDecide,
	BackendUnavailableError,
	reportingFetch
} from '$lib/server/backend';
import { compressResponse } from '$lib/server/compression';
import { directoryDataVersion } from '$lib/server/data-version';
import { searchCacheTtlMs } from '$lib/server/directory';
import {
	batchedReads,
	createSharedPageCache,
	isShareableRequest,
	isShareableResponse,
	sharedPageKey
} from '$lib/server/page-cache';
import { hasSessionCookie, sessionCookieOptions } from '$lib/server/session-cookie';
import { supabaseConfig } from '$lib/server/supabase';
import { allowStorageImages } from '$lib/server/uploads/csp';
import type { Database } from '$lib/database.types';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The signed-in user, confirmed by Auth. Auth being unreachable (or its database down) is not a
 * signed-out visitor: that throws, so that guards do not send a staff member to the sign-in page
 * in the middle of their work.
 */
async function verifySession(supabase: App.Locals['supabase'], onUnavailable: () => void) {
	const {
		data: { session },
		error: refreshError
	} = await supabase.auth.getSession();
	// An expired access token is refreshed here: Auth being down then is not a signed-out visitor.
	if (refreshError && authCouldNotDecide(refreshError)) {
		onUnavailable();
		throw new BackendUnavailableError('Auth');
	}
	if (!session) return { session: null, user: null };
	// The cookie could be forged: only Auth can say whether the token is valid.
	const {
		data: { user },
		error
	} = await supabase.auth.getUser();
	if (error && authCouldNotDecide(error)) {
		onUnavailable();
		throw new BackendUnavailableError('Auth');
	}
	if (error) return { session: null, user: null };
	return { session, user };
}

/**
 * Auth limits sign-in attempts per client address; without this every visitor would share the
 * app server's address and one abuser could lock everyone out. The embedded auth service
 * believes the address only with the installation's forwarding secret (AUTH_FORWARDING_SECRET,
 * set by the stack), so nobody else can pick their own address to dodge the limit.
 */
function forwardedFor(clientAddress: string): Record<string, string> {
	const secret = env.AUTH_FORWARDING_SECRET;
	return secret
		? { 'x-forwarded-for': clientAddress, 'x-forwarded-for-secret': secret }
		: { 'x-forwarded-for': clientAddress };
}

/** One Supabase client per request, reading and writing the session cookies (as Supabase documents). */
const supabase: Handle = async ({ event, resolve }) => {
	const { url, anonKey } = supabaseConfig();
	// Whether Supabase was down for this request: a page that failed then answers 503, not 500.
	let backendDown = false;
	const markDown = () => {
		backendDown = true;
	};
	event.locals.supabase = createServerClient<Database>(url, anonKey, {
		global: {
			headers: forwardedFor(event.getClientAddress()),
			fetch: reportingFetch(markDown)
		},
		cookies: {
			getAll: () => event.cookies.getAll(),
			setAll: (cookiesToSet) => {
				for (const { name, value, options } of cookiesToSet) {
					event.cookies.set(name, value, sessionCookieOptions(options));
				}
			}
		}
	});

	// Layout, guard and page all ask; Auth is asked once per request.
	let verified: ReturnType<App.Locals['safeGetSession']> | undefined;
	event.locals.safeGetSession = () => (verified ??= verifySession(event.locals.supabase, markDown));

	const response = await resolve(event, {
		filterSerializedResponseHeaders: (name) =>
			name === 'content-range' || name === 'x-supabase-api-version'
	});
	return backendDown && response.status === 500 ? asUnavailable(response) : response;
};

/** The page language: `?lang=` (remembered in a cookie), the cookie, then Accept-Language. */
const locale: Handle = async ({ event, resolve }) => {
	const requested = event.url.searchParams.get('lang');
	const chosen = negotiateLocale(
		[requested, event.cookies.get('lang')],
		event.request.headers.get('accept-language')
	);
	if (requested === chosen) {
		event.cookies.set('lang', chosen, {
			path: '/',
			maxAge: ONE_YEAR,
			httpOnly: false,
			sameSite: 'lax'
		});
	}
	event.locals.locale = chosen;
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', chosen).replace('%dir%', textDirection(chosen))
	});
};

const sharedPages = createSharedPageCache(300);
let anonymousClient: App.Locals['supabase'] | undefined;
const pageDataVersion = batchedReads(() => {
	const { url, anonKey } = supabaseConfig();
	anonymousClient ??= createClient<Database>(url, anonKey, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
	});
	return directoryDataVersion(anonymousClient);
});

/**
 * The public directory's pages kept for anonymous visitors, as a reverse proxy in front would
 * keep them: only GET without a session (any cookie but the language's makes a request the
 * visitor's own), only a 200 that sets no cookie; keyed by the URL, the language and the
 * directory's data version, read after the request arrived (an edit, a place made confidential,
 * shows in the very next answer; requests arriving together share the read); for as long as the
 * search it shows (DIRECTORY_CACHE_SECONDS; 0 switches both off). A kept page names its scripts'
 * hashes in its content security policy instead of the nonce it was rendered with, which it
 * would otherwise give to everyone (page-cache.ts).
 */
const sharedPageCache: Handle = async ({ event, resolve }) => {
	const ttl = searchCacheTtlMs();
	const shareable =
		ttl > 0 &&
		isShareableRequest({
			method: event.request.method,
			url: event.url,
			routeId: event.route.id,
			cookieNames: event.cookies.getAll().map((cookie) => cookie.name),
			authorization: event.request.headers.has('authorization'),
			// Such a request's URL is the page's own (without __data.json): never the page's answer.
			dataRequest: event.isDataRequest || event.isSubRequest
		});
	if (!shareable) return resolve(event);
	let version: number;
	try {
		version = await pageDataVersion();
	} catch {
		// Without the version nothing kept can be trusted: the page as if there were no cache.
		return resolve(event);
	}
	const key = sharedPageKey(version, event.locals.locale, event.url);
	const kept = sharedPages.answer(key, event.request);
	if (kept) return kept;
	const started = Date.now();
	const response = await resolve(event);
	if (!isShareableResponse(response)) return response;
	return sharedPages.keep(key, response, event.locals.sharedUntil ?? started + ttl);
};

/** No trackers, no embedding by strangers, no sniffing: safe defaults for every response. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('permissions-policy', 'camera=(), microphone=(), interest-cohort=()');
	// Pages carry SvelteKit's content security policy (svelte.config.js); who may frame them is
	// added here, because it differs for the embed widget.
	const embed = event.url.pathname.startsWith('/embed');
	// The widget is made to be framed by partners: by any site, or those in EMBED_FRAME_ANCESTORS.
	// The open-data page's preview frames it on this site too.
	const partners = env.EMBED_FRAME_ANCESTORS ? `'self' ${env.EMBED_FRAME_ANCESTORS}` : '*';
	const ancestors = embed ? partners : "'none'";
	const pagePolicy = response.headers.get('content-security-policy');
	const policy = pagePolicy && allowStorageImages(pagePolicy, publicEnv.PUBLIC_SUPABASE_URL ?? '');
	response.headers.set(
		'content-security-policy',
		policy ? `${policy}; frame-ancestors ${ancestors}` : `frame-ancestors ${ancestors}`
	);
	if (!embed) response.headers.set('x-frame-options', 'DENY');
	return response;
};

/** Pages and JSON compressed on the wire (brotli or gzip, with Vary), as a server in front would. */
const compression: Handle = async ({ event, resolve }) =>
	compressResponse(event.request, await resolve(event));

// Route groups whose every answer belongs to one person (or sets their session).
const PERSONAL_ROUTES = ['/(portal)/', '/(office)/', '/auth/'];

/**
 * What a signed-in person sees (their name in the header, their organisations, the office) and
 * every answer of sign-in, portal and office is theirs alone: no browser history cache or shared
 * cache may keep it. A request with session cookies counts as signed in, whether or not Auth
 * still accepts them.
 */
const personalCaching: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const route = `${event.route.id ?? ''}/`;
	const personal =
		PERSONAL_ROUTES.some((prefix) => route.startsWith(prefix)) ||
		hasSessionCookie(event.cookies.getAll().map((cookie) => cookie.name));
	if (personal) response.headers.set('cache-control', 'private, no-store');
	return response;
};

export const handle = sequence(
	compression,
	securityHeaders,
	personalCaching,
	locale,
	sharedPageCache,
	supabase
);
