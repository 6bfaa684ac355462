import type http from 'node:http';
import { AuthError } from './errors.ts';

/** The API version supabase-js sends; when echoed, it reads the error `code` field. */
export const API_VERSION = '2024-01-01';
const API_VERSION_HEADER = 'x-supabase-api-version';
const MAX_BODY_BYTES = 1024 * 1024;
/** Carries the forwarding secret with which a trusted proxy has its X-Forwarded-For believed. */
export const FORWARDING_SECRET_HEADER = 'x-forwarded-for-secret';

export type Request = {
	method: string;
	path: string;
	query: URLSearchParams;
	headers: http.IncomingHttpHeaders;
	ip: string;
	body: Record<string, unknown>;
	/** The bearer token from `Authorization`, if any. */
	bearer: string | null;
};

export function header(headers: http.IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

function wantsCurrentErrors(headers: http.IncomingHttpHeaders): boolean {
	const version = header(headers, API_VERSION_HEADER);
	return version !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(version) && version >= API_VERSION;
}

// A body over the limit is read to its end and thrown away, so that the connection stays in step
// and the next request on it is answered; beyond this much, the connection is closed instead.
const MAX_DRAIN_BYTES = 16 * MAX_BODY_BYTES;

/** 413; `closeConnection` when the rest of the body was not read and the connection must end. */
export class BodyTooLarge extends AuthError {
	closeConnection: boolean;

	constructor(closeConnection: boolean) {
		super(413, 'request_too_large', 'Request body too large');
		this.closeConnection = closeConnection;
	}
}

function receive(request: http.IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) chunks.push(chunk);
			else if (size > MAX_DRAIN_BYTES) {
				request.off('data', onData);
				reject(new BodyTooLarge(true));
			} else chunks.length = 0;
		};
		request.on('data', onData);
		request.once('end', () =>
			size > MAX_BODY_BYTES ? reject(new BodyTooLarge(false)) : resolve(Buffer.concat(chunks))
		);
		request.once('error', reject);
		// A client that gives up half-way: nothing is left to wait for (no-op after 'end').
		request.once('close', () =>
			reject(new AuthError(400, 'bad_json', 'The request body ended early'))
		);
	});
}

/** Whether a JSON value holds a string (or key) that Postgres cannot store: NUL, lone surrogates. */
function hasUnstorableText(value: unknown): boolean {
	if (typeof value === 'string') return value.includes('\0') || !value.isWellFormed();
	if (Array.isArray(value)) return value.some(hasUnstorableText);
	if (typeof value === 'object' && value !== null)
		return Object.entries(value).some(
			([key, item]) => hasUnstorableText(key) || hasUnstorableText(item)
		);
	return false;
}

/** Query parameters Postgres could not store are refused as GoTrue's validation_failed (400). */
export function checkQuery(query: URLSearchParams): void {
	for (const [name, value] of query) {
		if (hasUnstorableText(name) || hasUnstorableText(value)) throw unstorable();
	}
}

const unstorable = () =>
	new AuthError(
		400,
		'validation_failed',
		'Request contains a NUL character or invalid Unicode (a lone surrogate)'
	);

export async function readBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
	if (request.method === 'GET' || request.method === 'HEAD') return {};
	const text = (await receive(request)).toString('utf8').trim();
	if (!text) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON');
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON');
	}
	// Postgres refuses both in text and jsonb: without this check they reach it and fail as 500.
	if (hasUnstorableText(parsed)) throw unstorable();
	return parsed as Record<string, unknown>;
}

export function sendJson(
	response: http.ServerResponse,
	request: http.IncomingMessage,
	status: number,
	body: unknown,
	headers: Record<string, string> = {}
): void {
	const echo: Record<string, string> = wantsCurrentErrors(request.headers)
		? { [API_VERSION_HEADER]: API_VERSION }
		: {};
	response.writeHead(status, {
		'content-type': 'application/json',
		'cache-control': 'no-store',
		...echo,
		...headers
	});
	response.end(status === 204 ? undefined : JSON.stringify(body));
}

/** Both error shapes GoTrue knows (§1): the 2024-01-01 one when asked for, else the legacy one. */
export function sendError(
	response: http.ServerResponse,
	request: http.IncomingMessage,
	error: AuthError
): void {
	const body = wantsCurrentErrors(request.headers)
		? { code: error.code, message: error.message, ...error.extra }
		: { code: error.status, error_code: error.code, msg: error.message, ...error.extra };
	sendJson(response, request, error.status, body, { 'x-sb-error-code': error.code });
}

export function redirect(response: http.ServerResponse, location: string): void {
	response.writeHead(303, { location, 'cache-control': 'no-store' });
	response.end();
}
