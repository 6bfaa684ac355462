import { describe, expect, it } from 'vitest';
import type { EntryService } from './entry-snapshot';
import {
	newServiceForm,
	serviceFormSchema,
	serviceFormValues,
	servicesWithForm,
	servicesWithout
} from './service-form';

const id = '5b8f0c1e-8a55-4d7e-9d0a-2f0f6f4e1a01';
const place = '0d4f5a43-7c1a-4c55-8f0e-3e9a3b3b2b02';
const term = '7e1d2c3b-4a59-4e68-8b7c-6d5e4f3a2b03';

const valid = () => ({
	...newServiceForm(id, 3),
	name: 'Antidiskriminierungsberatung',
	location_ids: [place]
});

function issues(input: Record<string, unknown>) {
	const result = serviceFormSchema.safeParse(input);
	if (result.success) return {};
	return Object.fromEntries(
		result.error.issues.map((issue) => [issue.path.join('.'), issue.message])
	);
}

describe('service form schema', () => {
	it('takes a complete service', () => {
		const result = serviceFormSchema.safeParse({
			...valid(),
			access_modes: ['in_person', 'phone'],
			languages: ['de', 'ar'],
			term_ids: [term],
			url: 'https://beratung.example.org/termine',
			email: 'beratung@example.org',
			phone: '+49 561 123456 (Beispielnummer)'
		});
		expect(result.success).toBe(true);
	});

	it('refuses over-long fields with the "too long" message beside each', () => {
		expect(
			issues({
				...valid(),
				name: 'N'.repeat(201),
				description: 'd'.repeat(5001),
				eligibility_description: 'e'.repeat(2001),
				application_process: 'a'.repeat(2001),
				fees_description: 'f'.repeat(1001)
			})
		).toEqual({
			name: 'entry.field.tooLong',
			description: 'entry.field.tooLong',
			eligibility_description: 'entry.field.tooLong',
			application_process: 'entry.field.tooLong',
			fees_description: 'entry.field.tooLong'
		});
	});

	it('refuses a missing name, invalid web address, e-mail and phone number', () => {
		expect(
			issues({
				...valid(),
				name: '   ',
				url: 'javascript:alert(1)',
				email: 'kein-at-zeichen',
				phone: 'ruf mich an'
			})
		).toEqual({
			name: 'entry.field.required',
			url: 'entry.field.url',
			email: 'entry.field.email',
			phone: 'entry.field.phone'
		});
	});

	it('refuses a service with neither a place nor "no fixed place"', () => {
		expect(issues({ ...valid(), location_ids: [] })).toEqual({
			location_ids: 'entry.service.placeRequired'
		});
		expect(issues({ ...valid(), location_ids: [], online_only: true })).toEqual({});
	});

	it('refuses access modes, languages and terms outside their vocabularies', () => {
		const found = issues({
			...valid(),
			access_modes: ['telepathy'],
			languages: ['deutsch'],
			term_ids: ['racism']
		});
		expect(Object.keys(found).sort()).toEqual(['access_modes.0', 'languages.0', 'term_ids.0']);
	});

	it('keeps HTML and script as the text typed, to be shown as text', () => {
		const markup = '<script>alert(1)</script><b>fett</b>';
		const result = serviceFormSchema.parse({ ...valid(), name: markup, description: markup });
		const [service] = servicesWithForm(result, [], new Set([place]));
		expect(service!.name).toBe(markup);
		expect(service!.description).toBe(markup);
	});
});

