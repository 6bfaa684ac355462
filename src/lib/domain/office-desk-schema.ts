import { z } from 'zod';
import { DECLINE_REASON_MAX } from './join-requests.ts';
import { isPlainText, NOT_PLAIN_TEXT } from './plain-text.ts';

/**
 * The office desk's forms, one schema each (server only). Issue messages are message keys: the
 * page shows them beside the field in the staff member's language.
 */

/** Publish, archive or restore the entry the page shows. */
export const statusChangeSchema = z.object({
	// A string first: Superforms would fill a missing enum with its first value, 'publish'.
	action: z
		.string({ error: 'officeDesk.error.invalid' })
		.default('')
		.pipe(z.enum(['publish', 'archive', 'restore'], { error: 'officeDesk.error.invalid' }))
});

const request = z.uuid({ error: 'officeDesk.error.invalid' });

/** Accept a "please list us" request: its contact is invited as the draft's owner. */
export const acceptRequestSchema = z.object({ request });

/** Decline a request; the reason goes to the requester. */
export const declineRequestSchema = z.object({
	request,
	reason: z
		.string({ error: 'officeRequests.reason.invalid' })
		.refine((value) => isPlainText(value, { lines: true }), { error: NOT_PLAIN_TEXT })
		.trim()
		.min(1, { error: 'officeRequests.reason.invalid' })
		.max(DECLINE_REASON_MAX, { error: 'officeRequests.reason.invalid' })
});
