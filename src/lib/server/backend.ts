import type { RequestEvent } from '@sveltejs/kit';
import { isAuthRetryableFetchError, type AuthError } from '@supabase/supabase-js';

/**
 * Supabase (Auth, PostgREST, or the database behind them) cannot answer right now. That is not a
 * "no": a session that cannot be checked is not a signed-out visitor, and a form that cannot be
 * saved is given back to the person who filled it in.
 */
export class BackendUnavailableError extends Error {
	constructor(what: string) {
		super(`${what} is unavailable`);
		this.name = 'BackendUnavailableError';
	}
}

/**
 * Statuses that say the service behind the gateway is down or restarting (or, 0, that nothing
 * answered at all), not that the request was wrong. PostgREST answers 503 while it has no
 * database connection; the gateway 502 while PostgREST is gone.
 */
export function isUnavailableStatus(status: number): boolean {
	return status === 0 || status === 502 || status === 503 || status === 504;
}

/**
 * Whether Auth failed to decide rather than said no: unreachable, or a server error (Auth answers
 * 500 when its database is down). Only a 4xx means the session is really invalid.
 */
export function authCouldNotDecide(error: AuthError): boolean {
	return isAuthRetryableFetchError(error) || (error.status ?? 400) >= 500;
}

/**
 * `fetch` for a request's Supabase client that reports every answer that means "down", so the
 * request can tell an outage from a bug: the page it fails with is then a 503, not a 500.
 */
export function reportingFetch(onUnavailable: () => void): typeof fetch {
	return async (input, init) => {
		try {
			const response = await fetch(input, init);
			if (isUnavailableStatus(response.status)) onUnavailable();
			return response;
		} catch (error) {
			onUnavailable();
			throw error;
		}
	};
}

/** The same response as 503 Service Unavailable, to be tried again shortly. */
export function asUnavailable(response: Response): Response {
	const headers = new Headers(response.headers);
	headers.set('retry-after', '10');
	return new Response(response.body, { status: 503, statusText: 'Service Unavailable', headers });
}

/**
 * A protected page's load. While the backend is down it cannot check who asks, so a page request
 * fails (503); but the page shown after a form action refused as unavailable (`form.unavailable`) is rendered
 * with `fallback` (no data: nothing is shown that needs a checked user), so the form and what was
 * typed into it survive without JavaScript too.
 */
export async function loadUnlessUnavailable<T>(
	event: Pick<RequestEvent, 'request'>,
	load: () => Promise<T>,
	fallback: T
): Promise<T> {
	try {
		return await load();
	} catch (error) {
		if (error instanceof BackendUnavailableError && event.request.method === 'POST')
			return fallback;
		throw error;
	}
}
