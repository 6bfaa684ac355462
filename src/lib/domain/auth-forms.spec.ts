import { describe, expect, it } from 'vitest';
import { EMAIL_MAX_LENGTH, JOIN_LIMITS } from './form-limits.ts';
import { joinSchema, signInSchema, updatePasswordSchema } from './auth-forms';

describe('signInSchema', () => {
	it('accepts an address in any case and trims it', () => {
		expect(signInSchema.parse({ email: ' Ana@Example.ORG ', password: 'x' })).toEqual({
			email: 'ana@example.org',
			password: 'x'
		});
	});

	it('names the field for a missing address and a missing password', () => {
		const result = signInSchema.safeParse({ email: 'nope', password: '' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
			['email', 'form.email.invalid'],
			['password', 'form.password.required']
		]);
	});
});

describe('passwords', () => {
	it('refuse control characters, which no one can type again', () => {
		const signIn = signInSchema.safeParse({ email: 'a@example.org', password: 'pass\u0000word' });
		expect(signIn.error?.issues[0]).toMatchObject({
			path: ['password'],
			message: 'input.invalidCharacters'
		});
		const chosen = updatePasswordSchema.safeParse({
			password: 'long enough\u0007 password',
			passwordConfirm: 'long enough\u0007 password'
		});
		expect(chosen.error?.issues[0]).toMatchObject({
			path: ['password'],
			message: 'input.invalidCharacters'
		});
	});
});

describe('updatePasswordSchema', () => {
	it('asks for at least 10 characters', () => {
		const result = updatePasswordSchema.safeParse({ password: 'short', passwordConfirm: 'short' });
		expect(result.error?.issues[0]).toMatchObject({
			path: ['password'],
			message: 'form.password.tooShort'
		});
	});

	it('refuses more than 72 bytes, counting umlauts as two', () => {
		const password = 'ä'.repeat(37);
		const result = updatePasswordSchema.safeParse({ password, passwordConfirm: password });
		expect(result.error?.issues[0]?.message).toBe('form.password.tooLong');
	});

	it('puts a mismatch on the repeated field', () => {
		const result = updatePasswordSchema.safeParse({
			password: 'ein langes Passwort',
			passwordConfirm: 'ein anderes Passwort'
		});
		expect(result.error?.issues[0]).toMatchObject({
			path: ['passwordConfirm'],
			message: 'form.passwordConfirm.mismatch'
		});
	});
});

describe('joinSchema', () => {
	const request = {
		name: 'Verein Beispiel',
		kind: 'initiative',
		email: 'kontakt@example.org',
		description: 'Wir beraten im Stadtteil.',
		consent: true
	};

	it('accepts a complete request', () => {
		expect(joinSchema.parse(request)).toMatchObject({
			name: 'Verein Beispiel',
			kind: 'initiative'
		});
	});

	it('accepts exactly the lengths the form allows (JOIN_LIMITS), not one character more', () => {
		const sized = (field: 'name' | 'description', length: number) =>
			joinSchema.safeParse({ ...request, [field]: 'x'.repeat(length) }).success;
		for (const field of ['name', 'description'] as const) {
			const { min, max } = JOIN_LIMITS[field];
			expect([
				sized(field, min - 1),
				sized(field, min),
				sized(field, max),
				sized(field, max + 1)
			]).toEqual([false, true, true, false]);
		}
		const local = 'a'.repeat(64);
		const address = (length: number) => `${local}@${'b'.repeat(length - local.length - 5)}.org`;
		expect(joinSchema.safeParse({ ...request, email: address(EMAIL_MAX_LENGTH + 1) }).success).toBe(
			false
		);
	});

	it('refuses control characters and broken unicode in its texts, line breaks only in the description', () => {
		const result = joinSchema.safeParse({
			...request,
			name: 'Verein\u0000Beispiel',
			description: 'Wir beraten\r\nim Stadtteil \ud800.'
		});
		expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
			['name', 'input.invalidCharacters'],
			['description', 'input.invalidCharacters']
		]);
		expect(
			joinSchema.safeParse({ ...request, description: 'Wir beraten\r\nim Stadtteil.' }).success
		).toBe(true);
	});

	it('needs consent and a known kind', () => {
		const result = joinSchema.safeParse({ ...request, consent: undefined, kind: 'party' });
		expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual([
			'form.consent.required',
			'form.kind.required'
		]);
	});
});
