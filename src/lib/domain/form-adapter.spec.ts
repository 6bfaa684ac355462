import { superValidate } from 'sveltekit-superforms';
import { formAdapter } from './form-adapter';
import { describe, expect, it } from 'vitest';
import { joinSchema } from './auth-forms';
import { statusChangeSchema } from './office-desk-schema';

/**
 * Superforms fills fields missing from a post with the schema's defaults. A choice never made and
 * an unticked box must still be refused, not pass as the first option or as consent.
 */
describe('forms read through Superforms', () => {
	const post = (fields: Record<string, string>) => {
		const formData = new FormData();
		for (const [name, value] of Object.entries(fields)) formData.set(name, value);
		return formData;
	};

	it('refuses a join request without a kind or consent, keeping what was typed', async () => {
		const form = await superValidate(
			post({ name: 'Verein Beispiel', email: 'a@example.org', description: 'Wir beraten.' }),
			formAdapter(joinSchema)
		);
		expect(form.valid).toBe(false);
		expect(form.errors).toEqual({
			kind: ['form.kind.required'],
			consent: ['form.consent.required']
		});
		expect(form.data).toMatchObject({ name: 'Verein Beispiel', description: 'Wir beraten.' });
	});

	it('reads a ticked box and a chosen kind', async () => {
		const form = await superValidate(
			post({
				name: 'Verein Beispiel',
				kind: 'initiative',
				email: ' A@Example.org ',
				description: 'Wir beraten.',
				consent: 'on'
			}),
			formAdapter(joinSchema)
		);
		expect(form.valid).toBe(true);
		expect(form.data).toMatchObject({ kind: 'initiative', email: 'a@example.org', consent: true });
	});

	it('starts the join form empty: no kind chosen, the box unticked', async () => {
		const form = await superValidate(formAdapter(joinSchema));
		expect(form.data).toMatchObject({ kind: '', consent: false });
	});

	it('never reads a status change without its action as "publish"', async () => {
		const form = await superValidate(post({}), formAdapter(statusChangeSchema));
		expect(form.valid).toBe(false);
		expect(form.errors.action).toEqual(['officeDesk.error.invalid']);
	});
});
