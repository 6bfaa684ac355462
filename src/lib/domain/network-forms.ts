import { z } from 'zod';
import type { MessageKey } from '$lib/i18n';

/**
 * The office's networks desk: one schema per form. Validated in the browser too (office pages
 * are signed in); messages are i18n keys shown beside the field.
 */
export const NETWORK_ROLES = ['steering_group', 'member', 'partner'] as const;

const choice = <const T extends readonly [string, ...string[]]>(values: T, error: MessageKey) =>
	z.string({ error }).default('').pipe(z.enum(values, { error }));
const organisation = z.uuid({ error: 'form.organisation.required' });

export const networkCreateSchema = z.object({
	name: z
		.string({ error: 'officeNetworks.name.invalid' })
		.trim()
		.min(2, { error: 'officeNetworks.name.invalid' })
		.max(200, { error: 'officeNetworks.name.invalid' })
});

export const networkMemberSchema = z.object({
	network: z.uuid({ error: 'officeNetworks.network.required' }),
	organisation,
	role: choice(NETWORK_ROLES, 'form.role.invalid')
});

export const networkMemberRefSchema = z.object({ network: z.uuid(), organisation: z.uuid() });

export const partnershipSchema = z
	.object({ organisation, partner: organisation })
	.refine((form) => form.organisation !== form.partner, {
		path: ['partner'],
		error: 'officeNetworks.partner.same'
	});

export const partnershipRefSchema = z.object({ partnership: z.uuid() });
