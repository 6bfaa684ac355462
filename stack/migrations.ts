import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type pg from 'pg';
import { splitStatements } from './sql-split.ts';

export type MigrationFile = { version: string; name: string; path: string };

const MIGRATION_FILE = /^(\d+)_(.+)\.sql$/;

/** The migration files in `dir`, oldest first, named `<version>_<name>.sql` as the CLI names them. */
export async function listMigrations(dir: string): Promise<MigrationFile[]> {
	const files = await readdir(dir).catch(() => [] as string[]);
	return files
		.map((file) => {
			const match = MIGRATION_FILE.exec(file);
			return match ? { version: match[1]!, name: match[2]!, path: join(dir, file) } : null;
		})
		.filter((migration): migration is MigrationFile => migration !== null)
		.sort((a, b) => a.version.localeCompare(b.version));
}

/** The bookkeeping tables exactly as the Supabase CLI creates them, so `supabase db push` agrees. */
async function ensureHistoryTables(client: pg.Client): Promise<void> {
	await client.query(`
		create schema if not exists supabase_migrations;
		create table if not exists supabase_migrations.schema_migrations (version text not null primary key);
		alter table supabase_migrations.schema_migrations add column if not exists statements text[];
		alter table supabase_migrations.schema_migrations add column if not exists name text;
		create table if not exists supabase_migrations.seed_files (path text not null primary key, hash text not null);
	`);
}

/**
 * Applies the migrations that are not yet recorded, each in its own transaction, and records
 * them. Returns the versions it applied. A failing migration is rolled back and named.
 */
export async function applyMigrations(client: pg.Client, dir: string): Promise<string[]> {
	await ensureHistoryTables(client);
	const { rows } = await client.query<{ version: string }>(
		'select version from supabase_migrations.schema_migrations'
	);
	const applied = new Set(rows.map((row) => row.version));
	const pending = (await listMigrations(dir)).filter((m) => !applied.has(m.version));
	for (const migration of pending) {
		const statements = splitStatements(await readFile(migration.path, 'utf8'));
		await client.query('begin');
		try {
			for (const statement of statements) await client.query(statement);
			await client.query(
				'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
				[migration.version, migration.name, statements]
			);
			await client.query('commit');
		} catch (error) {
			await client.query('rollback');
			throw new Error(`migration ${migration.version}_${migration.name}.sql failed: ${error}`, {
				cause: error
			});
		}
	}
	return pending.map((m) => m.version);
}

/**
 * Applies the seed file once and records it in `seed_files` as the CLI does. A seed changed
 * after it was applied is not re-run (that would duplicate rows): `npm run db:reset` does.
 */
export async function applySeedOnce(
	client: pg.Client,
	seedFile: string,
	projectRoot: string
): Promise<'applied' | 'already applied' | 'no seed'> {
	let sql: string;
	try {
		sql = await readFile(seedFile, 'utf8');
	} catch {
		return 'no seed';
	}
	const path = relative(projectRoot, seedFile);
	const { rowCount } = await client.query(
		'select 1 from supabase_migrations.seed_files where path = $1',
		[path]
	);
	if (rowCount) return 'already applied';
	const hash = createHash('sha256').update(sql).digest('hex');
	await client.query('begin');
	try {
		await client.query(sql);
		await client.query('insert into supabase_migrations.seed_files (path, hash) values ($1, $2)', [
			path,
			hash
		]);
		await client.query('commit');
	} catch (error) {
		await client.query('rollback');
		throw new Error(`seed ${path} failed: ${error}`, { cause: error });
	}
	return 'applied';
}
