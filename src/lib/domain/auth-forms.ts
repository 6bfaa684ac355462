import { z } from 'zod';
import { ORGANISATION_KINDS } from './enums.ts';
import { EMAIL_MAX_LENGTH, JOIN_LIMITS } from './form-limits.ts';
import type { MessageKey } from '$lib/i18n';
import { isPlainText, NOT_PLAIN_TEXT } from './plain-text.ts';

/**
 * One schema per form of accounts and sign-in. Issue messages are i18n keys: the page shows them
 * beside the field in the user's language.
 */

const email = z
	.string({ error: 'form.email.invalid' })
	.trim()
	.toLowerCase()
	.pipe(
		z.email({ error: 'form.email.invalid' }).max(EMAIL_MAX_LENGTH, { error: 'form.email.invalid' })
	);

// bcrypt reads 72 bytes; Supabase Auth refuses longer passwords.
const newPassword = z
	.string({ error: 'form.password.tooShort' })
	.refine((value) => isPlainText(value), { error: NOT_PLAIN_TEXT })
	.min(10, { error: 'form.password.tooShort' })
	.refine((value) => new TextEncoder().encode(value).length <= 72, {
		error: 'form.password.tooLong'
	});

export const signInSchema = z.object({
	email,
	password: z
		.string({ error: 'form.password.required' })
		.min(1, { error: 'form.password.required' })
		.refine((value) => isPlainText(value), { error: NOT_PLAIN_TEXT }),
	next: z.string().optional()
});

export const magicLinkSchema = z.object({ email, next: z.string().optional() });

export const forgotPasswordSchema = z.object({ email });

export const updatePasswordSchema = z
	.object({
		password: newPassword,
		passwordConfirm: z.string({ error: 'form.passwordConfirm.mismatch' })
	})
	.refine((form) => form.password === form.passwordConfirm, {
		path: ['passwordConfirm'],
		error: 'form.passwordConfirm.mismatch'
	});

/**
 * One of `values`, or the field's message. Read as a string first: Superforms fills a missing
 * enum field with its first value, which would pass a form whose choice was never made.
 */
const choice = <const T extends readonly [string, ...string[]]>(values: T, error: MessageKey) =>
	z.string({ error }).default('').pipe(z.enum(values, { error }));

/**
 * "Ask to be listed". `homepage` is a honeypot: hidden from people, filled in by bots; the
 * action drops such requests without saying so.
 */
export const joinSchema = z.object({
	name: z
		.string({ error: 'form.organisationName.invalid' })
		.refine((value) => isPlainText(value), { error: NOT_PLAIN_TEXT })
		.trim()
		.min(JOIN_LIMITS.name.min, { error: 'form.organisationName.invalid' })
		.max(JOIN_LIMITS.name.max, { error: 'form.organisationName.invalid' }),
	kind: choice(ORGANISATION_KINDS, 'form.kind.required'),
	email,
	description: z
		.string({ error: 'form.description.invalid' })
		.refine((value) => isPlainText(value, { lines: true }), { error: NOT_PLAIN_TEXT })
		.trim()
		.min(JOIN_LIMITS.description.min, { error: 'form.description.invalid' })
		.max(JOIN_LIMITS.description.max, { error: 'form.description.invalid' }),
	// A boolean: Superforms reads an unticked box as false (a literal 'on' would be its default).
	consent: z.boolean({ error: 'form.consent.required' }).refine((ticked) => ticked, {
		error: 'form.consent.required'
	}),
	homepage: z.string().optional()
});

export type JoinRequest = z.output<typeof joinSchema>;
