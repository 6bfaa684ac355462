import type http from 'node:http';
import { AuthError } from './errors.ts';

/** The API version supabase-js sends; when echoed, it reads the error `code` field. */
export const API_VERSION = '2024-01-01';
const API_VERSION_HEADER = 'x-supabase-api-version';
const MAX_BODY_BYTES = 1024 * 1024;

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

export async function readBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
	if (request.method === 'GET' || request.method === 'HEAD') return {};
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > MAX_BODY_BYTES)
			throw new AuthError(413, 'request_too_large', 'Request body too large');
		chunks.push(chunk as Buffer);
	}
	const text = Buffer.concat(chunks).toString('utf8').trim();
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
