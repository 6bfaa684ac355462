import sharp from 'sharp';

/** Decoding is refused above this many pixels: a small file can unpack into gigabytes. */
const MAX_INPUT_PIXELS = 50_000_000;

export type EncodedImage = { bytes: Uint8Array; mime: 'image/webp'; extension: 'webp' };

export class UnreadableImageError extends Error {}

/**
 * The image decoded and written anew as WebP: turned upright by its EXIF orientation, shrunk to
 * fit `maxSide` pixels, and without any metadata (EXIF with GPS position and camera, XMP, ICC
 * comments): sharp keeps none unless asked. Whatever else the file carried (a script after the
 * image data, a polyglot's second format) is not part of the pixels and does not survive.
 */
export async function reencodeImage(bytes: Uint8Array, maxSide: number): Promise<EncodedImage> {
	try {
		const output = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
			.rotate()
			.resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
			.webp({ quality: 85 })
			.toBuffer();
		return { bytes: new Uint8Array(output), mime: 'image/webp', extension: 'webp' };
	} catch (error) {
		throw new UnreadableImageError(error instanceof Error ? error.message : String(error));
	}
}
