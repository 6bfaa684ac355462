/**
 * One recorded change of directory data (public.directory_history) as the history pages show it:
 * for an update only the columns that changed, for an insert or delete the row's values. Pure.
 */

export type HistoryRow = {
	id: number;
	occurredAt: string;
	actorRole: 'staff' | 'member' | 'system';
	/** The actor's e-mail address, shown to office staff only. */
	actorEmail: string | null;
	tableName: string;
	operation: 'insert' | 'update' | 'delete';
	fromRevision: boolean;
	changes: Array<{ field: string; before: string | null; after: string | null }>;
};

/** Columns that say nothing to a reader: keys and bookkeeping. */
const HIDDEN = new Set(['id', 'organisation_id', 'created_at', 'updated_at', 'earth']);

const show = (value: unknown): string | null =>
	value === null || value === undefined
		? null
		: typeof value === 'string'
			? value
			: JSON.stringify(value);

export function historyChanges(
	oldValues: Record<string, unknown> | null,
	newValues: Record<string, unknown> | null
): HistoryRow['changes'] {
	const keys = [...new Set([...Object.keys(oldValues ?? {}), ...Object.keys(newValues ?? {})])];
	return keys
		.filter((field) => !HIDDEN.has(field))
		.flatMap((field) => {
			const before = oldValues ? show(oldValues[field]) : null;
			const after = newValues ? show(newValues[field]) : null;
			return before === after ? [] : [{ field, before, after }];
		});
}
