import { afterAll, beforeAll, expect, it } from 'vitest';
import {
	anon,
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

const RLS_REFUSAL = {
	statusCode: '403',
	code: 'AccessDenied',
	message: 'new row violates row-level security policy'
};

/**
 * Who may do what with files, as numbered stories. Organisation A's member is the owner of the
 * files; B is a member of another organisation.
 */
export function storyContract(target: () => Target) {
	let people: People;
	let logoA: string;
	let documentA: string;
	const extraLogos: string[] = [];
	const extraDocuments: string[] = [];

	beforeAll(async () => {
		people = await arrangePeople(target());
		logoA = `${people.organisationA}/${uniqueName('png')}`;
		documentA = `${people.organisationA}/${uniqueName('pdf')}`;
		expect(
			(await people.memberA.client.storage.from('logos').upload(logoA, png(1))).error
		).toBeNull();
		expect(
			(await people.staff.client.storage.from('documents').upload(documentA, pdf('A'))).error
		).toBeNull();
	});

	afterAll(async () => {
		await removeAll(target(), 'logos', [logoA, ...extraLogos]);
		await removeAll(target(), 'documents', [documentA, ...extraDocuments]);
	});

	const logoOfA = async () =>
		(await people.staff.client.storage.from('logos').download(logoA)).data?.size;

	it('1. a member of B cannot overwrite A’s logo (upsert or update)', async () => {
		const storage = people.memberB.client.storage.from('logos');
		expectStorageError(
			(await storage.upload(logoA, png(9, 9), { upsert: true })).error,
			RLS_REFUSAL
		);
		expectStorageError((await storage.update(logoA, png(9, 9))).error, RLS_REFUSAL);
		expect(await logoOfA()).toBe(9);
	});

	it('2. a member of B cannot upload into A’s folder', async () => {
		const { error } = await people.memberB.client.storage
			.from('logos')
			.upload(`${people.organisationA}/${uniqueName('png')}`, png());
		expectStorageError(error, RLS_REFUSAL);
	});

	it('3. a member of B cannot delete A’s logo, in bulk or singly', async () => {
		const bulk = await people.memberB.client.storage.from('logos').remove([logoA]);
		expect(bulk).toEqual({ data: [], error: null });
		const single = await storageFetch(target(), `/object/logos/${logoA}`, {
			method: 'DELETE',
			token: people.memberB.token
		});
		expect(single.json).toMatchObject({
			statusCode: '403',
			code: 'AccessDenied',
			message: 'Access denied'
		});
		expect(await logoOfA()).toBe(9);
	});

	it('4. a member of B cannot list A’s files, and sees only B’s folder at the top', async () => {
		const storage = people.memberB.client.storage.from('logos');
		expect((await storage.list(people.organisationA)).data).toEqual([]);
		const logoB = `${people.organisationB}/${uniqueName('png')}`;
		extraLogos.push(logoB);
		expect((await storage.upload(logoB, png())).error).toBeNull();
		const top = (await storage.list()).data!.map((entry) => entry.name);
		expect(top).toContain(people.organisationB);
		expect(top).not.toContain(people.organisationA);
	});

	it('5. a member of B cannot read or sign A’s documents; A’s member can read them', async () => {
		const forB = people.memberB.client.storage.from('documents');
		expectStorageError((await forB.download(documentA)).error, {
			statusCode: '404',
			code: 'NoSuchKey'
		});
		expect((await forB.list(people.organisationA)).data).toEqual([]);
		const forA = await people.memberA.client.storage.from('documents').download(documentA);
		expect(await forA.data?.text()).toContain('A');
	});

	it('6. members cannot write documents, not even in their own folder; staff can', async () => {
		const key = `${people.organisationA}/${uniqueName('pdf')}`;
		extraDocuments.push(key);
		const byMember = await people.memberA.client.storage.from('documents').upload(key, pdf());
		expectStorageError(byMember.error, RLS_REFUSAL);
		const removal = await people.memberA.client.storage.from('documents').remove([documentA]);
		expect(removal.data).toEqual([]);
		const byStaff = await people.staff.client.storage.from('documents').upload(key, pdf());
		expect(byStaff.error).toBeNull();
	});

	it('7. a signed-in person of no organisation cannot write logos anywhere', async () => {
		const storage = people.stranger.client.storage.from('logos');
		expectStorageError(
			(await storage.upload(`${people.organisationA}/${uniqueName('png')}`, png())).error,
			RLS_REFUSAL
		);
		expectStorageError(
			(await storage.upload(`${people.stranger.id}/${uniqueName('png')}`, png())).error,
			RLS_REFUSAL
		);
	});

	it('8. office staff replace and remove any organisation’s logo', async () => {
		const key = `${people.organisationB}/${uniqueName('png')}`;
		const storage = people.staff.client.storage.from('logos');
		expect((await storage.upload(key, png())).error).toBeNull();
		expect((await storage.upload(key, png(1, 2), { upsert: true })).error).toBeNull();
		expect((await storage.remove([key])).data).toHaveLength(1);
	});

	it('9. anonymous visitors cannot list buckets or files, read private files or upload', async () => {
		const visitor = anon(target()).storage;
		expect((await visitor.listBuckets()).data).toEqual([]);
		expect((await visitor.from('logos').list(people.organisationA)).data).toEqual([]);
		expectStorageError((await visitor.from('documents').download(documentA)).error, {
			statusCode: '404',
			code: 'NoSuchKey'
		});
		const bare = await storageFetch(target(), `/object/documents/${documentA}`);
		expect(bare.json).toMatchObject({ statusCode: '404', code: 'NoSuchBucket' });
		const upload = await visitor
			.from('logos')
			.upload(`${people.organisationA}/${uniqueName('png')}`, png());
		expectStorageError(upload.error, RLS_REFUSAL);
	});

	it('10. anyone reads a logo at its public URL, without a key or token', async () => {
		const response = await fetch(
			anon(target()).storage.from('logos').getPublicUrl(logoA).data.publicUrl
		);
		expect(response.status).toBe(200);
	});
}
