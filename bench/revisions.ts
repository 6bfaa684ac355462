/**
 * Clearing under load (issue #10): the office's review queue with 1,000 pending revisions, and a
 * portal section save, both through the API as the pages make them (the request's own session,
 * RLS and the database's functions deciding). The queue's figure includes building each shown
 * revision's field-by-field diff, as the page does.
 */
import { performance } from 'node:perf_hooks';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import { diffEntry } from '../src/lib/domain/entry-diff.ts';
import type { EntrySnapshot } from '../src/lib/domain/entry-snapshot.ts';
import { percentile } from './load.ts';

export const PENDING_REVISIONS = 1_000;
/** What the review page shows at once (src/routes/(office)/office/pruefung). */
const QUEUE_PAGE = 25;

type Stack = { url: string; anonKey: string; serviceRoleKey: string; dbUrl: string };

async function signedInClient(stack: Stack, setup: (userId: string) => Promise<void>) {
	const admin = createClient(stack.url, stack.serviceRoleKey, { auth: { persistSession: false } });
	const email = `bench-${crypto.randomUUID().slice(0, 8)}@example.org`;
	const password = `Bench-${crypto.randomUUID()}`;
	const created = await admin.auth.admin.createUser({ email, password, email_confirm: true });
	if (created.error) throw created.error;
	await setup(created.data.user.id);
	const client = createClient(stack.url, stack.anonKey, { auth: { persistSession: false } });
	const { error } = await client.auth.signInWithPassword({ email, password });
	if (error) throw error;
	return client;
}

async function timedRounds(rounds: number, work: () => Promise<void>) {
	const latencies: number[] = [];
	for (let round = 0; round < rounds; round++) {
		const started = performance.now();
		await work();
		latencies.push(performance.now() - started);
	}
	latencies.sort((a, b) => a - b);
	return {
		p50: Number(percentile(latencies, 0.5).toFixed(1)),
		p95: Number(percentile(latencies, 0.95).toFixed(1))
	};
}

async function reviewQueuePage(staff: SupabaseClient) {
	const [queue, count] = await Promise.all([
		staff
			.from('entry_revisions')
			.select('*, organisations (name, status)')
			.eq('status', 'submitted')
			.order('submitted_at', { ascending: true })
			.limit(QUEUE_PAGE),
		staff
			.from('entry_revisions')
			.select('id', { count: 'exact', head: true })
			.eq('status', 'submitted')
	]);
	if (queue.error || count.error) throw new Error('the review queue failed');
	if (count.count !== PENDING_REVISIONS) throw new Error(`expected ${PENDING_REVISIONS} pending`);
	for (const revision of queue.data as Array<{ base: EntrySnapshot; proposed: EntrySnapshot }>)
		diffEntry(revision.base, revision.proposed);
}

export async function benchRevisions(
	stack: Stack,
	rounds = 40
): Promise<Record<string, number | string>> {
	const db = new pg.Client({ connectionString: stack.dbUrl });
	await db.connect();
	let organisations: string[];
	try {
		// 1,000 published organisations, each with a submitted change of its description.
		const { rows } = await db.query<{ id: string }>(
			`insert into public.organisations (name, kind, status, description)
			 select 'Bench Prüfung ' || n, 'initiative', 'published', 'Alte Beschreibung ' || n
			 from generate_series(1, $1) n
			 returning id`,
			[PENDING_REVISIONS]
		);
		organisations = rows.map((row) => row.id);
		await db.query(
			`insert into public.schedules (organisation_id, weekday, opens_at, closes_at)
			 select id, 1 + (n % 5), '09:00', '12:00'
			 from unnest($1::uuid[]) with ordinality as o (id, n)`,
			[organisations]
		);
		await db.query(
			`insert into public.entry_revisions (organisation_id, status, base, proposed, submitted_at)
			 select id, 'submitted', private.entry_snapshot(id),
			   jsonb_set(private.entry_snapshot(id), '{profile,description}', to_jsonb('Neue Beschreibung ' || id)),
			   now() - make_interval(secs => n)
			 from unnest($1::uuid[]) with ordinality as o (id, n)`,
			[organisations]
		);
	} finally {
		await db.end();
	}

	const staff = await signedInClient(stack, async (userId) => {
		const admin = new pg.Client({ connectionString: stack.dbUrl });
		await admin.connect();
		await admin.query(`insert into public.staff (user_id, role) values ($1, 'office_staff')`, [
			userId
		]);
		await admin.end();
	});
	await reviewQueuePage(staff); // warm-up
	const queue = await timedRounds(rounds, () => reviewQueuePage(staff));

	// A member saving the profile section of their (published) entry, version after version.
	const [own] = organisations.slice(-1);
	const member = await signedInClient(stack, async (userId) => {
		const admin = new pg.Client({ connectionString: stack.dbUrl });
		await admin.connect();
		await admin.query(
			`insert into public.organisation_members (organisation_id, user_id, role) values ($1, $2, 'owner')`,
			[own, userId]
		);
		await admin.end();
	});
	const opened = await member.rpc('entry_working_copy', { p_organisation: own! });
	if (opened.error) throw opened.error;
	let revision = opened.data as { id: string; version: number; proposed: EntrySnapshot };
	let edit = 0;
	const save = await timedRounds(rounds, async () => {
		const { data, error } = await member.rpc('save_entry_section', {
			p_revision: revision.id,
			p_section: 'profile',
			p_value: { ...revision.proposed.profile, description: `Fassung ${++edit}` },
			p_expected_version: revision.version
		});
		if (error) throw error;
		revision = data as typeof revision;
	});

	// The thousand bare entries leave again: they sort first by name ("Bench …"), and the
	// directory page measured after this showed their short cards instead of real ones (the
	// bench's page weight read 6.6 KB light).
	const cleanup = new pg.Client({ connectionString: stack.dbUrl });
	await cleanup.connect();
	try {
		await cleanup.query('delete from public.organisations where id = any($1::uuid[])', [
			organisations
		]);
	} finally {
		await cleanup.end();
	}

	return {
		[`review queue p50 (ms, API + diffs, ${PENDING_REVISIONS} pending, ${QUEUE_PAGE} shown)`]:
			queue.p50,
		[`review queue p95 (ms, API + diffs, ${PENDING_REVISIONS} pending, ${QUEUE_PAGE} shown)`]:
			queue.p95,
		[`portal section save p50 (ms, API, ${rounds} saves)`]: save.p50,
		[`portal section save p95 (ms, API, ${rounds} saves)`]: save.p95
	};
}
