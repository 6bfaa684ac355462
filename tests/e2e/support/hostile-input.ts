import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { startAppServer } from '../../support/app-server.ts';

/**
 * Property-style probes of the public input surface: random values (any UTF-16 unit, so NUL,
 * other control characters and lone surrogates; text in many scripts; over-long text; and, now
 * and then, a value the field accepts) in every parameter and form field of an entry point, sent
 * as raw bytes (a lone surrogate as the invalid UTF-8 a script could send), asserting that the
 * answer is never a 5xx.
 */

/**
 * Runs per entry point: enough to meet each kind of value in each field (six per field, at least
 * 50), and at most 100, quick enough for CI.
 */
export function runsFor(fieldNames: number): number {
	return Math.min(100, Math.max(50, fieldNames * 6));
}

const BAD_UNITS = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\ud800', '\udfff'];
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Any text with at least one character no person types. */
const hostile = fc
	.tuple(
		fc.string({ unit: anyUnit, maxLength: 12 }),
		fc.constantFrom(...BAD_UNITS),
		fc.string({ unit: anyUnit, maxLength: 12 })
	)
	.map(([before, bad, after]) => before + bad + after);
/** Text as people write it, in any script, including emoji and combining marks. */
const plain = fc.string({ unit: 'grapheme', maxLength: 30 });
/** Longer than any field allows (fields allow at most 1,000 characters). */
const overLong = fc
	.tuple(
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
		fc.integer({ min: 201, max: 1500 })
	)
	.map(([text, length]) => text.repeat(length).slice(0, length));

/**
 * A value for a field: mostly hostile, sometimes plain or over-long, and sometimes one of the
 * values the field accepts (`valid`), so that requests also get past validation. `rare` makes
 * accepted values rare: for fields whose accepted values reach Auth, whose per-address limits
 * the other end-to-end tests share.
 */
export function fieldValue(valid: string[] = [], { rare = false } = {}) {
	return fc.oneof(
		{ weight: 10, arbitrary: hostile },
		{ weight: 4, arbitrary: plain },
		{ weight: 2, arbitrary: overLong },
		...(valid.length > 0 ? [{ weight: rare ? 1 : 4, arbitrary: fc.constantFrom(...valid) }] : [])
	);
}

/**
 * Values for some of the fields, each one value or (as a repeated parameter) two. A third of the
 * time all of them are random; otherwise one field is random and the others hold accepted values, so that a bad value also meets the code behind validation (a search, the database)
 * rather than being refused with its neighbours. `rare` keeps to the first kind (see fieldValue).
 */
export function fields(spec: Record<string, string[]>, { rare = false } = {}) {
	const names = Object.keys(spec);
	const allRandom = fc.record(
		Object.fromEntries(
			names.map((name) => [
				name,
				fc.array(fieldValue(spec[name], { rare }), { minLength: 1, maxLength: 2 })
			])
		),
		{ requiredKeys: [] }
	) as fc.Arbitrary<Record<string, string[]>>;
	const accepted = names.filter((name) => spec[name]!.length > 0);
	if (rare || names.length === 0 || accepted.length === 0) return allRandom;
	const oneRandom = fc
		.tuple(
			fc.constantFrom(...names),
			fc.array(fieldValue(), { minLength: 1, maxLength: 2 }),
			fc.subarray(accepted),
			fc.array(fc.nat())
		)
		.map(([focus, values, others, picks]) => ({
			...Object.fromEntries(
				others.map((name, index) => {
					const valid = spec[name]!;
					return [name, [valid[(picks[index] ?? 0) % valid.length]!]];
				})
			),
			[focus]: values
		}));
	return fc.oneof({ weight: 1, arbitrary: allRandom }, { weight: 2, arbitrary: oneRandom });
}

/** UTF-8 bytes, with a lone surrogate written as the three bytes a naive encoder makes. */
export function wtf8(text: string): Buffer {
	const bytes: number[] = [];
	for (const char of text) {
		const unit = char.charCodeAt(0);
		if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
			bytes.push(0xed, 0xa0 | ((unit >> 6) & 0x0f), 0x80 | (unit & 0x3f));
		} else bytes.push(...Buffer.from(char, 'utf8'));
	}
	return Buffer.from(bytes);
}

