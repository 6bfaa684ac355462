import { z } from 'zod';
import { APPLICATION_STATUSES } from './grant-status.ts';

/**
 * The forms of the office's application page and board. A status is read as a string first:
 * Superforms fills a missing enum field with its first value, which would pass a form whose
 * button named no status.
 */
const status = z
	.string({ error: 'grants.move.invalid' })
	.default('')
	.pipe(z.enum(APPLICATION_STATUSES, { error: 'grants.move.invalid' }));

export const moveSchema = z.object({
	to: status
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
	from: status,
	to: status
});
