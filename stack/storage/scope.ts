import type http from 'node:http';
import pg from 'pg';
import { accessDenied, keyAlreadyExists, StorageError } from './errors.ts';

/** Who asks: the JWT's role (`anon` without one), its claims and the raw token. */
export type Caller = {
	role: string;
	claims: Record<string, unknown>;
	token: string;
	/** The JWT's `sub`, if any: the owner of what the caller uploads. */
	sub: string | null;
};

export const ANONYMOUS: Caller = { role: 'anon', claims: { role: 'anon' }, token: '', sub: null };
export const SERVICE_ROLE: Caller = {
	role: 'service_role',
	claims: { role: 'service_role' },
	token: '',
	sub: null
};

/** What the request looks like to policies: `request.method`, `request.path`, `request.headers`. */
export type RequestFacts = {
	method: string;
	path: string;
	headers: http.IncomingHttpHeaders;
	/** `storage.operation`, e.g. `storage.object.upload`. */
	operation: string;
};

/**
 * Runs `work` in a transaction under the caller's role with the settings Supabase Storage sets
 * (storage-contract.md §2, per-request scope), so that `auth.uid()`, `auth.jwt()`,
 * `storage.operation()` and the policies on storage.objects see what they see on Supabase.
 * `rollback` runs a permission test: everything is undone, errors still come through.
 */
export async function inScope<T>(
	pool: pg.Pool,
	caller: Caller,
	facts: RequestFacts,
	work: (client: pg.PoolClient) => Promise<T>,
	{ rollback = false } = {}
): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query('begin');
		await client.query(
			`select set_config('role', $1, true),
			        set_config('request.jwt.claim.role', $1, true),
			        set_config('request.jwt', $2, true),
			        set_config('request.jwt.claim.sub', $3, true),
			        set_config('request.jwt.claims', $4, true),
			        set_config('request.headers', $5, true),
			        set_config('request.method', $6, true),
			        set_config('request.path', $7, true),
			        set_config('storage.operation', $8, true),
			        set_config('storage.allow_delete_query', 'true', true)`,
			[
				caller.role,
				caller.token,
				caller.sub ?? '',
				JSON.stringify(caller.claims),
				JSON.stringify(facts.headers),
				facts.method,
				facts.path,
				facts.operation
			]
		);
		const result = await work(client);
		await client.query(rollback ? 'rollback' : 'commit');
		return result;
	} catch (error) {
		await client.query('rollback').catch(() => {});
		throw translate(error);
	} finally {
		client.release();
	}
}

/** Postgres errors as Supabase Storage reports them (its `DatabaseError` mapping). */
function translate(error: unknown): unknown {
	if (!(error instanceof pg.DatabaseError)) return error;
	if (error.code === '42501') {
		return accessDenied(
			error.message.startsWith('new row violates row-level security policy')
				? 'new row violates row-level security policy'
				: error.message
		);
	}
	if (error.code === '23505') return keyAlreadyExists();
	if (error.code === '22023' || error.code === '22P02')
		return new StorageError(400, 'InvalidRequest', error.message);
	return error;
}
