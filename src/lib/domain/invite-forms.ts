import { z } from 'zod';
import { MEMBER_ROLES, STAFF_ROLES } from './enums.ts';
import { EMAIL_MAX_LENGTH } from './form-limits.ts';
import type { MessageKey } from '$lib/i18n';

/**
 * The invitation forms of the signed-in areas (portal and office): validated in the browser as
 * well as on the server, so they live outside the server-only auth schemas. Issue messages are
 * i18n keys shown beside the field.
 */

const email = z
	.string({ error: 'form.email.invalid' })
	.trim()
	.toLowerCase()
	.pipe(
		z.email({ error: 'form.email.invalid' }).max(EMAIL_MAX_LENGTH, { error: 'form.email.invalid' })
	);

const organisationId = z.uuid({ error: 'form.organisation.required' });

/**
 * One of `values`, or the field's message. Read as a string first: Superforms fills a missing
 * enum field with its first value, which would pass a form whose choice was never made.
 */
const choice = <const T extends readonly [string, ...string[]]>(values: T, error: MessageKey) =>
	z.string({ error }).default('').pipe(z.enum(values, { error }));

/** An owner invites a colleague to their own organisation; owners are named by the office. */
export const memberInviteSchema = z.object({
	email,
	organisationId,
	role: z.literal('editor', { error: 'form.role.invalid' }).default('editor')
});

/** Office staff invite a person to any organisation, as owner or editor. */
export const officeInviteSchema = z.object({
	email,
	organisationId,
	role: choice(MEMBER_ROLES, 'form.role.invalid')
});

/** An office admin invites a colleague of the office. */
export const staffInviteSchema = z.object({
	email,
	role: choice(STAFF_ROLES, 'form.role.invalid')
});
