import type { MessageKey } from '$lib/i18n';

/** Supabase Auth error codes (`AuthError.code`) a person can meet, and what we tell them. */
const MESSAGES: Record<string, MessageKey> = {
	invalid_credentials: 'authError.invalid_credentials',
	email_not_confirmed: 'authError.email_not_confirmed',
	user_banned: 'authError.user_banned',
	weak_password: 'authError.weak_password',
	same_password: 'authError.same_password',
	otp_expired: 'authError.otp_expired',
	flow_state_expired: 'authError.otp_expired',
	flow_state_not_found: 'authError.otp_expired',
	bad_code_verifier: 'authError.otp_expired',
	over_request_rate_limit: 'authError.over_request_rate_limit',
	over_email_send_rate_limit: 'authError.over_email_send_rate_limit',
	email_exists: 'authError.email_exists',
	user_already_exists: 'authError.email_exists',
	validation_failed: 'authError.validation_failed',
	email_address_invalid: 'authError.validation_failed',
	session_expired: 'authError.session_expired',
	session_not_found: 'authError.session_expired',
	refresh_token_not_found: 'authError.session_expired',
	reauthentication_needed: 'authError.session_expired',
	user_not_found: 'authError.user_not_found',
	signup_disabled: 'authError.signup_disabled',
	otp_disabled: 'authError.signup_disabled'
};

/**
 * The message for an Auth error code; unknown or missing codes get a generic message. The code
 * may come from a URL (`/auth/error?code=`): only the table's own entries count, not what every
 * object inherits (`valueOf`, `__proto__`).
 */
export function authErrorMessage(code: string | null | undefined): MessageKey {
	return code && Object.hasOwn(MESSAGES, code) ? MESSAGES[code]! : 'authError.unexpected';
}
