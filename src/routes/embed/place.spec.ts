import { describe, expect, it } from 'vitest';
import { describePlace, type EmbedPlace } from './place.ts';

const place = (changes: Partial<EmbedPlace>): EmbedPlace => ({
	visibility: 'exact',
	name: 'Beratungsbüro',
	address_1: 'Königsstraße 1',
	postal_code: '34117',
	city: 'Kassel',
	district: 'Mitte',
	...changes
});

describe('describePlace', () => {
	it('gives an exact place with name and street', () => {
		expect(describePlace(place({}))).toEqual({
			text: 'Beratungsbüro, Königsstraße 1, 34117 Kassel',
			note: null
		});
	});

	it('gives a confidential place by what is public, and says why it is vague', () => {
		expect(
			describePlace(place({ visibility: 'approximate', name: null, address_1: null }))
		).toEqual({ text: 'Mitte, 34117 Kassel', note: 'openData.widget.approximate' });
		expect(
			describePlace(
				place({
					visibility: 'on_request',
					name: null,
					address_1: null,
					postal_code: null,
					district: null
				})
			)
		).toEqual({ text: 'Kassel', note: 'openData.widget.onRequest' });
	});
});
