import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { describe, expect, it } from 'vitest';
import { hoursFormSchema, hoursFromFormData } from './entry-forms';

const slot = '3a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c01';

/** Opening hours as a form without JavaScript posts them: repeated fields, one per row. */
function postedHours(opens: string, closes: string): FormData {
	const data = new FormData();
	data.set('version', '7');
	data.append('slot_id', slot);
	data.append('slot_location', '');
	data.append('slot_weekday', '2');
	data.append('slot_opens', opens);
	data.append('slot_closes', closes);
	data.append('slot_description', '');
	return data;
}

describe('opening hours form without JavaScript', () => {
	it('sends a refused form back with the version it was loaded with and the times typed', async () => {
		// Closing before opening is refused; the next save must still compare with version 7.
		const form = await superValidate(
			hoursFromFormData(postedHours('14:00', '09:00')),
			zod4(hoursFormSchema)
		);
		expect(form.valid).toBe(false);
		expect(form.data.version).toBe(7);
		expect(form.data.slots[0]).toMatchObject({ weekday: 2, opens_at: '14:00', closes_at: '09:00' });
	});

	it('reads a valid week row by row', async () => {
		const form = await superValidate(
			hoursFromFormData(postedHours('09:00', '12:30')),
			zod4(hoursFormSchema)
		);
		expect(form.valid).toBe(true);
		expect(form.data).toMatchObject({
			version: 7,
			slots: [{ id: slot, weekday: 2, opens_at: '09:00', closes_at: '12:30' }]
		});
	});
});
