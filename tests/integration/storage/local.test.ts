/**
 * What only the embedded stack's storage service shows: where files live, the storage schema's
 * guards, and the download details the contract marks as not verified against hosted Storage.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { serviceClient, sql, stackInfo } from '../../support/clients.ts';
import { png, storageFetch, uniqueName } from './support.ts';

const target = () => ({ name: 'local', local: true, ...stackInfo() });

async function versionOf(bucket: string, key: string): Promise<string> {
	const [row] = await sql<{ version: string }>(
		'select version from storage.objects where bucket_id = $1 and name = $2',
		[bucket, key]
	);
	return row!.version;
}

const fileOf = (version: string) => join(stackInfo().dataDir, 'storage', 'objects', version);
const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

describe('local storage service', () => {
	it('keeps each version of a file under the data folder and removes replaced and removed ones', async () => {
		const storage = serviceClient().storage.from('logos');
		const key = `local/${uniqueName('png')}`;
		await storage.upload(key, png(1));
		const first = await versionOf('logos', key);
		expect(await readFile(fileOf(first))).toEqual(Buffer.from(await png(1).arrayBuffer()));
		await storage.upload(key, png(2, 2), { upsert: true });
		const second = await versionOf('logos', key);
		expect(second).not.toBe(first);
		expect(await exists(fileOf(first))).toBe(false);
		expect((await readFile(fileOf(second))).length).toBe(10);
		await storage.remove([key]);
		expect(await exists(fileOf(second))).toBe(false);
	});

	it('refuses deleting storage rows by SQL, as Supabase does, so no file is orphaned', async () => {
		const key = `local/${uniqueName('png')}`;
		await serviceClient().storage.from('logos').upload(key, png());
		await expect(
			sql(`delete from storage.objects where bucket_id = 'logos' and name = $1`, [key])
		).rejects.toThrow('Direct deletion from storage tables is not allowed');
		await serviceClient().storage.from('logos').remove([key]);
	});

	it('lets migrations (as postgres) create policies on storage.objects but not alter the table', async () => {
		const client = new pg.Client({ connectionString: stackInfo().dbUrl });
		await client.connect();
		try {
			await client.query('begin');
			await client.query(
				`create policy "a test policy" on storage.objects for select to authenticated using (false)`
			);
			await client.query('drop policy "a test policy" on storage.objects');
			await client.query('rollback');
			await client.query('begin');
			await expect(
				client.query('alter table storage.objects disable row level security')
			).rejects.toThrow('must be owner of storage.objects');
			await client.query('rollback');
			await expect(client.query('drop table storage.migrations')).rejects.toThrow('must be owner');
			await expect(client.query(`comment on table storage.objects is 'x'`)).rejects.toThrow(
				'must be owner'
			);
		} finally {
			await client.end();
		}
	});

	it('answers Range and conditional requests with 206, 304 and 416', async () => {
		const key = `local/${uniqueName('png')}`;
		await serviceClient()
			.storage.from('logos')
			.upload(key, png(1, 2, 3));
		const path = `/object/public/logos/${key}`;
		const part = await storageFetch(target(), path, { headers: { range: 'bytes=8-9' } });
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe('bytes 8-9/11');
		const etag = part.headers.get('etag')!;
		const same = await storageFetch(target(), path, { headers: { 'if-none-match': etag } });
		expect(same.status).toBe(304);
		const beyond = await storageFetch(target(), path, { headers: { range: 'bytes=50-60' } });
		expect(beyond.status).toBe(416);
		expect(beyond.json).toMatchObject({ statusCode: '416', code: 'InvalidRange' });
		const download = await storageFetch(target(), `${path}?download=Logo Ä.png`);
		expect(download.headers.get('content-disposition')).toBe(
			`attachment; filename=Logo%20%C3%84.png; filename*=UTF-8''Logo%20%C3%84.png`
		);
		await serviceClient().storage.from('logos').remove([key]);
	});

	it('serves stored HTML as plain text', async () => {
		const bucket = `local-${crypto.randomUUID().slice(0, 8)}`;
		await sql(`insert into storage.buckets (id, name, public) values ($1, $1, true)`, [bucket]);
		const key = uniqueName('html');
		const html = new Blob(['<script>alert(1)</script>'], { type: 'text/html' });
		expect((await serviceClient().storage.from(bucket).upload(key, html)).error).toBeNull();
		const response = await storageFetch(target(), `/object/public/${bucket}/${key}`);
		expect(response.headers.get('content-type')).toBe('text/plain');
		await serviceClient().storage.from(bucket).remove([key]);
		await sql(
			`select set_config('storage.allow_delete_query', 'true', false);
			 delete from storage.buckets where id = '${bucket}'`
		);
	});

	it('answers routes it does not have as Supabase Storage answers unknown routes', async () => {
		const move = await storageFetch(target(), '/object/move', {
			token: stackInfo().serviceRoleKey,
			body: { bucketId: 'logos', sourceKey: 'a', destinationKey: 'b' }
		});
		expect(move.status).toBe(404);
		expect(move.json).toEqual({
			statusCode: '404',
			error: 'Not Found',
			message: 'Route POST:/object/move not found',
			code: 'InvalidRequest'
		});
	});
});
