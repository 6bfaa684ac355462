import { describe, expect, it } from 'vitest';
import {
	NETWORK_FIELD_ID,
	networkOptions,
	networksInPage,
	renderNetworks,
	renderedNetworks
} from './network-options.ts';

const ALL_IN = { slug: 'all-in', name: 'ALL IN' };
const KOMMA = { slug: 'komm-a', name: 'Komm.A Kassel' };

describe('networkOptions', () => {
	it('offers every known network, else the chosen one alone, else none', () => {
		expect(networkOptions([ALL_IN, KOMMA], KOMMA)).toEqual([ALL_IN, KOMMA]);
		expect(networkOptions(null, KOMMA)).toEqual([KOMMA]);
		expect(networkOptions(null, null)).toEqual([]);
	});
});

describe('renderNetworks', () => {
	it('hands the list to the next server rendering', () => {
		renderNetworks([ALL_IN]);
		expect(renderedNetworks()).toEqual([ALL_IN]);
		renderNetworks([ALL_IN, KOMMA]);
		expect(renderedNetworks()).toEqual([ALL_IN, KOMMA]);
	});
});

describe('networksInPage', () => {
	const page = (options: Array<{ value: string; text: string }> | null) => ({
		getElementById: (id: string) => (options && id === NETWORK_FIELD_ID ? { id, options } : null)
	});

	it('reads the networks the server rendered, without the "any network" choice', () => {
		expect(
			networksInPage(
				page([
					{ value: '', text: 'Alle Netzwerke' },
					{ value: ALL_IN.slug, text: ALL_IN.name },
					{ value: KOMMA.slug, text: KOMMA.name }
				])
			)
		).toEqual([ALL_IN, KOMMA]);
	});

	it('knows nothing when the page holds no filter', () => {
		expect(networksInPage(page(null))).toBeNull();
	});
});
