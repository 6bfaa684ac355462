import { describe, expect, it } from 'vitest';
import { serviceClient } from '../../support/clients.ts';

describe('organisation slugs are made by the database', () => {
	it('folds umlauts, joins words with hyphens and names a slug-less name "organisation"', async () => {
		const marker = crypto.randomUUID().slice(0, 8);
		const { data, error } = await serviceClient()
			.from('organisations')
			.insert([
				{ name: `Brückenbauer*innen e. V. Kassel-Nord ${marker}`, kind: 'initiative' },
				{ name: '***', kind: 'initiative' }
			])
			.select('slug');
		expect(error).toBeNull();
		expect(data?.[0]?.slug).toBe(`brueckenbauer-innen-e-v-kassel-nord-${marker}`);
		expect(data?.[1]?.slug).toMatch(/^organisation(-\d+)?$/);
	});

	it('keeps two drafts with the same name apart with a number', async () => {
		const name = `Gleicher Name ${crypto.randomUUID().slice(0, 8)}`;
		const insert = () =>
			serviceClient()
				.from('organisations')
				.insert({ name, kind: 'initiative' })
				.select('slug')
				.single();
		const first = await insert();
		const second = await insert();
		expect(first.error).toBeNull();
		expect(second.error).toBeNull();
		expect(second.data?.slug).toBe(`${first.data?.slug}-2`);
	});
});
