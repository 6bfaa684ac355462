import { describe, expect, it } from 'vitest';
import { historyChanges } from './entry-history';

describe('historyChanges', () => {
	it('lists only the columns an update changed, bookkeeping left out', () => {
		expect(
			historyChanges(
				{ id: 'a', name: 'Alt', phone: null, updated_at: '1' },
				{ id: 'a', name: 'Neu', phone: null, updated_at: '2' }
			)
		).toEqual([{ field: 'name', before: 'Alt', after: 'Neu' }]);
	});

	it('shows an insert as its values and a delete as what was removed', () => {
		expect(historyChanges(null, { weekday: 3, opens_at: '14:00:00' })).toEqual([
			{ field: 'weekday', before: null, after: '3' },
			{ field: 'opens_at', before: null, after: '14:00:00' }
		]);
		expect(historyChanges({ language: 'tr' }, null)).toEqual([
			{ field: 'language', before: 'tr', after: null }
		]);
	});
});
