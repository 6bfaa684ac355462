import { z } from 'zod';

/**
 * The upload forms' schemas and the messages an upload can end with. The server decides a file's
 * type by its content (src/lib/server/uploads); the schemas only ask that a file was chosen.
 */

export const UPLOAD_ERRORS = [
	'upload.required',
	'upload.empty',
	'upload.unreadable',
	'upload.logo.tooLarge',
	'upload.logo.type',
	'upload.document.tooLarge',
	'upload.document.type'
] as const;
export type UploadErrorKey = (typeof UPLOAD_ERRORS)[number];

/** A chosen file: a field left empty arrives as a nameless file of no bytes. */
const chosenFile = z
	.instanceof(File, { error: 'upload.required' })
	.refine((file) => file.name !== '' || file.size > 0, { error: 'upload.required' });

export const logoUploadSchema = z.object({ logo: chosenFile });

export const DOCUMENT_KINDS = ['proposal', 'decision', 'report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentUploadSchema = z.object({
	kind: z.enum(DOCUMENT_KINDS, { error: 'documents.kind.required' }),
	file: chosenFile
});

/** An application's document as the office page lists it. */
export type ApplicationDocument = {
	id: string;
	kind: DocumentKind;
	fileName: string;
	contentType: string;
	sizeBytes: number;
	uploadedAt: string;
};
