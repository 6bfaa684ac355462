import { fileTypeFromBuffer } from 'file-type';

export type DetectedType = { mime: string; extension: string };

/**
 * A file's type as its bytes say (magic numbers, and for Office files the parts inside the
 * zip), never as its name or the browser's Content-Type say. Text formats have no magic number:
 * SVG, HTML and anything else without one is `null`, and so refused.
 */
export async function detectType(bytes: Uint8Array): Promise<DetectedType | null> {
	const found = await fileTypeFromBuffer(bytes);
	return found ? { mime: found.mime, extension: found.ext } : null;
}
