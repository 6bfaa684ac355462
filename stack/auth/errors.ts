/** An error GoTrue would answer with: HTTP status, machine-readable code, message. */
export class AuthError extends Error {
	status: number;
	code: string;
	extra: Record<string, unknown>;

	constructor(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
		super(message);
		this.status = status;
		this.code = code;
		this.extra = extra;
	}
}

export const badRequest = (code: string, message: string) => new AuthError(400, code, message);
export const validationFailed = (message: string, status = 400) =>
	new AuthError(status, 'validation_failed', message);
export const invalidCredentials = () =>
	new AuthError(400, 'invalid_credentials', 'Invalid login credentials');
export const emailExists = () =>
	new AuthError(422, 'email_exists', 'A user with this email address has already been registered');
export const otpExpired = (message = 'Email link is invalid or has expired') =>
	new AuthError(403, 'otp_expired', message);
export const notAdmin = () => new AuthError(403, 'not_admin', 'User not allowed');
export const overEmailSendRateLimit = (seconds: number) =>
	new AuthError(
		429,
		'over_email_send_rate_limit',
		`For security purposes, you can only request this after ${seconds} seconds.`
	);
