import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	admin,
	anon,
	arrangePeople,
	png,
	removeAll,
	type People,
	type Target
} from '../support.ts';

/** List v1 (folders and files under a prefix) and the bucket routes. */
export function listingContract(target: () => Target) {
	let people: People;
	const keys: string[] = [];

	beforeAll(async () => {
		people = await arrangePeople(target());
		const a = people.organisationA;
		keys.push(`${a}/b.png`, `${a}/A.png`, `${a}/c.png`, `${a}/old/1.png`, `${a}/old/2.png`);
		for (const key of keys) {
			const { error } = await people.memberA.client.storage.from('logos').upload(key, png());
			expect(error).toBeNull();
		}
	});

	afterAll(() => removeAll(target(), 'logos', keys));

	it('lists the files and folders directly under a prefix, sorted by name', async () => {
		const { data, error } = await people.memberA.client.storage
			.from('logos')
			.list(people.organisationA);
		expect(error).toBeNull();
		expect(data!.map((entry) => entry.name)).toEqual(['A.png', 'b.png', 'c.png', 'old']);
		const folder = data!.find((entry) => entry.name === 'old')!;
		expect(folder).toMatchObject({ id: null, metadata: null, created_at: null });
		const file = data!.find((entry) => entry.name === 'b.png')!;
		expect(file.id).toEqual(expect.any(String));
		expect(file.metadata).toMatchObject({ mimetype: 'image/png', size: 8 });
	});

	it('pages, sorts and searches by name prefix', async () => {
		const storage = people.memberA.client.storage.from('logos');
		const page = await storage.list(people.organisationA, {
			limit: 2,
			offset: 1,
			sortBy: { column: 'name', order: 'desc' }
		});
		expect(page.data!.map((entry) => entry.name)).toEqual(['c.png', 'b.png']);
		const search = await storage.list(people.organisationA, { search: 'a' });
		expect(search.data!.map((entry) => entry.name)).toEqual(['A.png']);
		const inFolder = await storage.list(`${people.organisationA}/old`);
		expect(inFolder.data!.map((entry) => entry.name)).toEqual(['1.png', '2.png']);
	});

	it('shows the service role every bucket with its settings', async () => {
		const { data, error } = await admin(target()).storage.listBuckets();
		expect(error).toBeNull();
		const byId = Object.fromEntries(data!.map((bucket) => [bucket.id, bucket]));
		expect(byId.logos).toMatchObject({
			name: 'logos',
			public: true,
			file_size_limit: 1048576,
			allowed_mime_types: ['image/png', 'image/jpeg', 'image/webp']
		});
		expect(byId.documents).toMatchObject({ public: false, file_size_limit: 20971520 });
		expect(byId.documents!.allowed_mime_types).toContain('application/pdf');
		const one = await admin(target()).storage.getBucket('logos');
		expect(one.data).toMatchObject({ id: 'logos', public: true });
	});

	it('shows anonymous visitors and members no bucket', async () => {
		for (const client of [anon(target()), people.memberA.client]) {
			const list = await client.storage.listBuckets();
			expect(list).toEqual({ data: [], error: null });
			const one = await client.storage.getBucket('logos');
			expect(one.error).toMatchObject({ statusCode: '404', code: 'NoSuchBucket' });
		}
	});
}
