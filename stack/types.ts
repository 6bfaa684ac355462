import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as prettier from 'prettier';
import { PROJECT_ROOT } from './stack.ts';

export const TYPES_FILE = join(PROJECT_ROOT, 'src', 'lib', 'database.types.ts');

/**
 * The database types as Supabase's own generator (postgres-meta, the engine behind
 * `supabase gen types typescript`) writes them for the live schema, formatted like our code.
 */
export async function generateTypes(dbUrl: string): Promise<string> {
	const server = join(
		PROJECT_ROOT,
		'node_modules',
		'@supabase',
		'postgres-meta',
		'dist',
		'server',
		'server.js'
	);
	const { stdout } = await promisify(execFile)(process.execPath, [server], {
		env: {
			...process.env,
			PG_META_DB_URL: dbUrl,
			PG_META_GENERATE_TYPES: 'typescript',
			PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: 'public',
			PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true',
			PG_META_POSTGREST_VERSION: '12'
		},
		maxBuffer: 32 * 1024 * 1024
	});
	const options = await prettier.resolveConfig(TYPES_FILE);
	return prettier.format(stdout, { ...options, filepath: TYPES_FILE });
}

export async function writeTypes(dbUrl: string): Promise<void> {
	await writeFile(TYPES_FILE, await generateTypes(dbUrl));
}

/** A message when the committed file differs from what the schema generates; null when fresh. */
export async function checkTypes(dbUrl: string): Promise<string | null> {
	const [generated, committed] = await Promise.all([
		generateTypes(dbUrl),
		readFile(TYPES_FILE, 'utf8').catch(() => '')
	]);
	return generated === committed
		? null
		: 'src/lib/database.types.ts is stale: run `npm run db:types` and commit the result';
}
