import { env } from '$env/dynamic/private';
import { createServerClient } from '@supabase/ssr';
import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { negotiateLocale, textDirection } from '$lib/i18n/locales';
import { compressResponse } from '$lib/server/compression';
import { supabaseConfig } from '$lib/server/supabase';
import type { Database } from '$lib/database.types';

const ONE_YEAR = 60 * 60 * 24 * 365;

async function verifySession(supabase: App.Locals['supabase']) {
	const {
		data: { session }
	} = await supabase.auth.getSession();
	if (!session) return { session: null, user: null };
	// The cookie could be forged: only Auth can say whether the token is valid.
	const {
		data: { user },
		error
	} = await supabase.auth.getUser();
	if (error) return { session: null, user: null };
	return { session, user };
}

/** One Supabase client per request, reading and writing the session cookies (as Supabase documents). */
const supabase: Handle = async ({ event, resolve }) => {
	const { url, anonKey } = supabaseConfig();
	event.locals.supabase = createServerClient<Database>(url, anonKey, {
		// Auth limits sign-in attempts per client address; without this every visitor would share
		// the app server's address and one abuser could lock everyone out.
		global: { headers: { 'x-forwarded-for': event.getClientAddress() } },
		cookies: {
			getAll: () => event.cookies.getAll(),
			setAll: (cookiesToSet) => {
				for (const { name, value, options } of cookiesToSet) {
					event.cookies.set(name, value, { ...options, path: '/' });
				}
			}
		}
	});

	// Layout, guard and page all ask; Auth is asked once per request.
	let verified: ReturnType<App.Locals['safeGetSession']> | undefined;
	event.locals.safeGetSession = () => (verified ??= verifySession(event.locals.supabase));

	return resolve(event, {
		filterSerializedResponseHeaders: (name) =>
			name === 'content-range' || name === 'x-supabase-api-version'
	});
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
	const ancestors = embed ? env.EMBED_FRAME_ANCESTORS || '*' : "'none'";
	const policy = response.headers.get('content-security-policy');
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

export const handle = sequence(compression, securityHeaders, locale, supabase);
