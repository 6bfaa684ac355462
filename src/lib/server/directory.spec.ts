import { describe, expect, it } from 'vitest';
import { vocabulariesFor, type DirectoryVocabularies } from './directory.ts';

const vocabularies: DirectoryVocabularies = {
	discriminationGrounds: [
		{ code: 'racism', label_de: 'Rassismus', label_en: 'Racism' },
		{ code: 'added_later', label_de: 'Später ergänzt', label_en: 'Added later' }
	],
	counsellingTypes: [{ code: 'legal', label_de: 'Rechtsberatung', label_en: 'Legal advice' }],
	lifeAreas: [{ code: 'housing', label_de: 'Wohnen', label_en: 'Housing' }],
	languages: ['ar', 'de'],
	networks: [{ slug: 'komm-a', name: 'Komm.A Kassel' }]
};

describe('vocabulariesFor', () => {
	it('drops the database labels of terms the catalogue names, in every language', () => {
		for (const locale of ['de', 'en', 'tr', 'ar', 'uk'] as const) {
			const lean = vocabulariesFor(vocabularies, locale);
			expect(lean.discriminationGrounds).toEqual([
				{ code: 'racism', label_de: '', label_en: '' },
				{ code: 'added_later', label_de: 'Später ergänzt', label_en: 'Added later' }
			]);
			expect(lean.counsellingTypes).toEqual([{ code: 'legal', label_de: '', label_en: '' }]);
			expect(lean.lifeAreas).toEqual([{ code: 'housing', label_de: '', label_en: '' }]);
			expect(lean.languages).toEqual(vocabularies.languages);
			expect(lean.networks).toEqual(vocabularies.networks);
		}
	});
});
