import { describe, expect, it } from 'vitest';
import { deskSearch, staleBefore } from './office-organisations';
import { parseDeskQuery } from './office-organisations-schema';

describe('the organisations table query', () => {
	it('reads its filters from the URL and drops what it does not know', () => {
		const query = parseDeskQuery(
			new URLSearchParams(
				'q=+Verein+&kind=initiative&status=party&network=not-a-uuid&confirmed=stale&sort=confirmed&order=desc&page=3'
			)
		);
		expect(query).toEqual({
			q: 'Verein',
			kind: 'initiative',
			status: undefined,
			network: undefined,
			confirmed: 'stale',
			sort: 'confirmed',
			descending: true,
			page: 3
		});
		expect(parseDeskQuery(new URLSearchParams('page=0&sort=evil'))).toMatchObject({
			sort: 'name',
			descending: false,
			page: 1
		});
	});

	it('writes back the same query, leaving defaults out', () => {
		const search = '?q=Verein&status=draft&sort=updated&order=desc&page=2';
		const query = parseDeskQuery(new URLSearchParams(search));
		expect(deskSearch(query, {})).toBe(search);
		expect(deskSearch(query, { page: 1, sort: 'name', descending: false })).toBe(
			'?q=Verein&status=draft'
		);
	});

	it('calls an entry stale after twelve months', () => {
		expect(staleBefore(new Date('2026-11-30T12:00:00Z'))).toBe('2025-11-30T12:00:00.000Z');
	});
});
