import type pg from 'pg';
import type { Mailer } from './mailer.ts';
import type { Request } from './http.ts';

/** Everything a route needs: the database, the secret, the mailer and the configuration. */
export type AuthContext = {
	pool: pg.Pool;
	jwtSecret: string;
	siteUrl: string;
	apiExternalUrl: string | null;
	redirectUrls: string[];
	mailer: Mailer;
	refreshTokenReuseIntervalSeconds: number;
	otpExpirySeconds: number;
	emailMaxFrequencySeconds: number;
	autoconfirm: boolean;
	disableSignup: boolean;
	/** When a mail was last asked for by /otp or /recover, per kind and address (key → ms). */
	recentMailRequests: Map<string, number>;
	/** Runs `task` after the answer has gone out; failures are logged. */
	later: (task: () => Promise<void>) => void;
	log: (message: string) => void;
};

/**
 * The URL this service is reached at, as clients see it (GoTrue's API_EXTERNAL_URL): configured,
 * or else the gateway's host as the request names it.
 */
export function externalUrl(context: AuthContext, request: Request): string {
	return context.apiExternalUrl ?? `http://${request.headers.host ?? '127.0.0.1'}/auth/v1`;
}

// As GoTrue's glob with separators '.' and '/': `*` stays within one label or path segment (and
// cannot swallow the characters that end a host), `**` matches anything.
function globToRegExp(pattern: string): RegExp {
	const escaped = pattern
		.split('**')
		.map((part) =>
			part
				.split('*')
				.map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('[^./?#@]*')
		)
		.join('.*');
	return new RegExp(`^${escaped}$`);
}

/** Whether a redirect target is allowed: the site's origin, or one of the redirect URLs (globs). */
export function isAllowedRedirect(context: AuthContext, target: string): boolean {
	// The URL parser reads `\` as `/`, so a glob could match a string whose host differs.
	if (target.includes('\\')) return false;
	let url: URL;
	try {
		url = new URL(target);
	} catch {
		return false;
	}
	if (url.origin === new URL(context.siteUrl).origin) return true;
	return context.redirectUrls.some(
		(allowed) => allowed === target || globToRegExp(allowed).test(target)
	);
}

/** `redirect_to` when allowed, else the site URL (GoTrue falls back the same way). */
export function redirectTarget(context: AuthContext, request: Request): string {
	const wanted = request.query.get('redirect_to');
	return wanted && isAllowedRedirect(context, wanted) ? wanted : context.siteUrl;
}
