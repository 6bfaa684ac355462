import { z } from 'zod';

/** Creating a feed link: an optional name the owner recognises it by (server only: zod). */
export const createFeedSchema = z.object({
	label: z.string().trim().max(200, 'calendar.feed.tooLong').optional().default(''),
	organisation: z.uuid({ error: 'calendar.feed.error' }).optional()
});

export const revokeFeedSchema = z.object({
	feed: z.uuid({ error: 'calendar.feed.error' }),
	organisation: z.uuid({ error: 'calendar.feed.error' }).optional()
});
