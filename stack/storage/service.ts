import type http from 'node:http';
import pg from 'pg';
import type { MountedService } from '../gateway.ts';
import { createBlobStore } from './blobs.ts';
import type { StorageContext, StorageRequest } from './context.ts';
import {
	accessDenied,
	internalError,
	invalidKey,
	routeNotFound,
	StorageError,
	validationError
} from './errors.ts';
import { header, sendJson } from './http.ts';
import type { Reply } from './reply.ts';
import { getBucket, listBuckets } from './routes-buckets.ts';
import {
	download,
	downloadSigned,
	info,
	list,
	sign,
	signMany,
	type ReadAccess
} from './routes-read.ts';
import { removeMany, removeOne, upload } from './routes-write.ts';
import type { Caller } from './scope.ts';
import { verifyToken } from './tokens.ts';

export type StorageServiceOptions = {
	/** Connection string for the `supabase_storage_admin` role. */
	dbUrl: string;
	jwtSecret: string;
	/** Files live in `<dataDir>/storage/`. */
	dataDir: string;
	/** Global upload limit in bytes (default 50 MiB, as the Supabase CLI's config). */
	fileSizeLimit?: number;
	log: (message: string) => void;
};

export type StorageService = {
	/** Mounted by the gateway under `/storage/v1`. */
	handle: MountedService;
	stop(): Promise<void>;
};

const FIFTY_MIB = 50 * 1024 * 1024;

/** The caller a JWT names; Storage accepts the token with or without `Bearer `. */
async function identify(request: http.IncomingMessage, jwtSecret: string) {
	const authorization = header(request.headers, 'authorization');
	if (!authorization) return { caller: null, jwtError: null, hasAuthorization: false };
	const token = authorization.replace(/^bearer\s+/i, '').trim();
	try {
		const claims = await verifyToken(token, jwtSecret);
		const caller: Caller = {
			role: typeof claims.role === 'string' && claims.role ? claims.role : 'anon',
			claims,
			token,
			sub: typeof claims.sub === 'string' ? claims.sub : null
		};
		return { caller, jwtError: null, hasAuthorization: true };
	} catch (error) {
		return { caller: null, jwtError: (error as Error).message, hasAuthorization: true };
	}
}

/** The caller of a route that needs a JWT, or the error Supabase Storage answers with. */
function requireCaller(request: StorageRequest): Caller {
	if (request.caller) return request.caller;
	if (!request.hasAuthorization)
		throw validationError("headers must have required property 'authorization'");
	throw accessDenied(request.jwtError ?? 'Invalid JWT');
}

/** `<bucket>/<key…>` of a path below a route prefix, percent-decoded once as Storage does. */
function bucketAndKey(rest: string): [string, string] {
	let decoded: string;
	try {
		decoded = decodeURIComponent(rest);
	} catch {
		throw invalidKey(rest);
	}
	const slash = decoded.indexOf('/');
	return slash < 0 ? [decoded, ''] : [decoded.slice(0, slash), decoded.slice(slash + 1)];
}

type Route = (context: StorageContext, request: StorageRequest, rest: string) => Promise<Reply>;

// Read routes that take an optional JWT: without a valid one the bucket must be public.
const optionalAccess = (request: StorageRequest): ReadAccess =>
	request.caller ? { kind: 'caller', caller: request.caller } : { kind: 'public' };

const anyAccess =
	(read: typeof download): Route =>
	(context, request, rest) => {
		if (rest.startsWith('public/'))
			return read(context, request, { kind: 'public' }, ...bucketAndKey(rest.slice(7)));
		if (rest.startsWith('authenticated/')) {
			const access: ReadAccess = { kind: 'caller', caller: requireCaller(request) };
			return read(context, request, access, ...bucketAndKey(rest.slice(14)));
		}
		return read(context, request, optionalAccess(request), ...bucketAndKey(rest));
	};

const downloads: Route = (context, request, rest) =>
	download(context, request, optionalAccess(request), ...bucketAndKey(rest));

