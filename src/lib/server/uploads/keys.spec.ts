import { describe, expect, it } from 'vitest';
import { applicationDocumentKey, isValidObjectKey, keySegment, logoKey } from './keys';

describe('keySegment', () => {
	it('spells out German letters and drops other accents', () => {
		expect(keySegment('Bescheid Förderung Müßiggang.pdf')).toBe('bescheid-foerderung-muessiggang');
		expect(keySegment('Ärger über Straße.docx')).toBe('aerger-ueber-strasse');
		expect(keySegment('Café Crème & Co.pdf')).toBe('cafe-creme-co');
	});

	it('turns marks Storage refuses into hyphens', () => {
		expect(keySegment('50% #1 ~ [entwurf] {2026}.pdf')).toBe('50-1-entwurf-2026');
		expect(keySegment('../../etc/passwd')).toBe('etc-passwd');
	});

	it('falls back for names in other scripts, and stays short', () => {
		expect(keySegment('تقرير.pdf')).toBe('datei');
		expect(keySegment('Звіт.pdf')).toBe('datei');
		expect(keySegment(`${'a'.repeat(200)}.pdf`)).toHaveLength(60);
	});
});

describe('object keys', () => {
	const organisation = '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f';

	it('puts a logo in its organisation’s folder under a new name each time', () => {
		const first = logoKey(organisation, 'webp');
		expect(first).toMatch(new RegExp(`^${organisation}/logo-[a-z0-9]{8}\\.webp$`));
		expect(logoKey(organisation, 'webp')).not.toBe(first);
	});

	it('puts a document in its application’s folder with an ASCII name', () => {
		const key = applicationDocumentKey(organisation, 'Zuwendungsbescheid Kürzung.pdf', 'pdf');
		expect(key).toMatch(
			new RegExp(`^applications/${organisation}/[a-z0-9]{8}-zuwendungsbescheid-kuerzung\\.pdf$`)
		);
		expect(isValidObjectKey(key)).toBe(true);
	});

	it('knows the keys Storage refuses', () => {
		expect(isValidObjectKey('a/bescheid.pdf')).toBe(true);
		expect(isValidObjectKey('a/Förderung.pdf')).toBe(false);
		expect(isValidObjectKey('a/50%.pdf')).toBe(false);
		expect(isValidObjectKey('a/../b.pdf')).toBe(false);
		expect(isValidObjectKey('a//b.pdf')).toBe(false);
	});
});
