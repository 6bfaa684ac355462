import { describe, expect, it } from 'vitest';
import { documentFileName } from './application-documents';

describe('documentFileName', () => {
	it('keeps the uploader’s name, umlauts included, with the stored type’s extension', () => {
		expect(documentFileName('Zuwendungsbescheid Kürzung.pdf', 'pdf')).toBe(
			'Zuwendungsbescheid Kürzung.pdf'
		);
		expect(documentFileName('Foto vom Bescheid.JPG', 'webp')).toBe('Foto vom Bescheid.webp');
	});

	it('drops folders and control characters, and names a nameless file', () => {
		expect(documentFileName('C:\\Users\\ich\\bericht.pdf', 'pdf')).toBe('bericht.pdf');
		expect(documentFileName('../../a\u0000b\nc.pdf', 'pdf')).toBe('abc.pdf');
		expect(documentFileName('.pdf', 'pdf')).toBe('Dokument.pdf');
	});

	it('stays within 255 characters', () => {
		expect(documentFileName(`${'x'.repeat(400)}.docx`, 'docx')).toHaveLength(255);
	});
});
