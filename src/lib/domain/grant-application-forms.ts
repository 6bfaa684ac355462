import { z } from 'zod';
import { APPLICATION_STATUSES } from './grant-status.ts';

/** The forms of the office's application page. Server only: zod stays out of the browser. */

export const moveSchema = z.object({
	to: z.enum(APPLICATION_STATUSES, { error: 'grants.move.invalid' })
});

export const obligationDoneSchema = z.object({
	obligation: z.uuid({ error: 'grants.obligation.unknown' })
});

export const noteSchema = z.object({
	note: z
		.string({ error: 'grants.note.required' })
		.trim()
		.min(1, { error: 'grants.note.required' })
		.max(5000, { error: 'grants.note.tooLong' })
});

/** A card moved on the board: which application, from where it was shown, to where. */
export const boardMoveSchema = z.object({
	id: z.uuid({ error: 'grants.move.invalid' }),
	from: z.enum(APPLICATION_STATUSES, { error: 'grants.move.invalid' }),
	to: z.enum(APPLICATION_STATUSES, { error: 'grants.move.invalid' })
});
