import type pg from 'pg';

/**
 * Runs `statement` as the given user, as PostgREST would (role authenticated, the JWT's claims),
 * and returns its rows and how often `fn` was called meanwhile: Postgres's own function
 * statistics, read within the transaction. Tests use it to hold policies to a cost that does not
 * grow with the rows a user may not even see, without timing anything. `client` is a superuser
 * connection (track_functions is a superuser setting); the transaction is rolled back.
 */
export async function asUserCountingCalls<Row extends pg.QueryResultRow>(
	client: pg.Client,
	userId: string,
	statement: string,
	fn = 'private.can_edit(uuid)'
): Promise<{ rows: Row[]; calls: number }> {
	await client.query('begin');
	try {
		// Counts calls of SQL functions too (security definer ones are never inlined).
		await client.query(`set local track_functions = 'all'`);
		await client.query(`select set_config('request.jwt.claims', $1, true)`, [
			JSON.stringify({ sub: userId, role: 'authenticated' })
		]);
		await client.query('set local role authenticated');
		const { rows } = await client.query<Row>(statement);
		await client.query('reset role');
		const counted = await client.query<{ calls: string | null }>(
			'select pg_stat_get_xact_function_calls($1::regprocedure) as calls',
			[fn]
		);
		return { rows, calls: Number(counted.rows[0]!.calls ?? 0) };
	} finally {
		await client.query('rollback');
	}
}
