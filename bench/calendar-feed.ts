/**
 * The iCal feed of an organisation with 500 open obligations (issue #12): the time from request
 * to the whole document, through the production build (the feed function in the database, the
 * document written by ical-generator), one request after another.
 */
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { percentile } from './load.ts';

export const FEED_OBLIGATIONS = 500;
const ROUNDS = Number(process.env.BENCH_FEED_ROUNDS ?? 30);

/** An organisation with a member, FEED_OBLIGATIONS open obligations and a feed link; its token. */
async function arrangeFeed(dbUrl: string): Promise<string> {
	const db = new pg.Client({ connectionString: dbUrl });
	await db.connect();
	try {
		const suffix = randomBytes(4).toString('hex');
		const {
			rows: [organisation]
		} = await db.query<{ id: string }>(
			`insert into public.organisations (name, kind, status) values ($1, 'initiative', 'published') returning id`,
			[`Bench Fristen ${suffix}`]
		);
		const {
			rows: [user]
		} = await db.query<{ id: string }>(
			`insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
			 values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
			         '{}', '{}', now(), now()) returning id`,
			[`bench-feed-${suffix}@example.org`]
		);
		await db.query(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'owner')`,
			[organisation!.id, user!.id]
		);
		// 125 applications with four obligations each, due across five years.
		await db.query(
			`with apps as (
			   insert into public.applications (organisation_id, title, status, period_start, period_end)
			   select $1, 'Bench-Projekt ' || n, 'submitted', '2026-01-01', '2026-12-31'
			   from generate_series(1, $2::int / 4) n returning id
			 )
			 insert into public.obligations (application_id, kind, due_on, covers_from, covers_to)
			 select apps.id, k.kind::public.obligation_kind,
			        date '2027-01-01' + (random() * 1800)::int, '2026-01-01', '2026-12-31'
			 from apps cross join unnest(array['mittelabruf', 'zwischennachweis', 'verwendungsnachweis', 'receipts_retention']) k (kind)`,
			[organisation!.id, FEED_OBLIGATIONS]
		);
		const token = randomBytes(32).toString('base64url');
		await db.query(
			`insert into public.calendar_feed_tokens (scope, organisation_id, created_by, token_hash)
			 values ('organisation', $1, $2, $3)`,
			[organisation!.id, user!.id, createHash('sha256').update(token).digest()]
		);
		return token;
	} finally {
		await db.end();
	}
}

export async function measureCalendarFeed(
	dbUrl: string,
	appUrl: string
): Promise<{ p50: number; p95: number; events: number; kb: number }> {
	const token = await arrangeFeed(dbUrl);
	const url = `${appUrl}/kalender/abo/${token}.ics`;
	const timings: number[] = [];
	let body = '';
	for (let round = 0; round < ROUNDS + 2; round++) {
		const started = performance.now();
		const response = await fetch(url);
		body = await response.text();
		if (response.status !== 200) throw new Error(`the feed answered ${response.status}`);
		// The first two warm the JIT and the connection pools.
		if (round >= 2) timings.push(performance.now() - started);
	}
	timings.sort((a, b) => a - b);
	return {
		p50: Number(percentile(timings, 0.5).toFixed(1)),
		p95: Number(percentile(timings, 0.95).toFixed(1)),
		events: body.split('BEGIN:VEVENT').length - 1,
		kb: Number((Buffer.byteLength(body) / 1024).toFixed(1))
	};
}
