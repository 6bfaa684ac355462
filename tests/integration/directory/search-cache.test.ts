/**
 * searchDirectory keeps a search's answer for DIRECTORY_CACHE_SECONDS per server process: the
 * search returns the same published data to everyone, so popular searches cost the database once
 * per interval. With 0 it asks every time.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { env } from '$env/dynamic/private';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '$lib/database.types';
import { EMPTY_QUERY } from '$lib/domain/directory-query';
import { searchDirectory } from '$lib/server/directory';
import { anon, createOrganisation } from './fixtures.ts';

const visitor = () => anon() as unknown as SupabaseClient<Database>;
// The app reads its settings through SvelteKit's env module; the test sets them there.
const setting = env.DIRECTORY_CACHE_SECONDS;

describe('the directory search cache', () => {
	afterEach(() => {
		if (setting === undefined) delete env.DIRECTORY_CACHE_SECONDS;
		else env.DIRECTORY_CACHE_SECONDS = setting;
	});

	it('answers the same search from memory within its time, for any visitor', async () => {
		env.DIRECTORY_CACHE_SECONDS = '30';
		const word = `Zwischenspeicher${crypto.randomUUID().slice(0, 8)}`;
		const query = { ...EMPTY_QUERY, q: word };
		await createOrganisation({ name: `${word} Eins` });
		const first = await searchDirectory(visitor(), query, null);
		expect(first.total).toBe(1);
		await createOrganisation({ name: `${word} Zwei` });
		const second = await searchDirectory(visitor(), query, null);
		expect(second).toBe(first);
		// Another search is its own entry and sees the database as it is now.
		const other = await searchDirectory(
			visitor(),
			{ ...query, kind: ['counselling_service'] },
			null
		);
		expect(other.total).toBe(2);
	});

	it('asks the database every time when switched off', async () => {
		env.DIRECTORY_CACHE_SECONDS = '0';
		const word = `Frischsuche${crypto.randomUUID().slice(0, 8)}`;
		const query = { ...EMPTY_QUERY, q: word };
		await createOrganisation({ name: `${word} Eins` });
		expect((await searchDirectory(visitor(), query, null)).total).toBe(1);
		await createOrganisation({ name: `${word} Zwei` });
		expect((await searchDirectory(visitor(), query, null)).total).toBe(2);
	});
});
