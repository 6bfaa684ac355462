import type http from 'node:http';
import { entityTooLarge, invalidRequest, validationError } from './errors.ts';

export function header(headers: http.IncomingHttpHeaders, name: string): string | undefined {
	const value = headers[name];
	return Array.isArray(value) ? value[0] : value;
}

/** The body, refused with EntityTooLarge as soon as it passes `limit` bytes. */
export async function readRaw(request: http.IncomingMessage, limit: number): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		size += (chunk as Buffer).length;
		if (size > limit) {
			request.resume();
			throw entityTooLarge();
		}
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

const JSON_LIMIT = 1024 * 1024;

/** A JSON object body; an empty body is `{}` (Fastify's behaviour for the routes used here). */
export async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
	const text = (await readRaw(request, JSON_LIMIT)).toString('utf8').trim();
	if (!text) return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throw invalidRequest((error as Error).message);
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		throw validationError('body must be object');
	return parsed as Record<string, unknown>;
}

export function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
	response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	response.end(JSON.stringify(body));
}
