import { factsOf, type StorageContext, type StorageRequest } from './context.ts';
import {
	blobMissing,
	invalidParameter,
	invalidRange,
	noSuchBucket,
	noSuchKey,
	validationError
} from './errors.ts';
import { header, readJson } from './http.ts';
import type { Reply } from './reply.ts';
import { bucketOrFail, findObject, type ObjectRow } from './rows.ts';
import { mustBeValidBucketId, mustBeValidKey } from './rules.ts';
import { SERVICE_ROLE, inScope, type Caller } from './scope.ts';
import { signDownloadToken, verifyDownloadToken } from './tokens.ts';

/**
 * How a read is authorised: `public` (bucket must be public, no RLS), `caller` (a private bucket's
 * object is read under the caller's policies, a public one's as the service role) or `signed`
 * (the token was checked; read as the service role).
 */
export type ReadAccess =
	{ kind: 'public' } | { kind: 'caller'; caller: Caller } | { kind: 'signed' };

const OPERATIONS = {
	public: 'storage.object.get_public',
	caller: 'storage.object.get_authenticated',
	signed: 'storage.object.get_signed'
};

/** The object a read names, found as the access allows; NoSuchBucket / NoSuchKey otherwise. */
async function readableObject(
	context: StorageContext,
	request: StorageRequest,
	access: ReadAccess,
	bucketId: string,
	key: string
): Promise<ObjectRow> {
	const operation = OPERATIONS[access.kind];
	mustBeValidBucketId(bucketId);
	mustBeValidKey(key);
	const bucket = await bucketOrFail(context, request, bucketId, operation);
	if (access.kind === 'public' && !bucket.public) throw noSuchBucket();
	const reader = access.kind === 'caller' && !bucket.public ? access.caller : SERVICE_ROLE;
	const row = await inScope(context.pool, reader, factsOf(request, operation), (client) =>
		findObject(client, bucketId, key)
	);
	if (!row) throw noSuchKey();
	return row;
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` as [from, to]; null for no range. Throws InvalidRange. */
function parseRange(value: string | undefined, size: number): [number, number] | null {
	if (!value) return null;
	const match = /^bytes=(\d*)-(\d*)$/.exec(value.trim());
	if (!match || (match[1] === '' && match[2] === '')) throw invalidRange();
	if (match[1] === '') {
		const suffix = Number(match[2]);
		if (suffix === 0) throw invalidRange();
		return [Math.max(size - suffix, 0), size - 1];
	}
	const from = Number(match[1]);
	const to = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
	if (from >= size || to < from) throw invalidRange();
	return [from, to];
}

function contentDisposition(query: URLSearchParams): Record<string, string> {
	if (!query.has('download')) return {};
	const name = query.get('download');
	if (!name) return { 'content-disposition': 'attachment;' };
	const encoded = encodeURIComponent(name);
	return {
		'content-disposition': `attachment; filename=${encoded}; filename*=UTF-8''${encoded}`
	};
}

/** The object's bytes with Supabase Storage's headers (storage-contract.md §7). */
async function serve(
	context: StorageContext,
	request: StorageRequest,
	row: ObjectRow,
	signedExpiry: number | null
): Promise<Reply> {
	const metadata = row.metadata ?? {};
	const etag = metadata.eTag ?? `"${row.version}"`;
	const mimetype = metadata.mimetype ?? 'application/octet-stream';
	const lastModified = new Date(metadata.lastModified ?? row.updated_at);
	const ifNoneMatch = header(request.headers, 'if-none-match');
	const cacheControl =
		(metadata.cacheControl ?? 'no-cache') +
		(ifNoneMatch && ifNoneMatch !== etag ? ', stale-while-revalidate=30' : '');
	const headers: Record<string, string> = {
		'content-type': mimetype.includes('text/html') ? 'text/plain' : mimetype,
		etag,
		'last-modified': lastModified.toUTCString(),
		'accept-ranges': 'bytes',
		'x-robots-tag': 'none',
		...(signedExpiry === null
			? { 'cache-control': cacheControl }
			: { expires: new Date(signedExpiry * 1000).toUTCString() }),
		...contentDisposition(request.query)
	};
	const ifModifiedSince = Date.parse(header(request.headers, 'if-modified-since') ?? '');
	if (
		ifNoneMatch === etag ||
		(!ifNoneMatch && ifModifiedSince >= Math.floor(lastModified.getTime() / 1000) * 1000)
	) {
		return { status: 304, headers, body: null };
	}
	if (request.method === 'HEAD') {
		return {
			status: 200,
			headers: { ...headers, 'content-length': String(metadata.size ?? 0) },
			body: null
		};
	}
	const data = row.version ? await context.blobs.read(row.version) : null;
	if (!data) throw blobMissing();
	const range = parseRange(header(request.headers, 'range'), data.length);
	if (range) {
		const [from, to] = range;
		return {
			status: 206,
			headers: { ...headers, 'content-range': `bytes ${from}-${to}/${data.length}` },
			body: data.subarray(from, to + 1)
		};
	}
	return { status: 200, headers, body: data };
}

/** GET/HEAD of `/object/{public|authenticated/}{bucket}/{key}`. */
export async function download(
	context: StorageContext,
	request: StorageRequest,
	access: ReadAccess,
	bucketId: string,
	key: string
): Promise<Reply> {
	const row = await readableObject(context, request, access, bucketId, key);
	return serve(context, request, row, null);
}

/** GET `/object/info/{…}`: the row's facts, as supabase-js `info()` reads them. */
export async function info(
	context: StorageContext,
	request: StorageRequest,
	access: ReadAccess,
	bucketId: string,
	key: string
): Promise<Reply> {
	const row = await readableObject(context, request, access, bucketId, key);
	return {
		status: 200,
		json: {
			id: row.id,
			name: row.name,
			version: row.version,
			bucket_id: row.bucket_id,
			size: row.metadata?.size ?? null,
			content_type: row.metadata?.mimetype ?? null,
			cache_control: row.metadata?.cacheControl ?? null,
			etag: row.metadata?.eTag ?? null,
			metadata: row.user_metadata,
			last_modified: row.updated_at,
			created_at: row.created_at
		}
	};
}

/** GET `/object/sign/{bucket}/{key}?token=`: the token alone grants the read. */
export async function downloadSigned(
	context: StorageContext,
	request: StorageRequest,
	bucketId: string,
	key: string
): Promise<Reply> {
	const token = request.query.get('token');
	if (!token) throw validationError("querystring must have required property 'token'");
	const claims = await verifyDownloadToken(token, `${bucketId}/${key}`, context.jwtSecret);
	const row = await readableObject(context, request, { kind: 'signed' }, bucketId, key);
	return serve(context, request, row, typeof claims.exp === 'number' ? claims.exp : null);
}

function expiresInOf(body: Record<string, unknown>): number {
	if (body.expiresIn === undefined)
		throw validationError("body must have required property 'expiresIn'");
	const value = Number(body.expiresIn);
	if (!Number.isInteger(value) || value < 1) throw invalidParameter('expiresIn');
	return value;
}

/** POST `/object/sign/{bucket}/{key}`: a download URL for an object the caller may read. */
export async function sign(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller,
	bucketId: string,
	key: string
): Promise<Reply> {
	const expiresIn = expiresInOf(await readJson(request.incoming));
	mustBeValidKey(key);
	const row = await inScope(
		context.pool,
		caller,
		factsOf(request, 'storage.object.sign'),
		(client) => findObject(client, bucketId, key)
	);
	if (!row) throw noSuchKey();
	const token = await signDownloadToken(`${bucketId}/${key}`, expiresIn, context.jwtSecret);
	return { status: 200, json: { signedURL: `/object/sign/${bucketId}/${key}?token=${token}` } };
}

/** POST `/object/sign/{bucket}` with `{expiresIn, paths}`: one answer per path, in order. */
export async function signMany(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller,
	bucketId: string
): Promise<Reply> {
	const body = await readJson(request.incoming);
	const expiresIn = expiresInOf(body);
	const paths = body.paths;
	if (paths === undefined) throw validationError("body must have required property 'paths'");
	if (!Array.isArray(paths) || paths.some((path) => typeof path !== 'string'))
		throw validationError('body/paths must be array');
	if (paths.length < 1) throw validationError('body/paths must NOT have fewer than 1 items');
	if (paths.length > 1000) throw validationError('body/paths must NOT have more than 1000 items');
	const visible = await inScope(
		context.pool,
		caller,
		factsOf(request, 'storage.object.sign_many'),
		async (client) =>
			new Set(
				(
					await client.query<{ name: string }>(
						'select name from storage.objects where bucket_id = $1 and name = any($2::text[])',
						[bucketId, paths]
					)
				).rows.map((row) => row.name)
			)
	);
	const answers = await Promise.all(
		(paths as string[]).map(async (path) =>
			visible.has(path)
				? {
						error: null,
						path,
						signedURL: `/object/sign/${bucketId}/${path}?token=${await signDownloadToken(
							`${bucketId}/${path}`,
							expiresIn,
							context.jwtSecret
						)}`
					}
				: {
						error: 'Either the object does not exist or you do not have access to it',
						path,
						signedURL: null
					}
		)
	);
	return { status: 200, json: answers };
}

/** POST `/object/list/{bucket}`: list v1 through `storage.search`, under the caller's policies. */
export async function list(
	context: StorageContext,
	request: StorageRequest,
	caller: Caller,
	bucketId: string
): Promise<Reply> {
	const body = await readJson(request.incoming);
	if (typeof body.prefix !== 'string') {
		throw validationError(
			body.prefix === undefined
				? "body must have required property 'prefix'"
				: 'body/prefix must be string'
		);
	}
	const prefix = body.prefix && !body.prefix.endsWith('/') ? `${body.prefix}/` : body.prefix;
	const sortBy = (body.sortBy ?? {}) as { column?: unknown; order?: unknown };
	const rows = await inScope(
		context.pool,
		caller,
		factsOf(request, 'storage.object.list'),
		async (client) =>
			(
				await client.query('select * from storage.search($1, $2, $3, 1, $4, $5, $6, $7)', [
					prefix,
					bucketId,
					Number(body.limit ?? 100) || 100,
					Number(body.offset ?? 0) || 0,
					typeof body.search === 'string' ? body.search : '',
					typeof sortBy.column === 'string' ? sortBy.column : 'name',
					typeof sortBy.order === 'string' ? sortBy.order : 'asc'
				])
			).rows
	);
	return { status: 200, json: rows };
}
