import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	admin,
	arrangePeople,
	expectStorageError,
	pdf,
	png,
	removeAll,
	storageFetch,
	uniqueName,
	type People,
	type Target
} from '../support.ts';

/** Upload, upsert, update, download, remove and their errors, through supabase-js. */
export function objectContract(target: () => Target) {
	let people: People;
	const uploaded: Record<'logos' | 'documents', string[]> = { logos: [], documents: [] };
	const logoKey = (organisation: string, name = uniqueName('png')) => {
		const key = `${organisation}/${name}`;
		uploaded.logos.push(key);
		return key;
	};

	beforeAll(async () => {
		people = await arrangePeople(target());
	});

	afterAll(async () => {
		await removeAll(target(), 'logos', uploaded.logos);
		await removeAll(target(), 'documents', uploaded.documents);
	});

	it('uploads a file (multipart) and answers with its id, path and full path', async () => {
		const key = logoKey(people.organisationA);
		const { data, error } = await people.memberA.client.storage.from('logos').upload(key, png(1));
		expect(error).toBeNull();
		expect(data).toEqual({ id: expect.any(String), path: key, fullPath: `logos/${key}` });
		const downloaded = await people.memberA.client.storage.from('logos').download(key);
		expect(downloaded.error).toBeNull();
		expect(downloaded.data?.type).toBe('image/png');
		expect(new Uint8Array(await downloaded.data!.arrayBuffer())).toEqual(
			new Uint8Array(await png(1).arrayBuffer())
		);
	});

	it('uploads a raw body with its content type', async () => {
		const key = logoKey(people.organisationA);
		const bytes = Buffer.from(await png(2).arrayBuffer());
		const { error } = await people.memberA.client.storage
			.from('logos')
			.upload(key, bytes, { contentType: 'image/png' });
		expect(error).toBeNull();
		const { data } = await people.memberA.client.storage.from('logos').info(key);
		expect(data).toMatchObject({ size: bytes.length, contentType: 'image/png' });
	});

	it('refuses a second upload to the same key without upsert: 409 KeyAlreadyExists', async () => {
		const key = logoKey(people.organisationA);
		const storage = people.memberA.client.storage.from('logos');
		expect((await storage.upload(key, png(1))).error).toBeNull();
		const { error } = await storage.upload(key, png(2));
		expectStorageError(error, {
			statusCode: '409',
			code: 'KeyAlreadyExists',
			message: 'The resource already exists'
		});
	});

	it('replaces a file with upsert and with update, keeping its id', async () => {
		const key = logoKey(people.organisationA);
		const storage = people.memberA.client.storage.from('logos');
		const first = await storage.upload(key, png(1));
		const second = await storage.upload(key, png(2, 2), { upsert: true });
		expect(second.error).toBeNull();
		expect(second.data?.id).toBe(first.data?.id);
		expect((await storage.download(key)).data?.size).toBe(10);
		const third = await storage.update(key, png(3, 3, 3));
		expect(third.error).toBeNull();
		expect(third.data?.id).toBe(first.data?.id);
		expect((await storage.download(key)).data?.size).toBe(11);
	});

	it('removes files by exact name and answers with the removed rows only', async () => {
		const key = logoKey(people.organisationA);
		const storage = people.memberA.client.storage.from('logos');
		await storage.upload(key, png(1));
		const { data, error } = await storage.remove([key, `${people.organisationA}/missing.png`]);
		expect(error).toBeNull();
		expect(data?.map((row) => [row.name, row.bucket_id])).toEqual([[key, 'logos']]);
		expect((await storage.exists(key)).data).toBe(false);
	});

	it('removes a single file with DELETE /object/{bucket}/{key}', async () => {
		const key = logoKey(people.organisationA);
		await people.memberA.client.storage.from('logos').upload(key, png(1));
		const removed = await storageFetch(target(), `/object/logos/${key}`, {
			method: 'DELETE',
			token: people.memberA.token
		});
		expect(removed).toMatchObject({ status: 200, json: { message: 'Successfully deleted' } });
		const again = await storageFetch(target(), `/object/logos/${key}`, {
			method: 'DELETE',
			token: people.memberA.token
		});
		expect(again.status).toBe(400);
		expect(again.json).toEqual({
			statusCode: '404',
			error: 'not_found',
			message: 'Object not found',
			code: 'NoSuchKey'
		});
	});

	it('answers a missing bucket with 404 NoSuchBucket and a missing object with 404 NoSuchKey', async () => {
		const missingBucket = await people.staff.client.storage
			.from('no-such-bucket')
			.upload(uniqueName('png'), png());
		expectStorageError(missingBucket.error, {
			statusCode: '404',
			code: 'NoSuchBucket',
			message: 'Bucket not found'
		});
		const missingObject = await people.staff.client.storage
			.from('logos')
			.download(`${people.organisationA}/missing.png`);
		expectStorageError(missingObject.error, { statusCode: '404', code: 'NoSuchKey' });
	});

	it('refuses keys with umlauts and other characters outside the allowed set: 400 InvalidKey', async () => {
		const storage = people.staff.client.storage.from('logos');
		for (const name of ['Müller.png', 'Straße.png', 'a~b.png', 'a[1].png', 'a{b}.png', 'a|b.png']) {
			const key = `${people.organisationA}/${name}`;
			const { error } = await storage.upload(key, png());
			expectStorageError(error, {
				statusCode: '400',
				code: 'InvalidKey',
				message: `Invalid key: ${key}`
			});
		}
	});

	it("accepts keys with the allowed punctuation: spaces and !-_.*'()&$=@;:+,", async () => {
		const key = logoKey(people.organisationA, "Logo (neu) & mehr_1-2!*'=@;:+,$.png");
		const { data, error } = await people.staff.client.storage.from('logos').upload(key, png());
		expect(error).toBeNull();
		expect(data?.path).toBe(key);
		const public_ = await fetch(
			people.staff.client.storage.from('logos').getPublicUrl(key).data.publicUrl
		);
		expect(public_.status).toBe(200);
	});

	it("enforces the bucket's allowed MIME types: 415 InvalidMimeType (SVG refused for logos)", async () => {
		const storage = people.memberA.client.storage.from('logos');
		const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' });
		const { error } = await storage.upload(`${people.organisationA}/${uniqueName('svg')}`, svg);
		expectStorageError(error, {
			statusCode: '415',
			code: 'InvalidMimeType',
			message: 'mime type image/svg+xml is not supported'
		});
		const raw = await storage.upload(`${people.organisationA}/${uniqueName('png')}`, 'text');
		expectStorageError(raw.error, {
			statusCode: '415',
			code: 'InvalidMimeType',
			message: 'mime type text/plain;charset=UTF-8 is not supported'
		});
	});

	it("enforces the bucket's size limit: 413 EntityTooLarge above 1 MiB for logos", async () => {
		const storage = people.memberA.client.storage.from('logos');
		const atLimit = logoKey(people.organisationA);
		const exactly = new Blob([new Uint8Array(1024 * 1024)], { type: 'image/png' });
		expect((await storage.upload(atLimit, exactly)).error).toBeNull();
		const tooLarge = new Blob([new Uint8Array(1024 * 1024 + 1)], { type: 'image/png' });
		const { error } = await storage.upload(
			`${people.organisationA}/${uniqueName('png')}`,
			tooLarge
		);
		// A gateway in front of hosted Storage may answer 413 itself.
		expectStorageError(error, { statusCode: '413', code: 'EntityTooLarge', status: [400, 413] });
	});

	it('accepts PDFs in documents and refuses other types there', async () => {
		const key = `${people.organisationA}/${uniqueName('pdf')}`;
		uploaded.documents.push(key);
		const storage = people.staff.client.storage.from('documents');
		expect((await storage.upload(key, pdf())).error).toBeNull();
		const html = new Blob(['<p>hi</p>'], { type: 'text/html' });
		const { error } = await storage.upload(`${people.organisationA}/${uniqueName('html')}`, html);
		expectStorageError(error, { statusCode: '415', code: 'InvalidMimeType' });
	});

	it('answers an upload without Authorization with a validation error, a bad token with 403 AccessDenied', async () => {
		const path = `/object/logos/${people.organisationA}/${uniqueName('png')}`;
		const missing = await storageFetch(target(), path, {
			body: png(),
			headers: { 'content-type': 'image/png' }
		});
		expect(missing.status).toBe(400);
		expect(missing.json).toMatchObject({
			statusCode: '400',
			error: 'Error',
			message: "headers must have required property 'authorization'"
		});
		const forged = await storageFetch(target(), path, {
			body: png(),
			token: `${people.memberA.token.slice(0, -4)}AAAA`,
			headers: { 'content-type': 'image/png' }
		});
		expect(forged.status).toBe(400);
		expect(forged.json).toMatchObject({ statusCode: '403', code: 'AccessDenied' });
	});

	it('leaves service-role uploads ownerless and records the uploader as owner otherwise', async () => {
		const memberKey = logoKey(people.organisationA);
		await people.memberA.client.storage.from('logos').upload(memberKey, png());
		const serviceKey = logoKey(people.organisationA);
		await admin(target()).storage.from('logos').upload(serviceKey, png());
		const { data } = await admin(target()).storage.from('logos').remove([memberKey, serviceKey]);
		const owners = Object.fromEntries(data!.map((row) => [row.name, row.owner || null]));
		expect(owners).toEqual({ [memberKey]: people.memberA.id, [serviceKey]: null });
	});
}
