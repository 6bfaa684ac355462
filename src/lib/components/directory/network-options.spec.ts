import { describe, expect, it } from 'vitest';
import { networkOptions, renderNetworks, renderedNetworks } from './network-options.ts';

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
