import { describe, expect, it } from 'vitest';
import { de } from '$lib/i18n/messages/de';
import { en } from '$lib/i18n/messages/en';
import { authErrorMessage } from './auth-errors';

describe('authErrorMessage', () => {
	it.each([
		'invalid_credentials',
		'email_not_confirmed',
		'user_banned',
		'weak_password',
		'same_password',
		'otp_expired',
		'over_request_rate_limit',
		'over_email_send_rate_limit',
		'email_exists',
		'validation_failed',
		'session_expired'
	])('has its own message in German and English for %s', (code) => {
		const key = authErrorMessage(code);
		expect(key).toBe(`authError.${code}`);
		expect(de[key]).toBeTruthy();
		expect(en[key]).toBeTruthy();
	});

	it('falls back to a generic message', () => {
		expect(authErrorMessage('something_new')).toBe('authError.unexpected');
		expect(authErrorMessage(undefined)).toBe('authError.unexpected');
	});

	it.each(['valueOf', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])(
		'falls back for %s, which every object has',
		(code) => {
			expect(authErrorMessage(code)).toBe('authError.unexpected');
		}
	);
});
