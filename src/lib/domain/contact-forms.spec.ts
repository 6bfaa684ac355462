import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { describe, expect, it } from 'vitest';
import {
	contactsFormSchema,
	contactsFormValues,
	contactsFromForm,
	contactsFromFormData,
	emptyContactRow
} from './contact-forms';

const first = '3a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c01';
const second = '4b2c3d4e-5f6a-4b7c-9d8e-9f0a1b2c3d02';
const service = '5c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e03';

function posted(rows: Array<Record<string, string>>, shown: string[] = []): FormData {
	const data = new FormData();
	data.set('version', '2');
	for (const row of rows) {
		data.append('contact_id', row.id ?? '');
		data.append('contact_name', row.name ?? '');
		data.append('contact_title', row.title ?? '');
		data.append('contact_email', row.email ?? '');
		data.append('contact_phone', row.phone ?? '');
		data.append('contact_service', row.service ?? '');
	}
	for (const id of shown) data.append('contact_public', id);
	return data;
}

describe('contacts form', () => {
	it('reads repeated fields row by row; "show publicly" by the row id; an empty row is no row', () => {
		const values = contactsFromFormData(
			posted(
				[
					{ id: first, name: 'Aylin Demir', title: 'Beratung', email: 'aylin@example.org' },
					{ id: second },
					{ id: service, name: 'Intern', phone: '0561 1234' }
				],
				[first]
			)
		);
		const form = contactsFormSchema.parse(values);
		expect(form.version).toBe(2);
		expect(form.contacts.map((row) => [row.id, row.show_publicly])).toEqual([
			[first, true],
			[service, false]
		]);
	});

	it('sends a refused form back with the version it was loaded with', async () => {
		const form = await superValidate(
			contactsFromFormData(posted([{ id: first, name: 'A', email: 'kein-at' }])),
			zod4(contactsFormSchema)
		);
		expect(form.valid).toBe(false);
		expect(form.data.version).toBe(2);
		expect(form.data.contacts[0]!.email).toBe('kein-at');
	});

	it('refuses an invalid e-mail and phone and over-long fields beside the row and field', () => {
		const result = contactsFormSchema.safeParse({
			version: 2,
			contacts: [
				{ ...emptyContactRow(first), name: 'Ok', email: 'a@b.org' },
				{
					...emptyContactRow(second),
					name: 'N'.repeat(201),
					title: 'T'.repeat(201),
					email: 'name@',
					phone: '<b>call</b>'
				}
			]
		});
		expect(result.success).toBe(false);
		const found = Object.fromEntries(
			result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])
		);
		expect(found).toEqual({
			'contacts.1.name': 'entry.field.tooLong',
			'contacts.1.title': 'entry.field.tooLong',
			'contacts.1.email': 'entry.field.email',
			'contacts.1.phone': 'entry.field.phone'
		});
	});

	it('refuses a service that is no id, and keeps HTML in a name as text', () => {
		const markup = '<img src=x onerror=alert(1)>';
		expect(
			contactsFormSchema.safeParse({
				version: 2,
				contacts: [{ ...emptyContactRow(first), name: 'A', service_id: 'nope' }]
			}).success
		).toBe(false);
		const form = contactsFormSchema.parse({
			version: 2,
			contacts: [{ ...emptyContactRow(first), name: markup, email: 'a@example.org' }]
		});
		expect(contactsFromForm(form, new Set())[0]!.name).toBe(markup);
	});

	it('round-trips the section; a contact of a service that is gone belongs to the entry', () => {
		const contacts = [
			{
				id: first,
				service_id: service,
				name: 'Aylin Demir',
				title: null,
				email: 'aylin@example.org',
				phone: null,
				show_publicly: false
			}
		];
		const form = contactsFormValues(contacts, 5);
		expect(contactsFromForm(form, new Set([service]))).toEqual(contacts);
		expect(contactsFromForm(form, new Set())[0]!.service_id).toBeNull();
		expect(
			contactsFromForm({ version: 5, contacts: [emptyContactRow(second)] }, new Set())
		).toEqual([]);
	});
});
