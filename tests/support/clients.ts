import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { inject } from 'vitest';
import { signJwt } from '../../stack/jwt.ts';
import type { Database } from '../../src/lib/database.types.ts';

const noSession = {
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
};

export function stackInfo() {
	return inject('stack');
}

export function anonClient() {
	const { url, anonKey } = stackInfo();
	return createClient<Database>(url, anonKey, noSession);
}

export function serviceClient() {
	const { url, serviceRoleKey } = stackInfo();
	return createClient<Database>(url, serviceRoleKey, noSession);
}

/** An access token for `userId` as Supabase Auth would issue it, signed with the stack's secret. */
export function mintAccessToken(userId: string, email = `${userId}@example.org`): string {
	const now = Math.floor(Date.now() / 1000);
	return signJwt(
		{ sub: userId, role: 'authenticated', aud: 'authenticated', email, iat: now, exp: now + 3600 },
		stackInfo().jwtSecret
	);
}

/** A client acting as a signed-in user, without going through the auth service. */
export function userClient(userId: string) {
	const { url, anonKey } = stackInfo();
	return createClient<Database>(url, anonKey, {
		...noSession,
		global: { headers: { Authorization: `Bearer ${mintAccessToken(userId)}` } }
	});
}

/** Runs SQL as the superuser: for arranging test data and inspecting the database itself. */
export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(
	text: string,
	values: unknown[] = []
): Promise<T[]> {
	const client = new pg.Client({ connectionString: stackInfo().superuserDbUrl });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

/** A user row in auth.users, as the auth service would create it; returns its id. */
export async function createTestUser(
	email = `user-${crypto.randomUUID()}@example.org`
): Promise<string> {
	const [row] = await sql<{ id: string }>(
		`insert into auth.users (instance_id, id, aud, role, email, raw_app_meta_data, raw_user_meta_data, created_at, updated_at, email_confirmed_at)
		 values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', $1,
		         '{"provider":"email","providers":["email"]}', '{}', now(), now(), now())
		 returning id`,
		[email.toLowerCase()]
	);
	return row!.id;
}
