import pg from 'pg';

/** A pool or a client inside a transaction: the user and session helpers work with both. */
export type Db = Pick<pg.Pool | pg.PoolClient, 'query'>;

export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>) {
	const client = await pool.connect();
	try {
		await client.query('begin');
		const result = await work(client);
		await client.query('commit');
		return result;
	} catch (error) {
		await client.query('rollback').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}

/** Runs `work` in a transaction, or in the caller's one when `db` is already a client in one. */
export function atomically<T>(db: Db, work: (client: Db) => Promise<T>): Promise<T> {
	return db instanceof pg.Pool ? transaction(db, work) : work(db);
}
