import { createHash } from 'node:crypto';
import { factsOf, type StorageContext, type StorageRequest } from './context.ts';
import { accessDenied, noSuchKey, validationError } from './errors.ts';
import { header, readJson } from './http.ts';
import type { Reply } from './reply.ts';
import { bucketOrFail, findObject, OBJECT_COLUMNS, type ObjectRow } from './rows.ts';
import {
	isEmptyFolderPlaceholder,
	mustBeAllowedMimeType,
	mustBeValidBucketId,
	mustBeValidKey
} from './rules.ts';
import { SERVICE_ROLE, inScope, type Caller } from './scope.ts';
import { readUpload } from './upload.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The row as a policy sees it: insert, or with upsert the insert that updates an existing row.
const insertObject = (upsert: boolean) => `
	insert into storage.objects (bucket_id, name, owner, owner_id, version, metadata, user_metadata)
	values ($1, $2, $3, $4, $5, $6, $7)
	${
		upsert
			? `on conflict (name, bucket_id) do update set
			     metadata = excluded.metadata,
			     user_metadata = excluded.user_metadata,
			     version = excluded.version,
			     owner = coalesce(excluded.owner, objects.owner),
			     owner_id = coalesce(excluded.owner_id, objects.owner_id)`
			: ''
	}
	returning id`;

/**
 * POST (x-upsert) and PUT (always upsert) `/object/{bucket}/{key}` (storage-contract.md §3): the
 * write is first tried as the caller and rolled back, so the policies on storage.objects decide;
 * then the file is stored and the row written as the service role.
 */
export async function upload(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller,
	bucketId: string,
	key: string
): Promise<Reply> {
	const upsert = request.method === 'PUT' || header(request.headers, 'x-upsert') === 'true';
	const operation =
		request.method === 'PUT' ? 'storage.object.upload_update' : 'storage.object.upload';
	const facts = factsOf(request, operation);
	mustBeValidBucketId(bucketId);
	const bucket = await bucketOrFail(context, request, bucketId, operation);
	const placeholder = isEmptyFolderPlaceholder(key);
	const bucketLimit = bucket.file_size_limit === null ? Infinity : Number(bucket.file_size_limit);
	const limit = placeholder ? 0 : Math.min(context.fileSizeLimit, bucketLimit);
	const body = await readUpload(request, limit);
	if (!placeholder) mustBeAllowedMimeType(body.mimetype, bucket.allowed_mime_types);
	mustBeValidKey(key);

	const owner = caller.sub && UUID.test(caller.sub) ? caller.sub : null;
	const userMetadata = body.userMetadata ?? {};
	await inScope(
		context.pool,
		caller,
		facts,
		(client) =>
			client.query(insertObject(upsert), [
				bucketId,
				key,
				owner,
				caller.sub,
				'1',
				{ mimetype: body.mimetype, contentLength: body.data.length },
				userMetadata
			]),
		{ rollback: true }
	);

	const version = await context.blobs.write(body.data);
	const metadata = {
		eTag: `"${createHash('md5').update(body.data).digest('hex')}"`,
		size: body.data.length,
		mimetype: body.mimetype,
		cacheControl: body.cacheControl,
		lastModified: new Date().toISOString(),
		contentLength: body.data.length,
		httpStatusCode: 200
	};
	let written: { id: string; previous: string | null };
	try {
		written = await inScope(context.pool, SERVICE_ROLE, facts, async (client) => {
			const previous = await findObject(client, bucketId, key);
			const { rows } = await client.query<{ id: string }>(insertObject(upsert), [
				bucketId,
				key,
				owner,
				caller.sub,
				version,
				metadata,
				userMetadata
			]);
			return { id: rows[0]!.id, previous: previous?.version ?? null };
		});
	} catch (error) {
		await context.blobs.remove(version);
		throw error;
	}
	await context.blobs.remove(written.previous);
	return { status: 200, json: { Id: written.id, Key: `${bucketId}/${key}` } };
}

/** DELETE `/object/{bucket}/{key}`: deleted as the caller; a row left standing is refused. */
export async function removeOne(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller,
	bucketId: string,
	key: string
): Promise<Reply> {
	const facts = factsOf(request, 'storage.object.delete');
	const exists = await inScope(context.pool, SERVICE_ROLE, facts, (client) =>
		findObject(client, bucketId, key)
	);
	if (!exists) throw noSuchKey();
	const deleted = await inScope(
		context.pool,
		caller,
		facts,
		async (client) =>
			(
				await client.query<{ version: string | null }>(
					'delete from storage.objects where bucket_id = $1 and name = $2 returning version',
					[bucketId, key]
				)
			).rows
	);
	if (!deleted.length) throw accessDenied();
	for (const row of deleted) await context.blobs.remove(row.version);
	return { status: 200, json: { message: 'Successfully deleted' } };
}

/** DELETE `/object/{bucket}` with `{prefixes: [...]}`: exact names; what the caller may not delete stays. */
export async function removeMany(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller,
	bucketId: string
): Promise<Reply> {
	const body = await readJson(request.incoming);
	const names = body.prefixes;
	if (names === undefined) throw validationError("body must have required property 'prefixes'");
	if (!Array.isArray(names) || names.some((name) => typeof name !== 'string'))
		throw validationError('body/prefixes must be array');
	if (names.length < 1) throw validationError('body/prefixes must NOT have fewer than 1 items');
	const deleted = await inScope(
		context.pool,
		caller,
		factsOf(request, 'storage.object.delete_many'),
		async (client) =>
			(
				await client.query<ObjectRow>(
					`delete from storage.objects where bucket_id = $1 and name = any($2::text[]) returning ${OBJECT_COLUMNS}`,
					[bucketId, names]
				)
			).rows
	);
	for (const row of deleted) await context.blobs.remove(row.version);
	return { status: 200, json: deleted };
}