describe('a service form and the services section', () => {
	const existing: EntryService = {
		id,
		name: 'Alt',
		description: null,
		eligibility_description: null,
		application_process: null,
		fees_description: null,
		free_of_charge: true,
		anonymous_possible: false,
		appointment_required: false,
		interpreter_on_request: false,
		access_modes: ['phone'],
		url: null,
		email: null,
		phone: null,
		languages: ['de'],
		term_ids: [term],
		location_ids: [place],
		texts: [{ field: 'name', language: 'en', text: 'Old', provenance: 'translated_by_person' }]
	};

	it('round-trips a service: the form shows it as saved, and saving it unchanged changes nothing', () => {
		const form = serviceFormValues(existing, 4);
		expect(form.online_only).toBe(false);
		expect(servicesWithForm(form, [existing], new Set([place]))).toEqual([existing]);
	});

	it('replaces the edited service in place, keeps its other-language texts and adds a new one at the end', () => {
		const other = { ...existing, id: '9c3e4d5f-6a7b-4c8d-9e0f-1a2b3c4d5e06', name: 'Andere' };
		const edited = servicesWithForm(
			{ ...serviceFormValues(existing, 4), name: 'Neu', description: '  ' },
			[existing, other],
			new Set([place])
		);
		expect(edited.map((service) => service.name)).toEqual(['Neu', 'Andere']);
		expect(edited[0]!.description).toBeNull();
		expect(edited[0]!.texts).toEqual(existing.texts);
		const added = servicesWithForm(
			{
				...newServiceForm('1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a07', 4),
				name: 'Dazu',
				online_only: true
			},
			[existing],
			new Set([place])
		);
		expect(added.map((service) => service.name)).toEqual(['Alt', 'Dazu']);
		expect(added[1]!.location_ids).toEqual([]);
	});

	it('"no fixed place" drops the places, and a place no longer in the entry is dropped', () => {
		const form = { ...serviceFormValues(existing, 4), online_only: true };
		expect(servicesWithForm(form, [existing], new Set([place]))[0]!.location_ids).toEqual([]);
		const gone = serviceFormValues(existing, 4);
		expect(servicesWithForm(gone, [existing], new Set())[0]!.location_ids).toEqual([]);
	});

	it('edits the texts in the further languages: typed ones saved, emptied ones dropped, others kept', () => {
		const service: EntryService = {
			...existing,
			texts: [
				{ field: 'name', language: 'en', text: 'Old', provenance: 'translated_by_person' },
				{ field: 'description', language: 'tr', text: 'Eski', provenance: 'machine_translated' },
				// Not on the form: a short name, and a language the form does not offer.
				{ field: 'short_name', language: 'en', text: 'ADB', provenance: 'translated_by_person' },
				{ field: 'name', language: 'fr', text: 'Conseil', provenance: 'written_by_organisation' }
			]
		};
		const form = serviceFormValues(service, 4);
		expect(form.name_en).toBe('Old');
		expect(form.provenance_en).toBe('translated_by_person');
		expect(form.description_tr).toBe('Eski');
		expect(form.provenance_tr).toBe('machine_translated');
		expect(form.name_ar).toBe('');
		const [saved] = servicesWithForm(
			{
				...form,
				name_en: ' Counselling ',
				description_tr: '',
				eligibility_description_ar: 'للجميع',
				provenance_ar: 'translated_by_person'
			},
			[service],
			new Set([place])
		);
		expect(saved!.texts).toEqual(
			expect.arrayContaining([
				{ field: 'short_name', language: 'en', text: 'ADB', provenance: 'translated_by_person' },
				{ field: 'name', language: 'fr', text: 'Conseil', provenance: 'written_by_organisation' },
				{ field: 'name', language: 'en', text: 'Counselling', provenance: 'translated_by_person' },
				{
					field: 'eligibility_description',
					language: 'ar',
					text: 'للجميع',
					provenance: 'translated_by_person'
				}
			])
		);
		expect(saved!.texts).toHaveLength(4);
	});

	it('refuses an over-long text in a further language beside its field', () => {
		expect(issues({ ...valid(), description_uk: 'я'.repeat(5001) })).toEqual({
			description_uk: 'entry.field.tooLong'
		});
		expect(issues({ ...valid(), provenance_ar: 'guessed' })).toHaveProperty('provenance_ar');
	});

	it('removes one service and leaves the others', () => {
		expect(servicesWithout(id, [existing])).toEqual([]);
		expect(servicesWithout('00000000-0000-4000-8000-000000000000', [existing])).toEqual([existing]);
	});
});
