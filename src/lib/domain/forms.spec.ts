import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { keptValues, parseForm } from './forms';

const schema = z.object({
	email: z.email({ error: 'form.email.invalid' }),
	password: z.string().min(1, { error: 'form.password.required' })
});

function formData(entries: Record<string, string>) {
	const data = new FormData();
	for (const [name, value] of Object.entries(entries)) data.append(name, value);
	return data;
}

describe('parseForm', () => {
	it('returns the parsed data', () => {
		expect(parseForm(schema, formData({ email: 'a@example.org', password: 'x' }))).toEqual({
			ok: true,
			data: { email: 'a@example.org', password: 'x' }
		});
	});

	it('returns one message key per field and the values without the password', () => {
		expect(parseForm(schema, formData({ email: 'nope', password: '' }))).toEqual({
			ok: false,
			values: { email: 'nope' },
			errors: { email: 'form.email.invalid', password: 'form.password.required' }
		});
	});
});

describe('keptValues', () => {
	it('never keeps a password field', () => {
		expect(keptValues(formData({ name: 'A', password: 'p', passwordConfirm: 'p' }))).toEqual({
			name: 'A'
		});
	});
});
