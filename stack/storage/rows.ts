import type pg from 'pg';
import { SERVICE_ROLE, inScope } from './scope.ts';
import type { StorageContext, StorageRequest } from './context.ts';
import { factsOf } from './context.ts';
import { noSuchBucket } from './errors.ts';

export type BucketRow = {
	id: string;
	name: string;
	public: boolean;
	file_size_limit: string | null;
	allowed_mime_types: string[] | null;
};

export type ObjectMetadata = {
	eTag?: string;
	size?: number;
	mimetype?: string;
	cacheControl?: string;
	lastModified?: string;
	contentLength?: number;
	httpStatusCode?: number;
};

export type ObjectRow = {
	id: string;
	name: string;
	bucket_id: string;
	owner: string | null;
	owner_id: string | null;
	version: string | null;
	metadata: ObjectMetadata | null;
	user_metadata: Record<string, unknown> | null;
	created_at: Date;
	updated_at: Date;
	last_accessed_at: Date;
};

/** The columns Supabase Storage answers with for an object (delete responses). */
export const OBJECT_COLUMNS =
	'name, bucket_id, owner, owner_id, version, id, updated_at, created_at, last_accessed_at, metadata, user_metadata';

/** The bucket, looked up as the service role as Supabase Storage does before object routes. */
export async function bucketOrFail(
	context: StorageContext,
	request: StorageRequest,
	bucketId: string,
	operation: string
): Promise<BucketRow> {
	const [bucket] = await inScope(
		context.pool,
		SERVICE_ROLE,
		factsOf(request, operation),
		async (client) =>
			(
				await client.query<BucketRow>(
					'select id, name, public, file_size_limit, allowed_mime_types from storage.buckets where id = $1',
					[bucketId]
				)
			).rows
	);
	if (!bucket) throw noSuchBucket();
	return bucket;
}

export async function findObject(
	client: pg.PoolClient,
	bucketId: string,
	key: string
): Promise<ObjectRow | undefined> {
	const { rows } = await client.query<ObjectRow>(
		`select ${OBJECT_COLUMNS} from storage.objects where bucket_id = $1 and name = $2`,
		[bucketId, key]
	);
	return rows[0];
}
