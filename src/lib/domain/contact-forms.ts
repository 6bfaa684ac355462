import { z } from 'zod';
import { EMAIL_PATTERN, PHONE_PATTERN, type EntryContact } from './entry-snapshot.ts';

/**
 * The portal's contacts form: the people to ask, each with "show publicly" (a hidden contact is
 * for the office only). Rows repeat under the same field names, so the form works without
 * JavaScript; a row left empty is no row. Server and portal only (zod).
 */

const optional = (max: number) =>
	z.string().trim().max(max, { error: 'entry.field.tooLong' }).default('');

const contactRow = z.object({
	id: z.uuid(),
	name: optional(200),
	title: optional(200),
	email: optional(254).refine((value) => value === '' || EMAIL_PATTERN.test(value), {
		error: 'entry.field.email'
	}),
	phone: optional(60).refine((value) => value === '' || PHONE_PATTERN.test(value), {
		error: 'entry.field.phone'
	}),
	/** The service the person is the contact for; '' for the whole organisation. */
	service_id: z.union([z.literal(''), z.uuid()]).default(''),
	show_publicly: z.boolean().default(false)
});

export const contactsFormSchema = z.object({
	version: z.coerce.number().int().min(1),
	contacts: z.array(contactRow).max(50)
});
export type ContactsForm = z.infer<typeof contactsFormSchema>;
export type ContactRow = ContactsForm['contacts'][number];

export const emptyContactRow = (id: string): ContactRow => ({
	id,
	name: '',
	title: '',
	email: '',
	phone: '',
	service_id: '',
	show_publicly: true
});

export function contactsFormValues(contacts: EntryContact[], currentVersion: number): ContactsForm {
	return {
		version: currentVersion,
		contacts: contacts.map((contact) => ({
			id: contact.id,
			name: contact.name ?? '',
			title: contact.title ?? '',
			email: contact.email ?? '',
			phone: contact.phone ?? '',
			service_id: contact.service_id ?? '',
			show_publicly: contact.show_publicly
		}))
	};
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const isEmpty = (row: Pick<ContactRow, 'name' | 'title' | 'email' | 'phone'>) =>
	!(row.name.trim() || row.title.trim() || row.email.trim() || row.phone.trim());

/**
 * The contacts section after the form: a row left empty is no contact, and a contact of a service
 * that is gone belongs to the whole entry.
 */
export function contactsFromForm(
	form: ContactsForm,
	serviceIds: ReadonlySet<string>
): EntryContact[] {
	return form.contacts
		.filter((row) => !isEmpty(row))
		.map((row) => ({
			id: row.id,
			service_id: row.service_id && serviceIds.has(row.service_id) ? row.service_id : null,
			name: orNull(row.name),
			title: orNull(row.title),
			email: orNull(row.email),
			phone: orNull(row.phone),
			show_publicly: row.show_publicly
		}));
}

/**
 * The contacts form's fields as posted: one value per row for each repeated name. The "show
 * publicly" checkbox posts the row's id when ticked.
 */
export function contactsFromFormData(formData: FormData): Record<string, unknown> {
	const all = (name: string) => formData.getAll(name).map(String);
	const shown = new Set(all('contact_public'));
	const contacts = all('contact_id').map((id, index) => ({
		id,
		name: all('contact_name')[index] ?? '',
		title: all('contact_title')[index] ?? '',
		email: all('contact_email')[index] ?? '',
		phone: all('contact_phone')[index] ?? '',
		service_id: all('contact_service')[index] ?? '',
		show_publicly: shown.has(id)
	}));
	return {
		// A number, not the posted string: superforms keeps a refused form's values only where
		// their type fits the schema, and would send a refused save back with version 0.
		version: Number(formData.get('version')),
		contacts: contacts.filter((row) => !isEmpty(row))
	};
}