/** Object routes whose first segment is a fixed word; Supabase's router tries them first. */
const OBJECT_ROUTES: Record<string, Partial<Record<string, Route>>> = {
	public: {
		GET: (c, r, rest) => download(c, r, { kind: 'public' }, ...bucketAndKey(rest)),
		HEAD: (c, r, rest) => download(c, r, { kind: 'public' }, ...bucketAndKey(rest))
	},
	authenticated: {
		GET: (c, r, rest) =>
			download(c, r, { kind: 'caller', caller: requireCaller(r) }, ...bucketAndKey(rest)),
		HEAD: (c, r, rest) =>
			download(c, r, { kind: 'caller', caller: requireCaller(r) }, ...bucketAndKey(rest))
	},
	info: { GET: anyAccess(info) },
	list: { POST: (c, r, rest) => list(c, r, requireCaller(r), bucketAndKey(rest)[0]) },
	sign: {
		POST: (c, r, rest) => {
			const caller = requireCaller(r);
			const [bucketId, key] = bucketAndKey(rest);
			return rest.includes('/')
				? sign(c, r, caller, bucketId, key)
				: signMany(c, r, caller, bucketId);
		},
		GET: (c, r, rest) => downloadSigned(c, r, ...bucketAndKey(rest))
	},
	// Routes of Supabase Storage this stand-in does not have (docs/local-storage.md).
	upload: {},
	move: {},
	copy: {},
	'list-v2': {}
};

const BUCKET_OBJECT_ROUTES: Partial<Record<string, Route>> = {
	POST: (c, r, rest) => upload(c, r, requireCaller(r), ...bucketAndKey(rest)),
	PUT: (c, r, rest) => upload(c, r, requireCaller(r), ...bucketAndKey(rest)),
	DELETE: (c, r, rest) => {
		const caller = requireCaller(r);
		const [bucketId, key] = bucketAndKey(rest);
		return rest.includes('/')
			? removeOne(c, r, caller, bucketId, key)
			: removeMany(c, r, caller, bucketId);
	},
	GET: downloads,
	HEAD: downloads
};

function route(method: string, path: string): { found: Route; rest: string } | null {
	const [, area, ...segments] = path.split('/');
	const rest = segments.join('/');
	if (area === 'status' && !rest)
		return { found: async () => ({ status: 200, headers: {}, body: null }), rest };
	if (area === 'version' && !rest)
		return {
			found: async () => ({
				status: 200,
				headers: { 'content-type': 'text/plain' },
				body: Buffer.from('local')
			}),
			rest
		};
	if (area === 'bucket' && method === 'GET') {
		if (!rest) return { found: (c, r) => listBuckets(c, r, requireCaller(r)), rest };
		if (!rest.includes('/'))
			return { found: (c, r) => getBucket(c, r, requireCaller(r), bucketAndKey(rest)[0]), rest };
		return null;
	}
	if (area !== 'object' || !rest) return null;
	const [first, ...others] = segments;
	const fixed = OBJECT_ROUTES[first!];
	if (fixed) {
		const found = fixed[method];
		return found && others.length ? { found, rest: others.join('/') } : null;
	}
	const found = BUCKET_OBJECT_ROUTES[method];
	if (!found) return null;
	// A bucket alone takes only the bulk delete; everything else names an object.
	if (!rest.includes('/') && method !== 'DELETE') return null;
	return { found, rest };
}

function send(response: http.ServerResponse, method: string, reply: Reply): void {
	if ('json' in reply) return sendJson(response, reply.status, reply.json);
	response.writeHead(reply.status, {
		...reply.headers,
		...(reply.body && { 'content-length': String(reply.body.length) })
	});
	response.end(method === 'HEAD' ? undefined : (reply.body ?? undefined));
}

export async function startStorageService(options: StorageServiceOptions): Promise<StorageService> {
	const pool = new pg.Pool({ connectionString: options.dbUrl, max: 5 });
	pool.on('error', (error) => options.log(`storage database: ${error.message}`));
	await pool.query('select 1');
	const context: StorageContext = {
		pool,
		jwtSecret: options.jwtSecret,
		blobs: await createBlobStore(options.dataDir),
		fileSizeLimit: options.fileSizeLimit ?? FIFTY_MIB,
		log: options.log
	};

	const handle: MountedService = (incoming, response, path) => {
		const method = incoming.method ?? 'GET';
		const query = new URL(incoming.url ?? '/', 'http://storage').searchParams;
		const serve = async () => {
			const target = route(method, path);
			if (!target) throw routeNotFound(method, path);
			const request: StorageRequest = {
				incoming,
				method,
				path,
				query,
				headers: incoming.headers,
				...(await identify(incoming, options.jwtSecret))
			};
			send(response, method, await target.found(context, request, target.rest));
		};
		serve().catch((error: unknown) => {
			if (response.headersSent) return void response.destroy();
			const known = error instanceof StorageError ? error : null;
			if (!known) options.log(`storage: ${(error as Error).stack ?? error}`);
			const answer = known ?? internalError();
			if (method === 'HEAD') {
				response.writeHead(answer.httpStatus);
				response.end();
			} else sendJson(response, answer.httpStatus, answer.body);
			// Whatever the client still sends is not read.
			incoming.resume();
		});
	};

	return {
		handle,
		stop: () => pool.end()
	};
}
