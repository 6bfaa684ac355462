/**
 * The directory migrations on a database that already runs the earlier ones, with their data:
 * existing organisations get slugs, search documents and stay searchable.
 */
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, startStack } from '../../../stack/stack.ts';

const FOUNDATION = ['20261125220000_create_organisations.sql', '20261125221000_create_roles.sql'];

describe('directory migrations on an existing database', () => {
	let root: string;

	afterAll(async () => {
		if (root) await rm(root, { recursive: true, force: true });
	});

	it('apply after the earlier migrations and keep existing organisations findable', async () => {
		root = await mkdtemp(join(tmpdir(), 'buendnisatlas-directory-upgrade-'));
		const migrationsDir = join(root, 'migrations');
		const dataDir = join(root, 'data');
		await mkdir(migrationsDir);
		for (const file of FOUNDATION)
			await cp(join(PROJECT_ROOT, 'supabase', 'migrations', file), join(migrationsDir, file));
		// The data is inserted by hand, not as a seed: a seed brings the demo accounts, whose SQL
		// needs the tables of every migration.
		const before = await startStack({
			dataDir,
			migrationsDir,
			seedFile: null,
			ephemeral: true,
			log: () => {}
		});
		try {
			const client = new pg.Client({ connectionString: before.dbUrl });
			await client.connect();
			try {
				await client.query(
					`insert into public.organisations (name, kind, status) values
					   ('Ökumenische Beratungsstelle für Geflüchtete', 'counselling_service', 'published'),
					   ('Ökumenische Beratungsstelle für Geflüchtete', 'counselling_service', 'draft')`
				);
			} finally {
				await client.end();
			}
		} finally {
			await before.stop();
		}

		const all = (await readdir(join(PROJECT_ROOT, 'supabase', 'migrations'))).filter((file) =>
			file.endsWith('.sql')
		);
		for (const file of all)
			await cp(join(PROJECT_ROOT, 'supabase', 'migrations', file), join(migrationsDir, file));
		const after = await startStack({
			dataDir,
			migrationsDir,
			seedFile: null,
			ephemeral: true,
			log: () => {}
		});
		try {
			expect(after.appliedMigrations.length).toBe(all.length - FOUNDATION.length);
			const client = new pg.Client({ connectionString: after.dbUrl });
			await client.connect();
			try {
				const { rows: slugs } = await client.query(
					`select slug from public.organisations order by slug`
				);
				expect(slugs).toEqual([
					{ slug: 'oekumenische-beratungsstelle-fuer-gefluechtete' },
					{ slug: 'oekumenische-beratungsstelle-fuer-gefluechtete-2' }
				]);
				const { rows: found } = await client.query(
					`select name from public.search_directory(q => 'gefluchtete')`
				);
				expect(found).toEqual([{ name: 'Ökumenische Beratungsstelle für Geflüchtete' }]);
			} finally {
				await client.end();
			}
		} finally {
			await after.stop();
		}
	});
});
