/**
 * The auth service's input surface, property-style: for every endpoint the app and its tests
 * use, generated bodies and queries (random Unicode with NUL, lone surrogates, bidi controls,
 * percent-encoded raw bytes, over-long values, wrong JSON types) never get a 5xx. Bad input is
 * the client's fault: a 4xx with a code. The generator is seeded, so a failure names its case.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
	admin,
	authFetch,
	confirmedUser,
	signedInUser,
	uniqueEmail,
	type Target
} from './support.ts';

const stack = inject('stack');
const target: Target = { name: 'local', local: true, ...stack };
const CASES = 20;

/** mulberry32: small, seedable, good enough to spread cases. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = ReturnType<typeof random>;
const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const PIECES = [
	'\u0000',
	'\ud800',
	'\udfff',
	'\u202e',
	'\u200b',
	'\ufeff',
	'a',
	'Z',
	'0',
	'é',
	'ß',
	'ا',
	'ї',
	'𝄞',
	'😀',
	'"',
	"'",
	'\\',
	'/',
	'%00',
	'%',
	' ',
	'\n',
	'\t',
	'@',
	'.',
	'pkce_',
	'example.org',
	'<script>',
	'{}'
] as const;

function text(next: Random): string {
	const length = Math.floor(next() * 24);
	let value = '';
	for (let i = 0; i < length; i++) value += pick(next, PIECES);
	// Now and then over-long: beyond every column and bcrypt's 72 bytes, below the 1 MB limit.
	if (next() < 0.1) value += pick(next, PIECES).repeat(50_000 + Math.floor(next() * 100_000));
	return value;
}

/** An e-mail-ish value: sometimes valid, mostly almost. */
function address(next: Random): string {
	const roll = next();
	if (roll < 0.2) return uniqueEmail('fuzz');
	if (roll < 0.6) return `${text(next)}@example.org`;
	if (roll < 0.8) return `fuzz${Math.floor(next() * 1e6)}@${text(next)}`;
	return text(next);
}

/** Any JSON value, strings most of the time. */
function value(next: Random, depth = 0): unknown {
	const roll = next();
	if (roll < 0.55 || depth > 2) return text(next);
	if (roll < 0.65) return Math.floor(next() * 1e9) * (next() < 0.5 ? -1 : 1);
	if (roll < 0.7) return next() < 0.5;
	if (roll < 0.75) return null;
	if (roll < 0.85) return [value(next, depth + 1), value(next, depth + 1)];
	return { [text(next)]: value(next, depth + 1), locale: value(next, depth + 1) };
}

/** A field the endpoint reads: a plausible value of its kind, or any value at all. */
const field = (next: Random, plausible: () => unknown) =>
	next() < 0.6 ? plausible() : value(next);

/** Percent-encoded query values, raw bytes included (%00, a CESU-8 surrogate, invalid UTF-8). */
function queryValue(next: Random): string {
	const raw = pick(next, ['%00', '%ED%A0%80', '%FF', '%C0%AF', '%E2%80%AE', '', '%2F%2F']);
	// Kept under Node's 16 KB limit for a request head: a longer URL is refused by the HTTP layer
	// (431, then the socket closes, which a client still writing sees as a reset), not by the
	// service under test. Over-long values still reach every body.
	return encodeURIComponent(text(next).replace(/[\ud800-\udfff]/g, '')).slice(0, 8000) + raw;
}

type Case = { method?: string; path: string; body?: unknown; bearer?: string; apikey?: string };
type Endpoint = { name: string; request: (next: Random) => Case };

let userToken = '';
let adminKey = '';

