import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareUpload } from './prepare';
import { DOCUMENT, LOGO } from './purposes';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const file = (bytes: Uint8Array | string, name: string, type: string) =>
	new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });

/** A photo as a phone takes it: EXIF with the camera owner and a GPS position. */
async function photoWithPosition(width: number, height: number) {
	return new Uint8Array(
		await sharp({ create: { width, height, channels: 3, background: '#c0392b' } })
			.jpeg()
			.withExif({
				IFD0: { Copyright: 'secret-owner-name', Make: 'PhoneMaker' },
				IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 18/1 5/1' }
			})
			.toBuffer()
	);
}

const containsText = (bytes: Uint8Array, text: string) =>
	Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));

/** A spreadsheet as Excel writes it: a zip whose parts say what it is. */
async function xlsx(): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.addWorksheet('Finanzplan').addRow(['Personal', 1200]);
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('prepareUpload: the type by content', () => {
	it('accepts a PNG logo and writes it anew as WebP', async () => {
		const png = await sharp({
			create: { width: 40, height: 20, channels: 4, background: '#00000000' }
		})
			.png()
			.toBuffer();
		const result = await prepareUpload(file(png, 'logo.png', 'image/png'), LOGO);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.file.contentType).toBe('image/webp');
		expect(result.file.extension).toBe('webp');
		const metadata = await sharp(result.file.bytes).metadata();
		expect(metadata.format).toBe('webp');
		expect([metadata.width, metadata.height, metadata.hasAlpha]).toEqual([40, 20, true]);
	});

	it('refuses SVG, whatever it is called', async () => {
		const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
		for (const [name, type] of [
			['logo.svg', 'image/svg+xml'],
			['logo.png', 'image/png']
		] as const) {
			const result = await prepareUpload(file(svg, name, type), LOGO);
			expect(result, name).toEqual({ ok: false, error: 'upload.logo.type' });
		}
	});

	it('refuses HTML disguised as a PNG', async () => {
		const html = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>';
		const result = await prepareUpload(file(html, 'logo.png', 'image/png'), LOGO);
		expect(result).toEqual({ ok: false, error: 'upload.logo.type' });
		const asDocument = await prepareUpload(file(html, 'bericht.pdf', 'application/pdf'), DOCUMENT);
		expect(asDocument).toEqual({ ok: false, error: 'upload.document.type' });
	});

	it('refuses a PNG signature with no image behind it', async () => {
		const fake = new Uint8Array([...PNG_SIGNATURE, ...Buffer.from('<script>alert(1)</script>')]);
		const result = await prepareUpload(file(fake, 'logo.png', 'image/png'), LOGO);
		expect(result.ok).toBe(false);
	});

	it('refuses a PDF as a logo and accepts it as a document, as it is', async () => {
		const pdf = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';
		expect(await prepareUpload(file(pdf, 'logo.png', 'image/png'), LOGO)).toEqual({
			ok: false,
			error: 'upload.logo.type'
		});
		const result = await prepareUpload(file(pdf, 'antrag', 'application/octet-stream'), DOCUMENT);
		expect(result).toEqual({
			ok: true,
			file: {
				bytes: new TextEncoder().encode(pdf),
				contentType: 'application/pdf',
				extension: 'pdf'
			}
		});
	});

	it('knows an Office file by the parts inside its zip', async () => {
		const result = await prepareUpload(file(await xlsx(), 'finanzplan.bin', ''), DOCUMENT);
		expect(result.ok && result.file.contentType).toBe(
			'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
		);
		expect(result.ok && result.file.extension).toBe('xlsx');
	});

	it('refuses an empty file and one over the limit', async () => {
		expect(await prepareUpload(file('', 'leer.png', 'image/png'), LOGO)).toEqual({
			ok: false,
			error: 'upload.empty'
		});
		const large = new Uint8Array(LOGO.maxBytes + 1);
		large.set(PNG_SIGNATURE);
		expect(await prepareUpload(file(large, 'gross.png', 'image/png'), LOGO)).toEqual({
			ok: false,
			error: 'upload.logo.tooLarge'
		});
	});
});

describe('prepareUpload: images written anew', () => {
	it('strips EXIF, GPS position included', async () => {
		const photo = await photoWithPosition(64, 48);
		expect((await sharp(photo).metadata()).exif).toBeDefined();
		expect(containsText(photo, 'secret-owner-name')).toBe(true);
		const result = await prepareUpload(file(photo, 'foto.jpg', 'image/jpeg'), DOCUMENT);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const metadata = await sharp(result.file.bytes).metadata();
		expect(metadata.exif).toBeUndefined();
		expect(metadata.xmp).toBeUndefined();
		expect(containsText(result.file.bytes, 'secret-owner-name')).toBe(false);
		expect(containsText(result.file.bytes, 'PhoneMaker')).toBe(false);
	});

	it('shrinks a large image to the purpose’s bound, keeping its proportions', async () => {
		const photo = await photoWithPosition(2000, 1000);
		const result = await prepareUpload(file(photo, 'foto.jpg', 'image/jpeg'), LOGO);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { width, height } = await sharp(result.file.bytes).metadata();
		expect([width, height]).toEqual([LOGO.maxImageSide, LOGO.maxImageSide / 2]);
	});

	it('drops what follows the image data', async () => {
		const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
			.png()
			.toBuffer();
		const polyglot = Buffer.concat([png, Buffer.from('<script>alert(1)</script>')]);
		const result = await prepareUpload(file(polyglot, 'logo.png', 'image/png'), LOGO);
		expect(result.ok).toBe(true);
		if (result.ok) expect(containsText(result.file.bytes, '<script>')).toBe(false);
	});
});
