/**
 * What each upload is for, and what it may be. Types are decided by content (see detect.ts); a
 * type not listed here is refused whatever the file is called, SVG included: an SVG is a document
 * that can carry script, and a logo does not need to be one.
 */

const MIB = 1024 * 1024;

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

export const DOCUMENT_TYPES = [
	'application/pdf',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	'application/vnd.oasis.opendocument.text',
	'application/vnd.oasis.opendocument.spreadsheet',
	'image/png',
	'image/jpeg',
	'image/webp'
] as const;

export type UploadPurpose = {
	name: 'logo' | 'document';
	bucket: 'logos' | 'documents';
	/** The largest file accepted from a browser (images are smaller once re-encoded). */
	maxBytes: number;
	types: readonly string[];
	/** Images are re-encoded to fit inside this many pixels on their longer side. */
	maxImageSide: number;
};

export const LOGO: UploadPurpose = {
	name: 'logo',
	bucket: 'logos',
	maxBytes: 5 * MIB,
	types: LOGO_TYPES,
	maxImageSide: 800
};

/** The documents bucket's own limit is 20 MiB; a re-encoded image stays well below it. */
export const DOCUMENT: UploadPurpose = {
	name: 'document',
	bucket: 'documents',
	maxBytes: 20 * MIB,
	types: DOCUMENT_TYPES,
	maxImageSide: 4000
};

/** The `accept` attribute for a purpose's file field: a hint for the picker, never the check. */
export const acceptAttribute = (purpose: UploadPurpose) => purpose.types.join(',');
