import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from the parts that identify a record we have no row for,
 * such as a service's language: the same record gets the same id in every export, so that
 * consumers can update their copy instead of duplicating it.
 */
export function derivedId(...parts: string[]): string {
	const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
	const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
	return [
		hex.slice(0, 8),
		hex.slice(8, 12),
		`5${hex.slice(13, 16)}`,
		`${variant}${hex.slice(17, 20)}`,
		hex.slice(20, 32)
	].join('-');
}
