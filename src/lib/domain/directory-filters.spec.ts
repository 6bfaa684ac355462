import { describe, expect, it } from 'vitest';
import { activeFilters, withoutFilter } from './directory-filters.ts';
import { EMPTY_QUERY, directoryQueryParams } from './directory-query.ts';

describe('activeFilters and withoutFilter', () => {
	const query = {
		...EMPTY_QUERY,
		q: 'Beratung',
		language: ['ps', 'fa'],
		free: true,
		near: '34117',
		radius: 5,
		page: 3
	};

	it('names each group that narrows the search once', () => {
		expect(activeFilters(query)).toEqual(['q', 'near', 'language', 'free']);
		expect(activeFilters(EMPTY_QUERY)).toEqual([]);
		expect(activeFilters({ ...EMPTY_QUERY, lat: 51.3, lng: 9.5 })).toEqual(['near']);
	});

	it('drops just that group, its place with its radius, and starts at the first page', () => {
		expect(directoryQueryParams(withoutFilter(query, 'language')).toString()).toBe(
			'q=Beratung&free=1&near=34117&radius=5'
		);
		expect(directoryQueryParams(withoutFilter(query, 'near')).toString()).toBe(
			'q=Beratung&language=ps&language=fa&free=1'
		);
		expect(directoryQueryParams(withoutFilter(query, 'free')).toString()).toBe(
			'q=Beratung&language=ps&language=fa&near=34117&radius=5'
		);
	});
});