function percent(text: string): string {
	return [...wtf8(text)]
		.map((byte) =>
			/[A-Za-z0-9\-._~]/.test(String.fromCharCode(byte))
				? String.fromCharCode(byte)
				: `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
		)
		.join('');
}

/** `a=1&a=2&b=…`, every byte percent-encoded as sent on the wire. */
export function encodeFields(values: Record<string, string[]>): string {
	return Object.entries(values)
		.flatMap(([name, list]) => list.map((value) => `${percent(name)}=${percent(value)}`))
		.join('&');
}

/** Path segment, percent-encoded byte by byte. */
export const encodeSegment = percent;

const BOUNDARY = 'hostile-input-boundary';

/** How a form body arrives: as browsers send it, or as no browser would. */
export const formEncoding = fc.constantFrom(
	'urlencoded',
	'urlencoded',
	'multipart',
	'multipart',
	'broken-multipart',
	'text',
	'json',
	'none'
);
export type FormEncoding = typeof formEncoding extends fc.Arbitrary<infer E> ? E : never;

export function formBody(
	values: Record<string, string[]>,
	encoding: FormEncoding
): { headers: Record<string, string>; data: Buffer } {
	switch (encoding) {
		case 'urlencoded':
			return {
				headers: { 'content-type': 'application/x-www-form-urlencoded' },
				data: Buffer.from(encodeFields(values))
			};
		case 'multipart': {
			const parts = Object.entries(values).flatMap(([name, list]) =>
				list.map((value) =>
					Buffer.concat([
						Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form-data; name="`),
						wtf8(name),
						Buffer.from('"\r\n\r\n'),
						wtf8(value),
						Buffer.from('\r\n')
					])
				)
			);
			return {
				headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
				data: Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)])
			};
		}
		case 'broken-multipart':
			return {
				headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
				data: Buffer.concat([
					Buffer.from(`--${BOUNDARY}\r\ncontent-disposition: form`),
					wtf8(encodeFields(values))
				])
			};
		case 'text':
			return { headers: { 'content-type': 'text/plain' }, data: wtf8(encodeFields(values)) };
		case 'json':
			return {
				headers: { 'content-type': 'application/json' },
				data: Buffer.from(JSON.stringify(values))
			};
		case 'none':
			return { headers: {}, data: wtf8(encodeFields(values)) };
	}
}

export type Probe = { http: APIRequestContext; origin: string; stop(): Promise<void> };

/**
 * The production build on a server of its own, against the end-to-end stack: the probes' form
 * submissions count against that server's own per-address limits (the join form allows five an
 * hour), not against the limits the other end-to-end tests share.
 */
export async function startProbeServer(): Promise<Probe> {
	const server = await startAppServer(
		{
			url: process.env.E2E_SUPABASE_URL!,
			anonKey: process.env.E2E_ANON_KEY!,
			serviceRoleKey: process.env.E2E_SERVICE_ROLE_KEY!,
			forwardingSecret: process.env.E2E_FORWARDING_SECRET!,
			dataDir: process.env.E2E_DATA_DIR!
		},
		{ build: false }
	);
	const http = await playwrightRequest.newContext({ baseURL: server.url });
	return {
		http,
		origin: server.url,
		stop: async () => {
			await http.dispose();
			await server.stop();
		}
	};
}

/**
 * Sends one probe and asserts that the server handled it: any status below 500. A form action
 * asked for JSON (as `use:enhance` asks) answers 200 with the real outcome in the body, so that
 * outcome is checked too.
 */
export async function expectHandled(
	probe: Probe,
	path: string,
	options: { method?: 'GET' | 'POST'; headers?: Record<string, string>; data?: Buffer } = {}
): Promise<void> {
	const response = await probe.http.fetch(path, {
		method: options.method ?? 'GET',
		// SvelteKit accepts form posts from its own origin only, as a browser sends them.
		headers: { origin: probe.origin, ...options.headers },
		data: options.data,
		maxRedirects: 0,
		failOnStatusCode: false
	});
	const what = `${options.method ?? 'GET'} ${path.slice(0, 300)}`;
	expect(response.status(), what).toBeLessThan(500);
	if ((response.headers()['content-type'] ?? '').startsWith('application/json')) {
		const body = JSON.parse((await response.text()) || 'null') as {
			type?: unknown;
			status?: unknown;
		} | null;
		// A form action's answer to use:enhance: { type: 'failure' | 'error' | …, status }.
		if (typeof body?.type === 'string' && typeof body.status === 'number') {
			expect(body.status, `${what} (${body.type})`).toBeLessThan(500);
		}
	}
	await response.dispose();
}
