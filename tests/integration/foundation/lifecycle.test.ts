import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../../stack/processes.ts';
import { startStack, type Stack } from '../../../stack/stack.ts';
import {
	postmasterPid,
	runCli,
	spawnStackProcess,
	tempStackFolders
} from '../../support/temp-stack.ts';

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query<T>(text)).rows;
	} finally {
		await client.end();
	}
}

describe('embedded stack lifecycle', () => {
	const cleanups: Array<() => Promise<unknown>> = [];
	afterEach(async () => {
		while (cleanups.length) await cleanups.pop()!();
	});

	it('keeps data across restarts and applies only new migrations, recorded as the CLI records them', async () => {
		const folders = await tempStackFolders();
		cleanups.push(folders.remove);
		const options = {
			dataDir: folders.dataDir,
			migrationsDir: folders.migrationsDir,
			ephemeral: true,
			log: () => {}
		};

		let stack: Stack = await startStack(options);
		cleanups.push(() => stack.stop());
		expect(stack.appliedMigrations.length).toBeGreaterThan(0);
		expect(stack.seed).toBe('applied');
		await query(
			stack.dbUrl,
			`insert into public.organisations (name, kind, status) values ('Kept across restarts', 'initiative', 'published')`
		);
		await stack.stop();

		await writeFile(
			join(folders.migrationsDir, '29991231235959_create_restart_markers.sql'),
			`-- Test migration: counts how often it runs.\ncreate table public.restart_markers (id int);\ninsert into public.restart_markers values (1);`
		);
		stack = await startStack(options);
		expect(stack.appliedMigrations).toEqual(['29991231235959']);
		expect(stack.seed).toBe('already applied');
		await stack.stop();

		stack = await startStack(options);
		expect(stack.appliedMigrations).toEqual([]);
		const kept = await query(
			stack.dbUrl,
			`select name from public.organisations where name = 'Kept across restarts'`
		);
		expect(kept).toHaveLength(1);
		const markers = await query(stack.dbUrl, 'select id from public.restart_markers');
		expect(markers).toEqual([{ id: 1 }]);
		const [history] = await query<{ version: string; name: string; statements: string[] }>(
			stack.dbUrl,
			`select version, name, statements from supabase_migrations.schema_migrations where version = '29991231235959'`
		);
		expect(history).toEqual({
			version: '29991231235959',
			name: 'create_restart_markers',
			statements: [
				'-- Test migration: counts how often it runs.\ncreate table public.restart_markers (id int);',
				'insert into public.restart_markers values (1);'
			]
		});
	});

	it('keeps stored files across restarts, also for an installation from before the storage service', async () => {
		const folders = await tempStackFolders();
		cleanups.push(folders.remove);
		const options = {
			dataDir: folders.dataDir,
			migrationsDir: folders.migrationsDir,
			seedFile: null,
			ephemeral: true,
			log: () => {}
		};
		let stack: Stack = await startStack(options);
		cleanups.push(() => stack.stop());
		const logo = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
		const upload = await createClient(stack.url, stack.serviceRoleKey)
			.storage.from('logos')
			.upload('kept/logo.png', logo);
		expect(upload.error).toBeNull();
		await stack.stop();

		// Secrets written before the storage service had no password for its database role.
		const secretsFile = join(folders.dataDir, 'secrets.json');
		const secrets = JSON.parse(await readFile(secretsFile, 'utf8'));
		delete secrets.passwords.storageAdmin;
		await writeFile(secretsFile, JSON.stringify(secrets));

		stack = await startStack(options);
		const response = await fetch(`${stack.url}/storage/v1/object/public/logos/kept/logo.png`);
		expect(response.status).toBe(200);
		expect((await response.arrayBuffer()).byteLength).toBe(4);
	});

	it('rolls a failing migration back completely and names it', async () => {
		const folders = await tempStackFolders();
		cleanups.push(folders.remove);
		await writeFile(
			join(folders.migrationsDir, '29991231235959_break_things.sql'),
			'create table public.half_done (id int);\nselect * from no_such_table;'
		);
		const options = {
			dataDir: folders.dataDir,
			migrationsDir: folders.migrationsDir,
			ephemeral: true,
			log: () => {}
		};
		await expect(startStack(options)).rejects.toThrow(/29991231235959_break_things\.sql failed/);
		await writeFile(join(folders.migrationsDir, '29991231235959_break_things.sql'), 'select 1;');
		const stack = await startStack(options);
		cleanups.push(() => stack.stop());
		const halfDone = await query(stack.dbUrl, `select to_regclass('public.half_done') as table`);
		expect(halfDone).toEqual([{ table: null }]);
	});

	it('recovers from a killed run: orphaned Postgres and PostgREST are stopped, the stale lock taken over', async () => {
		const folders = await tempStackFolders();
		cleanups.push(folders.remove);
		const first = await spawnStackProcess(folders.dataDir);
		const orphanPostgres = await postmasterPid(folders.dataDir);
		const orphanPostgrest = Number(await readFile(join(folders.dataDir, 'postgrest.pid'), 'utf8'));
		expect(orphanPostgres).not.toBeNull();
		first.child.kill('SIGKILL');
		await new Promise((resolve) => first.child.once('exit', resolve));
		expect(isProcessAlive(orphanPostgres!, 'postgres')).toBe(true);

		const stack = await startStack({ dataDir: folders.dataDir, log: () => {} });
		cleanups.push(() => stack.stop());
		expect(isProcessAlive(orphanPostgres!, 'postgres')).toBe(false);
		expect(isProcessAlive(orphanPostgrest, 'postgrest')).toBe(false);
		const response = await fetch(`${stack.url}/rest/v1/organisations?select=id&limit=1`, {
			headers: { apikey: stack.anonKey }
		});
		expect(response.status).toBe(200);
	});

	it('refuses a second stack on the same data folder while the first runs', async () => {
		const folders = await tempStackFolders();
		cleanups.push(folders.remove);
		const stack = await startStack({ dataDir: folders.dataDir, ephemeral: true, log: () => {} });
		cleanups.push(() => stack.stop());
		const running = await spawnStackProcess(folders.dataDir).catch((error: Error) => error);
		expect(running).toBeInstanceOf(Error);
		expect((running as Error).message).toMatch(/Another local stack \(pid \d+\) is using/);
	});

	it('stops Postgres and PostgREST cleanly on SIGTERM', async () => {
		const folders = await tempStackFolders();
		cleanups.push(folders.remove);
		const { child } = await spawnStackProcess(folders.dataDir);
		const postgresPid = await postmasterPid(folders.dataDir);
		const postgrestPid = Number(await readFile(join(folders.dataDir, 'postgrest.pid'), 'utf8'));
		const exit = new Promise<number | null>((resolve) =>
			child.once('exit', (code) => resolve(code))
		);
		child.kill('SIGTERM');
		// 128 + 15: terminated on request, after the shutdown hooks finished.
		expect(await exit).toBe(143);
		expect(isProcessAlive(postgresPid!, 'postgres')).toBe(false);
		expect(isProcessAlive(postgrestPid, 'postgrest')).toBe(false);
		expect(await postmasterPid(folders.dataDir)).toBeNull();
	});

	it('resets a database to migrations and seed with `db:reset`, and refuses while a stack runs', async () => {
		const folders = await tempStackFolders();
		cleanups.push(folders.remove);
		const stack = await startStack({ dataDir: folders.dataDir, log: () => {} });
		await query(
			stack.dbUrl,
			`insert into public.organisations (name, slug, kind) values ('Before reset', 'before-reset', 'initiative')`
		);
		const logo = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
		await createClient(stack.url, stack.serviceRoleKey)
			.storage.from('logos')
			.upload('before-reset/logo.png', logo);
		const refused = await runCli('reset', folders.dataDir);
		expect(refused.code).toBe(1);
		expect(refused.output).toMatch(/Another local stack .* db:reset needs the database to itself/s);
		await stack.stop();

		const reset = await runCli('reset', folders.dataDir);
		expect(reset.code, reset.output).toBe(0);
		const again = await startStack({ dataDir: folders.dataDir, log: () => {} });
		cleanups.push(() => again.stop());
		expect(again.anonKey).toBe(stack.anonKey);
		expect(
			await query(again.dbUrl, `select 1 from public.organisations where name = 'Before reset'`)
		).toEqual([]);
		const seeded = await query<{ count: number }>(
			again.dbUrl,
			'select count(*)::int as count from public.organisations where is_demo'
		);
		expect(seeded[0]!.count).toBeGreaterThan(0);
		// The files of the old database's objects go with it.
		expect(await readdir(join(folders.dataDir, 'storage', 'objects'))).toEqual([]);
	});
});
