/**
 * Documents of grant applications and organisations' logos, as numbered stories through the
 * Storage API and PostgREST with real users' tokens: the policies of 20261201040000 decide. A is
 * an organisation whose member is `memberA`; B another one.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentDownloadUrl } from '../../../src/lib/server/application-documents.ts';
import { loadLogoOwner, saveLogo } from '../../../src/lib/server/logos.ts';
import {
	admin,
	anon,
	arrangePeople,
	expectStorageError,
	pdf,
	png,
	removeAll,
	type People,
	type Target
} from './support.ts';

const target: Target = { name: 'local', local: true, ...inject('stack') };

describe('application documents and logos: who may do what', () => {
	let people: People;
	let applicationA: string;
	let applicationB: string;
	let documentA: string;
	let recordA: string;
	const files: Record<'logos' | 'documents', string[]> = { logos: [], documents: [] };

	const application = async (organisation: string) => {
		const { data, error } = await admin(target)
			.from('applications')
			.insert({ organisation_id: organisation, title: `Antrag ${randomUUID().slice(0, 8)}` })
			.select('id')
			.single();
		if (error) throw error;
		return data.id as string;
	};
	const documentKey = (applicationId: string) =>
		`applications/${applicationId}/${randomUUID().slice(0, 8)}-bescheid.pdf`;

	beforeAll(async () => {
		people = await arrangePeople(target);
		[applicationA, applicationB] = await Promise.all([
			application(people.organisationA),
			application(people.organisationB)
		]);
		documentA = documentKey(applicationA);
		files.documents.push(documentA);
		const upload = await people.staff.client.storage
			.from('documents')
			.upload(documentA, pdf('Bescheid A'), { contentType: 'application/pdf' });
		expect(upload.error).toBeNull();
		const { data, error } = await people.staff.client
			.from('application_documents')
			.insert({
				application_id: applicationA,
				kind: 'decision',
				file_name: 'Zuwendungsbescheid Förderung.pdf',
				object_path: documentA,
				content_type: 'application/pdf',
				size_bytes: 30
			})
			.select('id')
			.single();
		expect(error).toBeNull();
		recordA = data!.id;
	});

	afterAll(async () => {
		await removeAll(target, 'documents', files.documents);
		await removeAll(target, 'logos', files.logos);
	});

	it('1. staff record a document, and the application’s log says so with its name', async () => {
		const { data } = await people.staff.client
			.from('application_activities')
			.select('kind, note, details, actor_id')
			.eq('application_id', applicationA)
			.eq('kind', 'document');
		expect(data).toEqual([
			{
				kind: 'document',
				note: 'Zuwendungsbescheid Förderung.pdf',
				details: { document: recordA, kind: 'decision' },
				actor_id: people.staff.id
			}
		]);
	});

	it('2. a member of A reads A’s application document and its record', async () => {
		const storage = people.memberA.client.storage.from('documents');
		expect(await (await storage.download(documentA)).data?.text()).toContain('Bescheid A');
		// The link the app hands out: signed, and downloading under the recorded name.
		const link = await documentDownloadUrl(people.memberA.client, applicationA, recordA);
		const response = await fetch(link!);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toBe(
			"attachment; filename=Zuwendungsbescheid%20F%C3%B6rderung.pdf; filename*=UTF-8''Zuwendungsbescheid%20F%C3%B6rderung.pdf"
		);
		expect(await documentDownloadUrl(people.memberB.client, applicationA, recordA)).toBeNull();
		const { data } = await people.memberA.client
			.from('application_documents')
			.select('id')
			.eq('application_id', applicationA);
		expect(data).toEqual([{ id: recordA }]);
	});

	it('3. a member of B cannot read, sign or list A’s application documents, nor see their record', async () => {
		const storage = people.memberB.client.storage.from('documents');
		expectStorageError((await storage.download(documentA)).error, {
			statusCode: '404',
			code: 'NoSuchKey'
		});
		expectStorageError((await storage.createSignedUrl(documentA, 60)).error, {
			statusCode: '404',
			code: 'NoSuchKey'
		});
		expect((await storage.list(`applications/${applicationA}`)).data).toEqual([]);
		expect((await storage.list('applications')).data).toEqual([]);
		const { data } = await people.memberB.client
			.from('application_documents')
			.select('id')
			.eq('application_id', applicationA);
		expect(data).toEqual([]);
	});

	it('4. a member of B sees B’s application documents, and A’s member does not', async () => {
		const documentB = documentKey(applicationB);
		files.documents.push(documentB);
		await people.staff.client.storage.from('documents').upload(documentB, pdf('B'));
		expect(
			(await people.memberB.client.storage.from('documents').download(documentB)).error
		).toBeNull();
		expect(
			(await people.memberA.client.storage.from('documents').download(documentB)).error
		).toMatchObject({ code: 'NoSuchKey' });
	});

	it('5. a member of A cannot upload, overwrite or delete documents of A’s application', async () => {
		const storage = people.memberA.client.storage.from('documents');
		const fresh = documentKey(applicationA);
		for (const error of [
			(await storage.upload(fresh, pdf('mine'))).error,
			(await storage.upload(documentA, pdf('changed'), { upsert: true })).error,
			(await storage.update(documentA, pdf('changed'))).error
		]) {
			expect(error).toMatchObject({ code: 'AccessDenied' });
		}
		expect((await storage.remove([documentA])).data).toEqual([]);
		const still = await people.staff.client.storage.from('documents').download(documentA);
		expect(await still.data?.text()).toContain('Bescheid A');
	});

	it('6. members cannot record documents; nobody changes or deletes a record', async () => {
		const record = {
			application_id: applicationA,
			kind: 'other' as const,
			file_name: 'x.pdf',
			object_path: documentA,
			content_type: 'application/pdf',
			size_bytes: 1
		};
		const byMember = await people.memberA.client.from('application_documents').insert(record);
		expect(byMember.error?.code).toBe('42501');
		for (const client of [people.memberA.client, people.staff.client]) {
			const update = await client
				.from('application_documents')
				.update({ file_name: 'renamed.pdf' })
				.eq('id', recordA)
				.select('id');
			expect(update.error?.code).toBe('42501');
			const removal = await client
				.from('application_documents')
				.delete()
				.eq('id', recordA)
				.select('id');
			expect(removal.error?.code ?? removal.data?.length).toBeTruthy();
			expect(removal.data ?? []).toEqual([]);
		}
		const { data } = await admin(target)
			.from('application_documents')
			.select('file_name')
			.eq('id', recordA)
			.single();
		expect(data).toEqual({ file_name: 'Zuwendungsbescheid Förderung.pdf' });
	});

	it('7. staff cannot record a file that is not in the bucket, or outside its application’s folder', async () => {
		const missing = await people.staff.client.from('application_documents').insert({
			application_id: applicationA,
			kind: 'report',
			file_name: 'fehlt.pdf',
			object_path: documentKey(applicationA),
			content_type: 'application/pdf',
			size_bytes: 1
		});
		expect(missing.error?.code).toBe('42501');
		const elsewhere = await people.staff.client.from('application_documents').insert({
			application_id: applicationB,
			kind: 'report',
			file_name: 'falsch.pdf',
			object_path: documentA,
			content_type: 'application/pdf',
			size_bytes: 1
		});
		expect(elsewhere.error?.code).toBe('23514');
	});

	it('8. anonymous visitors and strangers read no application document', async () => {
		for (const client of [anon(target), people.stranger.client]) {
			const storage = client.storage.from('documents');
			expect((await storage.download(documentA)).error).toBeTruthy();
			expect((await storage.list(`applications/${applicationA}`)).data).toEqual([]);
			expect((await client.from('application_documents').select('id')).data ?? []).toEqual([]);
		}
	});

	it('9. a member of A sets A’s logo, never B’s, and never to a file outside A’s folder', async () => {
		const logo = `${people.organisationA}/logo-${randomUUID().slice(0, 8)}.webp`;
		files.logos.push(logo);
		const logos = people.memberA.client.storage.from('logos');
		expect((await logos.upload(logo, png(1), { contentType: 'image/png' })).error).toBeNull();
		const own = await people.memberA.client
			.from('organisations')
			.update({ logo_path: logo })
			.eq('id', people.organisationA)
			.select('logo_path');
		expect(own).toMatchObject({ error: null, data: [{ logo_path: logo }] });
		const others = await people.memberA.client
			.from('organisations')
			.update({ logo_path: logo.replace(people.organisationA, people.organisationB) })
			.eq('id', people.organisationB)
			.select('id');
		expect(others.data ?? []).toEqual([]);
		const foreign = await people.memberA.client
			.from('organisations')
			.update({ logo_path: `${people.organisationB}/logo-abcdef12.webp` })
			.eq('id', people.organisationA);
		expect(foreign.error?.code).toBe('23514');
	});

	it('10. a draft’s logo is live at once; a published entry’s waits in the working copy for the office', async () => {
		const logoFile = {
			bytes: new Uint8Array(await png(1).arrayBuffer()),
			contentType: 'image/png',
			extension: 'png'
		};
		const member = people.memberB.client;
		const draft = (await loadLogoOwner(member, people.organisationB))!;
		expect(draft).toMatchObject({ status: 'draft', pending: null, hasWorkingCopy: false });
		expect(await saveLogo(member, draft, logoFile)).toBe('live');
		const live = (await loadLogoOwner(member, people.organisationB))!.logoPath!;
		files.logos.push(live);
		expect(live).toMatch(new RegExp(`^${people.organisationB}/logo-[a-z0-9]{8}\\.png$`));

		await admin(target)
			.from('organisations')
			.update({ status: 'published' })
			.eq('id', people.organisationB);
		const published = (await loadLogoOwner(member, people.organisationB))!;
		expect(await saveLogo(member, published, logoFile)).toBe('pending');
		const waiting = (await loadLogoOwner(member, people.organisationB))!;
		expect(waiting.logoPath).toBe(live);
		expect(waiting.pending).toMatchObject({ status: 'open', path: expect.stringMatching(/logo-/) });
		files.logos.push(waiting.pending!.path!);
		// The public sees the approved logo only.
		const { data: seen } = await anon(target)
			.from('organisations')
			.select('logo_path')
			.eq('id', people.organisationB)
			.single();
		expect(seen).toEqual({ logo_path: live });

		// The member cannot approve their own revision; staff can, and then the new logo is live.
		const revision = waiting.pending!.revisionId;
		expect((await member.rpc('submit_entry_revision', { p_revision: revision })).error).toBeNull();
		expect((await member.rpc('approve_entry_revision', { p_revision: revision })).error?.code).toBe(
			'42501'
		);
		expect(
			(await people.staff.client.rpc('approve_entry_revision', { p_revision: revision })).error
		).toBeNull();
		const { data: approved } = await anon(target)
			.from('organisations')
			.select('logo_path')
			.eq('id', people.organisationB)
			.single();
		expect(approved).toEqual({ logo_path: waiting.pending!.path });
	});
});
