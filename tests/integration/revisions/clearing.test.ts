/**
 * Clearing, as numbered stories through the real API: a member changes a published entry through
 * a working copy, the office approves or rejects it, the public sees only what was approved, and
 * every change lands in the history that nobody can rewrite.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	anon,
	createOrganisation,
	createUser,
	makeMember,
	makeStaff,
	serviceRole,
	signedIn,
	sql,
	type Organisation
} from '../directory/fixtures.ts';

type Revision = {
	id: string;
	organisation_id: string;
	status: string;
	version: number;
	proposed: {
		profile: Record<string, unknown>;
		hours: { slots: Array<Record<string, unknown>>; exceptions: unknown[] };
		services: Array<Record<string, unknown>>;
		[section: string]: unknown;
	};
	base: Record<string, unknown>;
	decision_reason: string | null;
};

const tag = crypto.randomUUID().slice(0, 8);

async function workingCopy(client: SupabaseClient, organisation: string): Promise<Revision> {
	const { data, error } = await client.rpc('entry_working_copy', { p_organisation: organisation });
	expect(error).toBeNull();
	return data as Revision;
}

async function save(
	client: SupabaseClient,
	revision: Revision,
	section: string,
	value: unknown,
	version = revision.version
) {
	return client.rpc('save_entry_section', {
		p_revision: revision.id,
		p_section: section,
		p_value: value as never,
		p_expected_version: version
	});
}

async function publicDescription(organisation: Organisation): Promise<string | null> {
	const { data } = await anon()
		.from('organisations')
		.select('description')
		.eq('id', organisation.id)
		.single();
	return data?.description ?? null;
}

describe('clearing: revisions of directory entries', () => {
	let a: Organisation;
	let b: Organisation;
	let memberA: SupabaseClient;
	let memberB: SupabaseClient;
	let staff: SupabaseClient;
	let staffId: string;

	beforeAll(async () => {
		const spec = (name: string) => ({
			name,
			description: `Alte Beschreibung ${name}`,
			locations: [{ key: 'm', address: `Weg ${tag}`, latitude: 51.3, longitude: 9.5 }],
			services: [{ name: `Beratung ${name}`, languages: ['de'], grounds: ['racism'], at: ['m'] }],
			slots: [{ location: 'm', weekday: 1, opens: '09:00', closes: '12:00' }]
		});
		a = await createOrganisation(spec(`A ${tag}`));
		b = await createOrganisation(spec(`B ${tag}`));
		const idA = await createUser();
		await makeMember(idA, a.id);
		memberA = signedIn(idA);
		const idB = await createUser();
		await makeMember(idB, b.id);
		memberB = signedIn(idB);
		staffId = await createUser();
		await makeStaff(staffId);
		staff = signedIn(staffId);
	});

	it('1. a member opens a working copy of their published entry, starting from the live entry', async () => {
		const revision = await workingCopy(memberA, a.id);
		expect(revision.status).toBe('open');
		expect(revision.version).toBe(1);
		expect(revision.proposed).toEqual(revision.base);
		expect(revision.proposed.profile.description).toBe(`Alte Beschreibung A ${tag}`);
		expect(revision.proposed.hours.slots).toHaveLength(1);
		const again = await workingCopy(memberA, a.id);
		expect(again.id).toBe(revision.id);
	});

	it("2. a member of A can neither open, read nor save B's working copy, nor read B's history", async () => {
		const opened = await memberA.rpc('entry_working_copy', { p_organisation: b.id });
		expect(opened.error?.code).toBe('42501');
		const theirs = await workingCopy(memberB, b.id);
		const read = await memberA.from('entry_revisions').select('id').eq('id', theirs.id);
		expect(read.data).toEqual([]);
		const saved = await save(memberA, theirs, 'profile', {
			...theirs.proposed.profile,
			description: 'Übernommen'
		});
		expect(saved.error?.code).toBe('42501');
		const submitted = await memberA.rpc('submit_entry_revision', { p_revision: theirs.id });
		expect(submitted.error?.code).toBe('42501');
		const history = await memberA
			.from('directory_history')
			.select('id')
			.eq('organisation_id', b.id);
		expect(history.error).toBeNull();
		expect(history.data).toEqual([]);
		const [{ count }] = (await sql(
			`select count(*)::int as count from public.directory_history where organisation_id = $1`,
			[b.id]
		)) as [{ count: number }];
		expect(count).toBeGreaterThan(0);
		const [row] = await sql(`select version, proposed from public.entry_revisions where id = $1`, [
			theirs.id
		]);
		expect(row).toEqual({ version: theirs.version, proposed: theirs.proposed });
	});

	it('3. a save with a stale version is refused with a conflict, and the first save stays', async () => {
		const revision = await workingCopy(memberA, a.id);
		const first = await save(memberA, revision, 'profile', {
			...revision.proposed.profile,
			description: `Erste Fassung ${tag}`
		});
		expect(first.error).toBeNull();
		expect((first.data as Revision).version).toBe(revision.version + 1);
		const second = await save(memberA, revision, 'profile', {
			...revision.proposed.profile,
			description: `Zweite Fassung ${tag}`
		});
		expect(second.error?.code).toBe('PT409');
		expect(second.error?.message).toBe('entry_revision_version_conflict');
		const current = await workingCopy(memberA, a.id);
		expect(current.proposed.profile.description).toBe(`Erste Fassung ${tag}`);
		expect(current.version).toBe(revision.version + 1);
		// Having seen the difference, the second person saves against the current version.
		const again = await save(
			memberA,
			current,
			'profile',
			{ ...current.proposed.profile, description: `Zweite Fassung ${tag}` },
			current.version
		);
		expect(again.error).toBeNull();
		expect((await workingCopy(memberA, a.id)).proposed.profile.description).toBe(
			`Zweite Fassung ${tag}`
		);
		const reset = await save(memberA, await workingCopy(memberA, a.id), 'profile', {
			...current.proposed.profile,
			description: `Erste Fassung ${tag}`
		});
		expect(reset.error).toBeNull();
	});

	it('4. bad input is refused by the database and nothing of it is saved', async () => {
		const revision = await workingCopy(memberA, a.id);
		const cases: Array<[string, unknown]> = [
			['profile', { ...revision.proposed.profile, description: 'x'.repeat(5001) }],
			['profile', { ...revision.proposed.profile, website: 'javascript:alert(1)' }],
			['profile', { ...revision.proposed.profile, email: 'kein-at-zeichen' }],
			['profile', { ...revision.proposed.profile, name: '' }],
			[
				'hours',
				{
					...revision.proposed.hours,
					exceptions: [
						{
							id: crypto.randomUUID(),
							starts_on: '2026-12-24',
							ends_on: '2026-12-24',
							closed: false,
							opens_at: '14:00',
							closes_at: '10:00'
						}
					]
				}
			],
			['status', 'published'],
			['profile', []]
		];
		for (const [section, value] of cases) {
			const result = await save(memberA, revision, section, value);
			expect(result.error, `${section}: ${JSON.stringify(value).slice(0, 80)}`).not.toBeNull();
		}
		const after = await workingCopy(memberA, a.id);
		expect(after.version).toBe(revision.version);
		expect(after.proposed).toEqual(revision.proposed);
	});

	it("5. a working copy cannot take over another organisation's rows by naming their ids", async () => {
		const revision = await workingCopy(memberA, a.id);
		const stolen = { ...revision.proposed.services[0]!, id: Object.values(b.services)[0]! };
		const result = await save(memberA, revision, 'services', [stolen]);
		expect(result.error?.code).toBe('42501');
		const [row] = await sql(`select organisation_id from public.services where id = $1`, [
			stolen.id
		]);
		expect(row).toEqual({ organisation_id: b.id });
	});

	it('6. a member submits but can neither approve nor reject their own revision, nor write revisions or history directly', async () => {
		const revision = await workingCopy(memberA, a.id);
		const submitted = await memberA.rpc('submit_entry_revision', { p_revision: revision.id });
		expect(submitted.error).toBeNull();
		expect((submitted.data as Revision).status).toBe('submitted');
		const approved = await memberA.rpc('approve_entry_revision', { p_revision: revision.id });
		expect(approved.error?.code).toBe('42501');
		const rejected = await memberA.rpc('reject_entry_revision', {
			p_revision: revision.id,
			p_reason: 'selbst'
		});
		expect(rejected.error?.code).toBe('42501');
		const direct = await memberA
			.from('entry_revisions')
			.update({ status: 'approved' })
			.eq('id', revision.id)
			.select();
		expect(direct.error?.code).toBe('42501');
		const inserted = await memberA
			.from('entry_revisions')
			.insert({ organisation_id: a.id, proposed: {}, base: {}, status: 'approved' })
			.select();
		expect(inserted.error?.code).toBe('42501');
		const [entry] = await sql(
			`select id from public.directory_history where organisation_id = $1 limit 1`,
			[a.id]
		);
		for (const client of [memberA, staff, serviceRole()]) {
			const write = await client
				.from('directory_history')
				.update({ new_values: {} })
				.eq('id', entry!.id)
				.select();
			expect(write.error?.code).toBe('42501');
			const remove = await client.from('directory_history').delete().eq('id', entry!.id).select();
			expect(remove.error?.code).toBe('42501');
			const forge = await client
				.from('directory_history')
				.insert({
					actor_role: 'staff',
					table_name: 'organisations',
					operation: 'update',
					organisation_id: a.id
				})
				.select();
			expect(forge.error?.code).toBe('42501');
		}
		const [still] = await sql(`select status from public.entry_revisions where id = $1`, [
			revision.id
		]);
		expect(still).toEqual({ status: 'submitted' });
	});

	it('7. anonymous visitors see only the approved entry; approval applies description and hours at once', async () => {
		expect(await publicDescription(a)).toBe(`Alte Beschreibung A ${tag}`);
		// Saving after submitting takes the revision back out of the queue: submit again.
		const revision = await workingCopy(memberA, a.id);
		const hours = {
			slots: [
				{ ...revision.proposed.hours.slots[0]!, opens_at: '10:00', closes_at: '13:00' },
				{
					id: crypto.randomUUID(),
					location_id: null,
					service_id: null,
					weekday: 3,
					opens_at: '14:00',
					closes_at: '18:00',
					appointment_only: true,
					description: 'Nur mit Termin'
				}
			],
			exceptions: []
		};
		const saved = await save(memberA, revision, 'hours', hours);
		expect(saved.error).toBeNull();
		expect((saved.data as Revision).status).toBe('open');
		await memberA.rpc('submit_entry_revision', { p_revision: revision.id });

		expect(await publicDescription(a)).toBe(`Alte Beschreibung A ${tag}`);
		const before = await anon()
			.from('schedules')
			.select('weekday, opens_at')
			.eq('organisation_id', a.id);
		expect(before.data).toEqual([{ weekday: 1, opens_at: '09:00:00' }]);

		const approved = await staff.rpc('approve_entry_revision', { p_revision: revision.id });
		expect(approved.error).toBeNull();
		expect((approved.data as Revision).status).toBe('approved');
		expect(await publicDescription(a)).toBe(`Erste Fassung ${tag}`);
		const after = await anon()
			.from('schedules')
			.select('weekday, opens_at, closes_at, appointment_only')
			.eq('organisation_id', a.id)
			.order('weekday');
		expect(after.data).toEqual([
			{ weekday: 1, opens_at: '10:00:00', closes_at: '13:00:00', appointment_only: false },
			{ weekday: 3, opens_at: '14:00:00', closes_at: '18:00:00', appointment_only: true }
		]);
		const history = await memberA
			.from('directory_history')
			.select('table_name, operation, actor_id, actor_role, revision_id')
			.eq('organisation_id', a.id)
			.eq('revision_id', revision.id);
		expect(history.data).toEqual(
			expect.arrayContaining([
				{
					table_name: 'organisations',
					operation: 'update',
					actor_id: staffId,
					actor_role: 'staff',
					revision_id: revision.id
				},
				{
					table_name: 'schedules',
					operation: 'insert',
					actor_id: staffId,
					actor_role: 'staff',
					revision_id: revision.id
				}
			])
		);
	});

	it('8. an approval that fails half-way changes nothing', async () => {
		await sql(
			`insert into public.languages (code, name_de, name_en, native_name) values ('zz', 'Test', 'Test', 'Test')`
		);
		const revision = await workingCopy(memberB, b.id);
		const profile = await save(memberB, revision, 'profile', {
			...revision.proposed.profile,
			description: `Nie veröffentlicht ${tag}`
		});
		const services = await save(
			memberB,
			profile.data as Revision,
			'services',
			revision.proposed.services.map((service) => ({ ...service, languages: ['de', 'zz'] }))
		);
		expect(services.error).toBeNull();
		await memberB.rpc('submit_entry_revision', { p_revision: revision.id });
		// The language disappears between the save and the approval.
		await sql(`delete from public.languages where code = 'zz'`);
		const approved = await staff.rpc('approve_entry_revision', { p_revision: revision.id });
		expect(approved.error).not.toBeNull();
		expect(await publicDescription(b)).toBe(`Alte Beschreibung B ${tag}`);
		const [row] = await sql(`select status from public.entry_revisions where id = $1`, [
			revision.id
		]);
		expect(row).toEqual({ status: 'submitted' });
	});

	it('9. a rejection carries its reason to the members, and the next working copy keeps their proposal', async () => {
		const [{ id }] = (await sql(
			`select id from public.entry_revisions where organisation_id = $1 and status = 'submitted'`,
			[b.id]
		)) as [{ id: string }];
		const empty = await staff.rpc('reject_entry_revision', { p_revision: id, p_reason: '  ' });
		expect(empty.error).not.toBeNull();
		const rejected = await staff.rpc('reject_entry_revision', {
			p_revision: id,
			p_reason: 'Bitte die Sprachen prüfen.'
		});
		expect(rejected.error).toBeNull();
		const seen = await memberB
			.from('entry_revisions')
			.select('status, decision_reason')
			.eq('id', id);
		expect(seen.data).toEqual([
			{ status: 'rejected', decision_reason: 'Bitte die Sprachen prüfen.' }
		]);
		const next = await workingCopy(memberB, b.id);
		expect(next.id).not.toBe(id);
		expect(next.proposed.profile.description).toBe(`Nie veröffentlicht ${tag}`);
		expect(next.base.profile).toMatchObject({ description: `Alte Beschreibung B ${tag}` });
		expect(await publicDescription(b)).toBe(`Alte Beschreibung B ${tag}`);
	});

	it("10. a new organisation's first publication goes through the same queue", async () => {
		const draft = await createOrganisation({ name: `Neu ${tag}`, status: 'draft' });
		const id = await createUser();
		await makeMember(id, draft.id);
		const member = signedIn(id);
		const revision = await workingCopy(member, draft.id);
		const saved = await save(member, revision, 'profile', {
			...revision.proposed.profile,
			description: `Wir sind neu ${tag}`
		});
		expect(saved.error).toBeNull();
		await member.rpc('submit_entry_revision', { p_revision: revision.id });
		expect(await publicDescription(draft)).toBeNull();
		const approved = await staff.rpc('approve_entry_revision', { p_revision: revision.id });
		expect(approved.error).toBeNull();
		const { data } = await anon()
			.from('organisations')
			.select('status, description')
			.eq('id', draft.id)
			.single();
		expect(data).toEqual({ status: 'published', description: `Wir sind neu ${tag}` });
	});

	it('11. staff edit live data directly, recorded as theirs; members read their own history only', async () => {
		const edited = await staff
			.from('organisations')
			.update({ phone: '+49 561 0001111' })
			.eq('id', b.id)
			.select('phone');
		expect(edited.data).toEqual([{ phone: '+49 561 0001111' }]);
		const ownHistory = await memberB
			.from('directory_history')
			.select('actor_id, actor_role, old_values, new_values')
			.eq('organisation_id', b.id)
			.eq('table_name', 'organisations')
			.order('id', { ascending: false })
			.limit(1)
			.single();
		expect(ownHistory.data).toMatchObject({
			actor_id: staffId,
			actor_role: 'staff',
			old_values: { phone: null },
			new_values: { phone: '+49 561 0001111' }
		});
		const visible = await memberB.from('directory_history').select('organisation_id');
		expect(new Set(visible.data!.map((row) => row.organisation_id))).toEqual(new Set([b.id]));
		const anonymous = await anon().from('directory_history').select('id').limit(1);
		expect(anonymous.error?.code).toBe('42501');
	});
});
