/**
 * The lengths forms accept. The schemas check them on the server and the forms give their fields
 * the same `maxlength` (and the long ones a counter), so nobody types 5,000 characters to be told
 * afterwards that 1,000 is the limit. Plain numbers: the browser gets no zod for them.
 */

/** RFC 5321's longest address. */
export const EMAIL_MAX_LENGTH = 254;

/** "Ask to be listed". */
export const JOIN_LIMITS = {
	name: { min: 2, max: 200 },
	description: { min: 10, max: 1000 }
} as const;
