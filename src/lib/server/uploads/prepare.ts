import type { UploadErrorKey } from '$lib/domain/uploads';
import { detectType } from './detect';
import { reencodeImage, UnreadableImageError } from './images';
import type { UploadPurpose } from './purposes';

/** A file ready for the Storage API: its bytes, its real type and the extension that goes with it. */
export type PreparedFile = { bytes: Uint8Array; contentType: string; extension: string };

export type Prepared = { ok: true; file: PreparedFile } | { ok: false; error: UploadErrorKey };

/**
 * A browser's file checked for a purpose: not empty, not too large, of an allowed type by its
 * content; images re-encoded (metadata gone, size bounded). The answer's error is a message key
 * for the field.
 */
export async function prepareUpload(file: File, purpose: UploadPurpose): Promise<Prepared> {
	if (file.size === 0) return { ok: false, error: 'upload.empty' };
	if (file.size > purpose.maxBytes) return { ok: false, error: `upload.${purpose.name}.tooLarge` };
	const bytes = new Uint8Array(await file.arrayBuffer());
	const type = await detectType(bytes);
	if (!type || !purpose.types.includes(type.mime))
		return { ok: false, error: `upload.${purpose.name}.type` };
	if (!type.mime.startsWith('image/'))
		return { ok: true, file: { bytes, contentType: type.mime, extension: type.extension } };
	try {
		const image = await reencodeImage(bytes, purpose.maxImageSide);
		return {
			ok: true,
			file: { bytes: image.bytes, contentType: image.mime, extension: image.extension }
		};
	} catch (error) {
		if (error instanceof UnreadableImageError) return { ok: false, error: 'upload.unreadable' };
		throw error;
	}
}
