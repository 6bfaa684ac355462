import { describe, expect, it } from 'vitest';
import { contentTexts, type TranslationRow } from './content-language';

const organisationId = 'org-1';
const serviceId = 'service-1';
const rows: TranslationRow[] = [
	{
		organisation_id: organisationId,
		service_id: null,
		field: 'description',
		language: 'ar',
		text: 'استشارات مستقلة',
		provenance: 'machine_translated'
	},
	{
		organisation_id: organisationId,
		service_id: serviceId,
		field: 'name',
		language: 'en',
		text: 'Anti-discrimination counselling',
		provenance: 'translated_by_person'
	}
];

describe('contentTexts', () => {
	it('shows German readers the German source, without a note', () => {
		expect(contentTexts('de', rows).pick({ organisationId }, 'description', 'Beratung')).toEqual({
			text: 'Beratung',
			lang: 'de',
			provenance: null,
			onlyInGerman: false
		});
	});

	it('shows the translation in the visitor’s language with its provenance', () => {
		expect(contentTexts('ar', rows).pick({ organisationId }, 'description', 'Beratung')).toEqual({
			text: 'استشارات مستقلة',
			lang: 'ar',
			provenance: 'machine_translated',
			onlyInGerman: false
		});
		expect(
			contentTexts('en', rows).pick({ organisationId, serviceId }, 'name', 'Antidiskriminierung')
		).toMatchObject({
			text: 'Anti-discrimination counselling',
			provenance: 'translated_by_person'
		});
	});

	it('falls back to German, marked, when there is no translation for this owner and field', () => {
		const ar = contentTexts('ar', rows);
		// The service's description, and the organisation's name, have no Arabic text.
		expect(ar.pick({ organisationId, serviceId }, 'description', 'Parteiliche Beratung')).toEqual({
			text: 'Parteiliche Beratung',
			lang: 'de',
			provenance: null,
			onlyInGerman: true
		});
		// An English text is no answer for a Turkish reader.
		expect(
			contentTexts('tr', rows).pick({ organisationId, serviceId }, 'name', 'Beratung')
		).toMatchObject({ lang: 'de', onlyInGerman: true });
	});

	it('tells a service’s text from the organisation’s text of the same field', () => {
		const ar = contentTexts('ar', rows);
		expect(ar.pick({ organisationId, serviceId }, 'description', 'Dienst')?.text).toBe('Dienst');
		expect(ar.pick({ organisationId, serviceId: null }, 'description', 'Verein')?.lang).toBe('ar');
	});

	it('gives null when there is no text at all', () => {
		expect(contentTexts('ar', rows).pick({ organisationId }, 'fees_description', null)).toBeNull();
		expect(contentTexts('de', rows).pick({ organisationId }, 'description', '')).toBeNull();
	});
});
