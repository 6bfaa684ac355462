import { afterAll, beforeAll, expect, it } from 'vitest';
import {
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Public URLs and signed URLs: created through supabase-js, fetched with no headers at all. */
export function urlContract(target: () => Target) {
	let people: People;
	let logo: string;
	let document: string;

	beforeAll(async () => {
		people = await arrangePeople(target());
		logo = `${people.organisationA}/${uniqueName('png')}`;
		document = `${people.organisationA}/${uniqueName('pdf')}`;
		const uploads = await Promise.all([
			people.memberA.client.storage.from('logos').upload(logo, png(7)),
			people.staff.client.storage.from('documents').upload(document, pdf('signed'))
		]);
		for (const { error } of uploads) expect(error).toBeNull();
	});

	afterAll(async () => {
		await removeAll(target(), 'logos', [logo]);
		await removeAll(target(), 'documents', [document]);
	});

	it('serves a public bucket’s file at its public URL without any header', async () => {
		const { publicUrl } = people.memberA.client.storage.from('logos').getPublicUrl(logo).data;
		expect(publicUrl).toBe(`${target().url}/storage/v1/object/public/logos/${logo}`);
		const response = await fetch(publicUrl);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		expect(response.headers.get('etag')).toMatch(/^"/);
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(
			new Uint8Array(await png(7).arrayBuffer())
		);
	});

	it('answers the public URL of a private bucket’s file with 404 NoSuchBucket', async () => {
		const { publicUrl } = people.staff.client.storage.from('documents').getPublicUrl(document).data;
		const response = await fetch(publicUrl);
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ statusCode: '404', code: 'NoSuchBucket' });
	});

	it('serves a private file at a signed URL without headers, with Expires and no Cache-Control', async () => {
		const { data, error } = await people.memberA.client.storage
			.from('documents')
			.createSignedUrl(document, 60);
		expect(error).toBeNull();
		const response = await fetch(data!.signedUrl);
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('signed');
		expect(response.headers.get('expires')).toEqual(expect.any(String));
		expect(response.headers.get('cache-control')).toBeNull();
	});

	it('signs several paths at once, with an error for each one the caller cannot see', async () => {
		const missing = `${people.organisationA}/missing.pdf`;
		const { data, error } = await people.memberA.client.storage
			.from('documents')
			.createSignedUrls([document, missing], 60);
		expect(error).toBeNull();
		expect(data).toEqual([
			{
				error: null,
				path: document,
				signedURL: expect.stringMatching(/^\/object\/sign\/documents\//),
				signedUrl: expect.any(String)
			},
			{
				error: 'Either the object does not exist or you do not have access to it',
				path: missing,
				signedURL: null,
				signedUrl: null
			}
		]);
		expect((await fetch(data![0]!.signedUrl!)).status).toBe(200);
		const forB = await people.memberB.client.storage
			.from('documents')
			.createSignedUrls([document], 60);
		expect(forB.data?.[0]?.signedUrl).toBeNull();
	});

	it('refuses a signed token for another path: InvalidSignature', async () => {
		const { data } = await people.memberA.client.storage.from('logos').createSignedUrl(logo, 60);
		const token = new URL(data!.signedUrl).searchParams.get('token')!;
		const other = await storageFetch(target(), `/object/sign/documents/${document}?token=${token}`);
		expect(other.status).toBe(400);
		expect(other.json).toMatchObject({
			statusCode: '400',
			code: 'InvalidSignature',
			message: 'Invalid signature'
		});
	});

	it('refuses a tampered or missing token: InvalidJWT / validation error', async () => {
		const { data } = await people.memberA.client.storage
			.from('documents')
			.createSignedUrl(document, 60);
		const token = new URL(data!.signedUrl).searchParams.get('token')!;
		const tampered = await storageFetch(
			target(),
			`/object/sign/documents/${document}?token=${token.slice(0, -3)}abc`
		);
		expect(tampered.json).toMatchObject({ statusCode: '400', code: 'InvalidJWT' });
		const none = await storageFetch(target(), `/object/sign/documents/${document}`);
		expect(none.status).toBe(400);
		expect(none.json).toMatchObject({ statusCode: '400', error: 'Error' });
	});

	it('refuses a signed URL once it has expired', async () => {
		const { data } = await people.memberA.client.storage
			.from('documents')
			.createSignedUrl(document, 1);
		await sleep(2100);
		const response = await fetch(data!.signedUrl);
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({
			statusCode: '400',
			code: 'InvalidJWT',
			message: '"exp" claim timestamp check failed'
		});
	});

	it('refuses to sign what the caller cannot read, and a lifetime below one second', async () => {
		const forB = await people.memberB.client.storage
			.from('documents')
			.createSignedUrl(document, 60);
		expectStorageError(forB.error, { statusCode: '404', code: 'NoSuchKey' });
		const forAnonymous = await storageFetch(target(), `/object/sign/documents/${document}`, {
			token: target().anonKey,
			body: { expiresIn: 60 }
		});
		expect(forAnonymous.json).toMatchObject({ statusCode: '404', code: 'NoSuchKey' });
		const zero = await people.memberA.client.storage.from('documents').createSignedUrl(document, 0);
		expectStorageError(zero.error, { statusCode: '400', code: 'InvalidParameter' });
	});

	it('answers a signed URL of a removed file with NoSuchKey', async () => {
		const key = `${people.organisationA}/${uniqueName('pdf')}`;
		const storage = people.staff.client.storage.from('documents');
		await storage.upload(key, pdf());
		const { data } = await storage.createSignedUrl(key, 60);
		await storage.remove([key]);
		const response = await fetch(data!.signedUrl);
		expect(await response.json()).toMatchObject({ statusCode: '404', code: 'NoSuchKey' });
	});
}
