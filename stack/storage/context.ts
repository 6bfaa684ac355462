import type http from 'node:http';
import type pg from 'pg';
import type { BlobStore } from './blobs.ts';
import type { Caller, RequestFacts } from './scope.ts';

export type StorageContext = {
	pool: pg.Pool;
	jwtSecret: string;
	blobs: BlobStore;
	/** The global upload limit in bytes (Supabase CLI: 50 MiB); a bucket's limit may be lower. */
	fileSizeLimit: number;
	log: (message: string) => void;
};

export type StorageRequest = {
	incoming: http.IncomingMessage;
	method: string;
	/** The path below /storage/v1, as sent (not decoded). */
	path: string;
	query: URLSearchParams;
	headers: http.IncomingHttpHeaders;
	/** The caller named by a valid JWT; null without one. */
	caller: Caller | null;
	/** Why the JWT was refused (the verifier's message); null when valid or absent. */
	jwtError: string | null;
	hasAuthorization: boolean;
};

export const factsOf = (request: StorageRequest, operation: string): RequestFacts => ({
	method: request.method,
	path: request.path.split('?')[0]!,
	headers: request.headers,
	operation
});
