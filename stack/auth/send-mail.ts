import { isAllowedRedirect, type AuthContext } from './context.ts';
import type { Request } from './http.ts';
import { localeOf, renderMail, type MailKind } from './mail-templates.ts';
import type { UserRow } from './users.ts';

/**
 * Where the app should go after confirming: `redirect_to` when allowed, as a path when it is on
 * the site itself, `/` otherwise.
 */
export function nextPath(context: AuthContext, request: Request): string {
	const wanted = request.query.get('redirect_to');
	if (!wanted || !isAllowedRedirect(context, wanted)) return '/';
	const url = new URL(wanted);
	const site = new URL(context.siteUrl);
	return url.origin === site.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

/** Mail links point at the app's /auth/confirm, which calls verifyOtp({ token_hash, type }). */
export function confirmLink(context: AuthContext, kind: MailKind, hash: string, next: string) {
	const url = new URL('/auth/confirm', context.siteUrl);
	url.searchParams.set('token_hash', hash);
	url.searchParams.set('type', kind);
	url.searchParams.set('next', next);
	return url.href;
}

export async function sendAuthMail(
	context: AuthContext,
	request: Request,
	user: UserRow,
	kind: MailKind,
	token: { otp: string; hash: string },
	to = user.email!
): Promise<void> {
	const locale = localeOf(user.raw_user_meta_data);
	const link = confirmLink(context, kind, token.hash, nextPath(context, request));
	await context.mailer.send({ to, locale, ...renderMail(kind, locale, link, token.otp) });
}
