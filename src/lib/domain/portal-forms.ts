import { z } from 'zod';

/** Forms of the portal that name one organisation and nothing else ("still correct"). */
export const organisationActionSchema = z.object({
	organisationId: z.uuid({ error: 'form.organisation.required' })
});

/** A change to one member of the organisation the page is about. */
export const memberActionSchema = z.object({
	userId: z.uuid({ error: 'portal.members.unknown' })
});

export const memberRoleSchema = memberActionSchema.extend({
	role: z.enum(['owner', 'editor'], { error: 'form.role.invalid' })
});