const endpoints: Endpoint[] = [
	{
		name: 'POST /token?grant_type=password',
		request: (next) => ({
			path: '/token?grant_type=password',
			body: { email: field(next, () => address(next)), password: field(next, () => text(next)) }
		})
	},
	{
		name: 'POST /token?grant_type=refresh_token',
		request: (next) => ({
			path: '/token?grant_type=refresh_token',
			body: { refresh_token: field(next, () => text(next).slice(0, 12)) }
		})
	},
	{
		name: 'POST /token?grant_type=pkce',
		request: (next) => ({
			path: '/token?grant_type=pkce',
			body: { auth_code: field(next, () => text(next)), code_verifier: value(next) }
		})
	},
	{
		name: 'POST /otp',
		request: (next) => ({
			path: `/otp?redirect_to=${queryValue(next)}`,
			body: {
				email: field(next, () => address(next)),
				create_user: value(next),
				data: value(next),
				code_challenge: value(next),
				code_challenge_method: field(next, () => pick(next, ['s256', 'plain', 'S256']))
			}
		})
	},
	{
		name: 'POST /verify',
		request: (next) => ({
			path: '/verify',
			body:
				next() < 0.5
					? {
							type: field(next, () => pick(next, ['magiclink', 'recovery', 'invite', 'email'])),
							token_hash: field(next, () => text(next))
						}
					: { type: value(next), email: field(next, () => address(next)), token: value(next) }
		})
	},
	{
		name: 'GET /verify',
		request: (next) => ({
			method: 'GET',
			path: `/verify?token=${queryValue(next)}&type=${pick(next, ['magiclink', 'invite', queryValue(next)])}&redirect_to=${queryValue(next)}`
		})
	},
	{
		name: 'POST /recover',
		request: (next) => ({
			path: `/recover?redirect_to=${queryValue(next)}`,
			body: { email: field(next, () => address(next)), code_challenge: value(next) }
		})
	},
	{
		name: 'POST /signup',
		request: (next) => ({
			path: '/signup',
			body: { email: field(next, () => address(next)), password: value(next), data: value(next) }
		})
	},
	{
		name: 'GET /user',
		request: (next) => ({
			method: 'GET',
			path: '/user',
			bearer: next() < 0.3 ? userToken : text(next).replace(/[^\x21-\x7e]/g, '') || 'x'
		})
	},
	{
		name: 'PUT /user',
		request: (next) => ({
			method: 'PUT',
			path: '/user',
			bearer: userToken,
			body: {
				data: value(next),
				...(next() < 0.3 && { password: value(next) }),
				...(next() < 0.3 && { email: field(next, () => address(next)) })
			}
		})
	},
	{
		name: 'POST /logout',
		request: (next) => ({
			path: `/logout?scope=${queryValue(next)}`,
			bearer: text(next).replace(/[^\x21-\x7e]/g, '') || 'x'
		})
	},
	{
		name: 'POST /invite',
		request: (next) => ({
			path: `/invite?redirect_to=${queryValue(next)}`,
			bearer: adminKey,
			body: { email: field(next, () => address(next)), data: value(next) }
		})
	},
	{
		name: 'POST /admin/users',
		request: (next) => ({
			path: '/admin/users',
			bearer: adminKey,
			body: {
				email: field(next, () => address(next)),
				password: value(next),
				email_confirm: value(next),
				user_metadata: value(next),
				app_metadata: value(next),
				...(next() < 0.2 && { ban_duration: value(next) }),
				...(next() < 0.2 && { id: value(next) })
			}
		})
	},
	{
		name: 'GET /admin/users',
		request: (next) => ({
			method: 'GET',
			path: `/admin/users?page=${queryValue(next)}&per_page=${queryValue(next)}`,
			bearer: adminKey
		})
	},
	{
		name: 'PUT and DELETE /admin/users/{id}',
		request: (next) => ({
			method: pick(next, ['PUT', 'DELETE', 'GET']),
			path: `/admin/users/${next() < 0.5 ? crypto.randomUUID() : queryValue(next)}`,
			bearer: adminKey,
			body: { user_metadata: value(next), ban_duration: value(next), email: value(next) }
		})
	},
	{
		name: 'POST /admin/generate_link',
		request: (next) => ({
			path: `/admin/generate_link?redirect_to=${queryValue(next)}`,
			bearer: adminKey,
			body: {
				type: field(next, () => pick(next, ['magiclink', 'recovery', 'invite', 'signup'])),
				email: field(next, () => address(next)),
				password: value(next),
				data: value(next)
			}
		})
	}
];

describe('the auth service under generated input', () => {
	beforeAll(async () => {
		({
			session: { access_token: userToken }
		} = await signedInUser(target));
		adminKey = stack.serviceRoleKey;
		// An address the generator may hit with generate_link recovery: one that exists.
		await confirmedUser(target);
		expect((await admin(target).auth.admin.listUsers()).error).toBeNull();
	});

	it.each(endpoints.map((endpoint, index) => [endpoint.name, endpoint, index] as const))(
		'never answers 5xx: %s',
		async (_name, endpoint, index) => {
			const seed = 0x5eed + index * 1000;
			const next = random(seed);
			for (let i = 0; i < CASES; i++) {
				const request = endpoint.request(next);
				const response = await authFetch(target, request.path, {
					method: request.method ?? 'POST',
					body: request.method === 'GET' ? undefined : JSON.stringify(request.body ?? {}),
					bearer: request.bearer
				});
				const shown = JSON.stringify(request).slice(0, 300);
				expect(response.status, `seed ${seed}, case ${i}: ${shown}`).toBeLessThan(500);
				expect(response.status, `seed ${seed}, case ${i}: ${shown}`).toBeGreaterThanOrEqual(200);
			}
		}
	);
});
