import { createHash, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { FORWARDING_SECRET_HEADER } from './auth/http.ts';

/** A service mounted under the gateway; `path` is the request path with the prefix removed. */
export type MountedService = (
	request: http.IncomingMessage,
	response: http.ServerResponse,
	path: string
) => void;

export type GatewayOptions = {
	port: number;
	postgrestPort: number;
	/** The keys the gateway accepts in `apikey`: the installation's anon and service-role keys. */
	apiKeys: string[];
	/** `auth` under /auth/v1, `storage` under /storage/v1, `mailbox` (the dev mailbox) under /mailbox. */
	services?: { auth?: MountedService; storage?: MountedService; mailbox?: MountedService };
	log: (message: string) => void;
};

export type GatewayHandle = { url: string; stop(): Promise<void> };

// Auth routes that links in e-mails and browsers reach without a key, as on Supabase's gateway.
const OPEN_AUTH_PATHS = ['/verify', '/callback', '/authorize', '/.well-known/jwks.json'];

const CORS_HEADERS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
	'access-control-allow-headers':
		'authorization, apikey, content-type, x-client-info, x-supabase-api-version, accept-profile, content-profile, prefer, range, range-unit, x-upsert, x-metadata, cache-control',
	'access-control-expose-headers': 'content-range, content-location, x-supabase-api-version',
	'access-control-max-age': '3600'
};

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'content-type': 'application/json', ...CORS_HEADERS });
	response.end(JSON.stringify(body));
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares digests in constant time, so response times do not reveal how much of a key matched. */
function isKnownKey(key: string, apiKeys: string[]): boolean {
	const given = digest(key);
	return apiKeys.reduce((found, apiKey) => timingSafeEqual(given, digest(apiKey)) || found, false);
}

function apiKeyOf(request: http.IncomingMessage): string | null {
	const header = request.headers.apikey;
	return (Array.isArray(header) ? header[0] : header) ?? null;
}

/**
 * Checks the key as Supabase's gateway (Kong key-auth) does; answers and returns false if bad.
 * Unlike Kong's default, a key in the query string is refused: URLs end up in access logs,
 * browser history and Referer headers. (Supabase's clients send it there only for realtime
 * websockets, which this stack does not have.)
 */
function checkApiKey(
	request: http.IncomingMessage,
	response: http.ServerResponse,
	url: URL,
	apiKeys: string[]
): boolean {
	if (url.searchParams.has('apikey')) {
		sendJson(response, 401, {
			message: 'API key in the URL refused',
			hint: 'Send the key in the apikey header: URLs end up in logs.'
		});
		return false;
	}
	const key = apiKeyOf(request);
	if (!key) {
		sendJson(response, 401, { message: 'No API key found in request' });
		return false;
	}
	if (!isKnownKey(key, apiKeys)) {
		sendJson(response, 401, {
			message: 'Invalid API key',
			hint: 'Double check your Supabase `anon` or `service_role` API key.'
		});
		return false;
	}
	return true;
}

function proxyToPostgrest(
	request: http.IncomingMessage,
	response: http.ServerResponse,
	path: string,
	port: number,
	key: string
): void {
	const headers: http.OutgoingHttpHeaders = { ...request.headers, host: `127.0.0.1:${port}` };
	delete headers.apikey;
	// Meant for the auth service only (the app's server sends it on every call of its client).
	delete headers[FORWARDING_SECRET_HEADER];
	// Like Supabase's gateway: without a user token, the API key itself is the bearer token.
	if (!headers.authorization) headers.authorization = `Bearer ${key}`;
	const upstream = http.request(
		{ host: '127.0.0.1', port, method: request.method, path, headers },
		(upstreamResponse) => {
			response.writeHead(upstreamResponse.statusCode ?? 502, {
				...upstreamResponse.headers,
				...CORS_HEADERS
			});
			upstreamResponse.pipe(response);
		}
	);
	upstream.on('error', () => {
		if (!response.headersSent)
			sendJson(response, 502, {
				message: 'An invalid response was received from the upstream server'
			});
		else response.destroy();
	});
	request.pipe(upstream);
}

export function startGateway(options: GatewayOptions): Promise<GatewayHandle> {
	const server = http.createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://gateway');
		if (request.method === 'OPTIONS') {
			response.writeHead(204, CORS_HEADERS);
			response.end();
			return;
		}
		const [, prefix, service, ...rest] = url.pathname.split('/');
		const path = '/' + rest.join('/');
		if (prefix === 'rest' && service === 'v1') {
			if (!checkApiKey(request, response, url, options.apiKeys)) return;
			proxyToPostgrest(
				request,
				response,
				path + url.search,
				options.postgrestPort,
				apiKeyOf(request)!
			);
		} else if (prefix === 'auth' && service === 'v1') {
			if (!OPEN_AUTH_PATHS.includes(path) && !checkApiKey(request, response, url, options.apiKeys))
				return;
			if (!options.services?.auth) {
				sendJson(response, 503, {
					message: 'The auth service is not part of this local stack yet'
				});
				return;
			}
			// The browser client calls auth from the app's origin, as it calls PostgREST.
			for (const [name, value] of Object.entries(CORS_HEADERS)) response.setHeader(name, value);
			options.services.auth(request, response, path);
		} else if (prefix === 'mailbox' && options.services?.mailbox) {
			options.services.mailbox(request, response, url.pathname.slice('/mailbox'.length));
		} else if (prefix === 'storage' && service === 'v1' && options.services?.storage) {
			// As on Supabase's gateway, storage needs no API key: public and signed URLs work
			// without headers, and the storage service checks the JWT itself.
			for (const [name, value] of Object.entries(CORS_HEADERS)) response.setHeader(name, value);
			options.services.storage(request, response, path);
		} else {
			sendJson(response, 404, { message: 'no Route matched with those values' });
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', () => {
			resolve({
				url: `http://127.0.0.1:${options.port}`,
				stop: () =>
					new Promise<void>((done) => {
						server.close(() => done());
						server.closeAllConnections();
					})
			});
		});
	});
}
