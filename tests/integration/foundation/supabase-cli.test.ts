import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../../../stack/migrations.ts';
import { PROJECT_ROOT } from '../../../stack/stack.ts';
import { stackInfo } from '../../support/clients.ts';

const supabase = (...args: string[]) =>
	promisify(execFile)(join(PROJECT_ROOT, 'node_modules', '.bin', 'supabase'), args, {
		cwd: PROJECT_ROOT,
		timeout: 60_000
	});

describe('the Supabase CLI agrees with the embedded stack’s migration bookkeeping', () => {
	it('sees every local migration as applied and has nothing to push', async () => {
		const dbUrl = `${stackInfo().dbUrl}?sslmode=disable`;
		const { stdout: list } = await supabase('migration', 'list', '--db-url', dbUrl);
		const versions = (await listMigrations(join(PROJECT_ROOT, 'supabase', 'migrations'))).map(
			(m) => m.version
		);
		expect(versions.length).toBeGreaterThan(0);
		for (const version of versions)
			expect(list).toMatch(new RegExp(`\`${version}\`\\s*\\|\\s*\`${version}\``));
		const { stdout: push, stderr } = await supabase('db', 'push', '--dry-run', '--db-url', dbUrl);
		expect(`${push}${stderr}`).toContain('Remote database is up to date.');
	});
});
