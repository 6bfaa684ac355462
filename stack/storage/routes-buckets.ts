import { factsOf, type StorageContext, type StorageRequest } from './context.ts';
import { noSuchBucket, validationError } from './errors.ts';
import type { Reply } from './reply.ts';
import { inScope, type Caller } from './scope.ts';

const SORT_COLUMNS = ['id', 'name', 'created_at', 'updated_at'];

/** GET `/bucket`: the buckets the caller's policies on storage.buckets let it see. */
export async function listBuckets(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller
): Promise<Reply> {
	const query = request.query;
	const limit = query.has('limit') ? Number(query.get('limit')) : null;
	const offset = query.has('offset') ? Number(query.get('offset')) : 0;
	if (limit !== null && (!Number.isInteger(limit) || limit < 1))
		throw validationError('querystring/limit must be >= 1');
	if (!Number.isInteger(offset) || offset < 0)
		throw validationError('querystring/offset must be >= 0');
	const column = query.get('sortColumn') ?? 'name';
	const order = query.get('sortOrder') ?? 'asc';
	if (!SORT_COLUMNS.includes(column))
		throw validationError('querystring/sortColumn must be equal to one of the allowed values');
	if (order !== 'asc' && order !== 'desc')
		throw validationError('querystring/sortOrder must be equal to one of the allowed values');
	const rows = await inScope(
		context.pool,
		caller,
		factsOf(request, 'storage.bucket.list'),
		async (client) =>
			(
				await client.query(
					`select id, name, owner, public, type, file_size_limit, allowed_mime_types, created_at, updated_at
					 from storage.buckets
					 where $1::text is null or name ilike '%' || replace(replace(replace($1, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
					 order by ${column} ${order}
					 limit $2 offset $3`,
					[query.get('search') || null, limit, offset]
				)
			).rows
	);
	return { status: 200, json: rows.map(withNumericLimit) };
}

/** GET `/bucket/{id}`: NoSuchBucket when missing or hidden by the caller's policies. */
export async function getBucket(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller,
	id: string
): Promise<Reply> {
	const [row] = await inScope(
		context.pool,
		caller,
		factsOf(request, 'storage.bucket.get'),
		async (client) =>
			(
				await client.query(
					`select id, name, owner, public, file_size_limit, allowed_mime_types, created_at, updated_at
					 from storage.buckets where id = $1`,
					[id]
				)
			).rows
	);
	if (!row) throw noSuchBucket();
	return { status: 200, json: withNumericLimit(row) };
}

// `bigint` arrives from pg as a string; Supabase Storage answers with a number.
function withNumericLimit(row: Record<string, unknown>) {
	return {
		...row,
		file_size_limit: row.file_size_limit === null ? null : Number(row.file_size_limit)
	};
}
