/**
 * searchDirectory keeps a search's answer for DIRECTORY_CACHE_SECONDS per server process, keyed
 * by the directory's data version: the search returns the same published data to everyone, so
 * popular searches cost the database a version read instead of a search, and any write (a place
 * made confidential) shows in the next search. With 0 it asks every time.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { env } from '$env/dynamic/private';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '$lib/database.types';
import { EMPTY_QUERY } from '$lib/domain/directory-query';
import { searchDirectory } from '$lib/server/directory';
import { anon, createOrganisation, sql } from './fixtures.ts';

const visitor = () => anon() as unknown as SupabaseClient<Database>;
// The app reads its settings through SvelteKit's env module; the test sets them there.
const setting = env.DIRECTORY_CACHE_SECONDS;

async function dataVersion(): Promise<number> {
	const { data, error } = await visitor().rpc('directory_data_version');
	if (error) throw error;
	return data;
}

describe('the directory search cache', () => {
	afterEach(() => {
		if (setting === undefined) delete env.DIRECTORY_CACHE_SECONDS;
		else env.DIRECTORY_CACHE_SECONDS = setting;
	});

	it('answers the same search from memory while the data is unchanged, for any visitor', async () => {
		env.DIRECTORY_CACHE_SECONDS = '30';
		const word = `Zwischenspeicher${crypto.randomUUID().slice(0, 8)}`;
		const query = { ...EMPTY_QUERY, q: word };
		await createOrganisation({ name: `${word} Eins` });
		const first = await searchDirectory(visitor(), query, null);
		expect(first.total).toBe(1);
		const second = await searchDirectory(visitor(), query, null);
		expect(second).toBe(first);
		// Another search is its own entry.
		const other = await searchDirectory(
			visitor(),
			{ ...query, kind: ['counselling_service'] },
			null
		);
		expect(other).not.toBe(first);
		expect(other.total).toBe(1);
	});

	it('sees a write in the very next search', async () => {
		env.DIRECTORY_CACHE_SECONDS = '30';
		const word = `Frischdaten${crypto.randomUUID().slice(0, 8)}`;
		const query = { ...EMPTY_QUERY, q: word };
		await createOrganisation({ name: `${word} Eins` });
		expect((await searchDirectory(visitor(), query, null)).total).toBe(1);
		await createOrganisation({ name: `${word} Zwei` });
		expect((await searchDirectory(visitor(), query, null)).total).toBe(2);
	});

	it('shows no old street of a place made confidential, with the cache on', async () => {
		env.DIRECTORY_CACHE_SECONDS = '30';
		const word = `Geheimhaus${crypto.randomUUID().slice(0, 8)}`;
		const street = `Alte Gasse ${word} 7`;
		const shelter = await createOrganisation({
			name: `${word} Schutzraum`,
			locations: [{ key: 'house', address: street, latitude: 51.31, longitude: 9.49 }]
		});
		const query = { ...EMPTY_QUERY, q: word };
		const before = await searchDirectory(visitor(), query, null);
		expect(JSON.stringify(before.entries)).toContain(street);

		await sql(`update public.locations set visibility = 'on_request' where id = $1`, [
			shelter.locations.house
		]);
		const after = await searchDirectory(visitor(), query, null);
		expect(after.total).toBe(1);
		expect(JSON.stringify(after.entries)).not.toContain(street);
	});

	it('moves the data version with every write to what the directory shows', async () => {
		const shelter = await createOrganisation({
			name: `Versionshaus ${crypto.randomUUID().slice(0, 8)}`,
			locations: [{ key: 'house', address: 'Versionsweg 1' }]
		});
		const writes = [
			[`update public.organisations set description = 'neu' where id = $1`, shelter.id],
			[
				`update public.locations set address_1 = 'Versionsweg 2' where id = $1`,
				shelter.locations.house
			],
			[`insert into public.services (organisation_id, name) values ($1, 'Beratung')`, shelter.id],
			[`delete from public.locations where id = $1`, shelter.locations.house]
		] as const;
		for (const [statement, id] of writes) {
			const before = await dataVersion();
			await sql(statement, [id]);
			expect(await dataVersion(), statement).toBeGreaterThan(before);
		}
	});

	it('asks the database every time when switched off', async () => {
		env.DIRECTORY_CACHE_SECONDS = '0';
		const word = `Frischsuche${crypto.randomUUID().slice(0, 8)}`;
		const query = { ...EMPTY_QUERY, q: word };
		await createOrganisation({ name: `${word} Eins` });
		const first = await searchDirectory(visitor(), query, null);
		expect(first.total).toBe(1);
		await createOrganisation({ name: `${word} Zwei` });
		const second = await searchDirectory(visitor(), query, null);
		expect(second.total).toBe(2);
		expect(await searchDirectory(visitor(), query, null)).not.toBe(second);
	});
});
