/**
 * The directory search as it was before issue #13 (migration 20261126000000), installed under
 * test-only names beside the current one, so that a test and the bench can compare the two on the
 * same data: private.reference_search_directory(…) and private.reference_search_directory_points(…)
 * take the arguments of public.search_directory and public.search_directory_points.
 * The definitions are read from the old migration itself, never copied by hand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { PROJECT_ROOT } from '../stack/stack.ts';

const OLD_MIGRATION = join(
	PROJECT_ROOT,
	'supabase',
	'migrations',
	'20261126000000_directory_search_speed.sql'
);

/** Function name in the old migration → its test-only name. */
const RENAMES: ReadonlyArray<[string, string]> = [
	// First: the filter's body names it (a later migration gave the current one more arguments).
	['private.facet_matches', 'private.reference_facet_matches'],
	['private.directory_filter', 'private.reference_directory_filter'],
	['private.directory_matches', 'private.reference_directory_matches'],
	['public.search_directory', 'private.reference_search_directory'],
	['public.search_directory_points', 'private.reference_search_directory_points']
];

/** The `create … function <name>(` statements of the old migration, renamed, in file order. */
export function referenceSearchSql(): string {
	const source = readFileSync(OLD_MIGRATION, 'utf8');
	const statements: string[] = [];
	for (const [name] of RENAMES) {
		const start = source.search(
			new RegExp(`create (or replace )?function ${name.replace('.', '\\.')}\\(`)
		);
		if (start < 0) throw new Error(`${name} not found in ${OLD_MIGRATION}`);
		// The body is dollar-quoted: the statement ends at the closing `$$;`.
		const bodyStart = source.indexOf('$$', start);
		const end = source.indexOf('$$;', bodyStart + 2) + 3;
		statements.push(source.slice(start, end));
	}
	let sql = statements.join('\n\n');
	for (const [name, renamed] of RENAMES) {
		sql = sql.replaceAll(`${name}(`, `${renamed}(`);
		// Parameters qualified by the function's name: `directory_filter.kinds`.
		const [, bare] = name.split('.');
		const [, renamedBare] = renamed.split('.');
		sql = sql.replace(new RegExp(`(?<![\\w.])${bare}\\.`, 'g'), `${renamedBare}.`);
	}
	// pg_trgm's library loaded first, so that a function may set its threshold (as the migration).
	return `select extensions.similarity('', '');\n${sql.replace(/create (or replace )?function/g, 'create or replace function')}`;
}

/** Installs the old search as private.reference_search_directory (superuser connection). */
export async function installReferenceSearch(client: pg.Client | pg.PoolClient): Promise<void> {
	await client.query(referenceSearchSql());
}
