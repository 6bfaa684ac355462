/**
 * Who may write the directory, through the real API: anonymous visitors nothing; members their
 * own draft organisation's rows only (and not its publication status; a published entry changes
 * through a revision, see tests/integration/revisions); office staff everything; the
 * public location projection nobody.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	anon,
	createOrganisation,
	createUser,
	makeMember,
	makeStaff,
	signedIn,
	sql,
	type Organisation
} from './fixtures.ts';

/** Every table of the directory. */
const DIRECTORY_TABLES = [
	'organisations',
	'services',
	'locations',
	'public_locations',
	'service_locations',
	'schedules',
	'schedule_exceptions',
	'service_languages',
	'organisation_taxonomy_terms',
	'service_taxonomy_terms',
	'contacts',
	'translations',
	'network_memberships',
	'partnerships',
	'languages',
	'taxonomy_terms',
	'districts'
] as const;

const tag = crypto.randomUUID().slice(0, 8);

async function sampleRow(table: string, organisationId: string): Promise<Record<string, unknown>> {
	const where: Record<string, string> = {
		organisations: 'id = $1',
		network_memberships: 'organisation_id = $1',
		partnerships: 'organisation_id = $1',
		languages: "code = 'de' and $1::uuid is not null",
		taxonomy_terms: "code = 'racism' and $1::uuid is not null",
		districts: "name = 'Mitte' and $1::uuid is not null"
	};
	const [row] = await sql<{ row: Record<string, unknown> }>(
		`select to_jsonb(t) as row from public.${table} t where ${where[table] ?? 'organisation_id = $1'} limit 1`,
		[organisationId]
	);
	if (!row) throw new Error(`no sample row in ${table}`);
	return row.row;
}

const keyOf: Record<string, string[]> = {
	organisations: ['id'],
	public_locations: ['location_id'],
	service_locations: ['service_id', 'location_id'],
	service_languages: ['service_id', 'language'],
	organisation_taxonomy_terms: ['organisation_id', 'taxonomy_term_id'],
	service_taxonomy_terms: ['service_id', 'taxonomy_term_id'],
	network_memberships: ['network_id', 'organisation_id'],
	languages: ['code']
};

function byKey<T extends { eq: (column: string, value: unknown) => T }>(
	query: T,
	table: string,
	row: Record<string, unknown>
): T {
	for (const column of keyOf[table] ?? ['id']) query = query.eq(column, row[column]);
	return query;
}

/** Refused: 42501 (no grant, or a policy's check said no) or no row touched (RLS hid them all). */
function expectRefused(result: { error: { code?: string } | null; data: unknown }, what: string) {
	if (result.error)
		expect(result.error.code, `${what}: ${JSON.stringify(result.error)}`).toBe('42501');
	else expect(result.data, what).toEqual([]);
}

describe('writing the directory', () => {
	let own: Organisation;
	let other: Organisation;
	let network: Organisation;
	let member: SupabaseClient;
	let memberId: string;
	let staff: SupabaseClient;

	beforeAll(async () => {
		network = await createOrganisation({ name: `Netz ${tag}`, kind: 'network' });
		const full = (name: string) => ({
			name,
			locations: [{ key: 'm', address: `Weg ${tag}`, latitude: 51.3, longitude: 9.5 }],
			services: [{ name: `Dienst ${name}`, languages: ['de'], grounds: ['racism'], at: ['m'] }],
			slots: [{ location: 'm', weekday: 1, opens: '09:00', closes: '12:00' }],
			exceptions: [{ from: '2026-12-24', to: '2026-12-24' }],
			networks: [network.id]
		});
		own = await createOrganisation(full(`Eigene ${tag}`));
		other = await createOrganisation(full(`Fremde ${tag}`));
		for (const organisation of [own, other]) {
			const service = Object.values(organisation.services)[0];
			await sql(
				`insert into public.organisation_taxonomy_terms (organisation_id, taxonomy_term_id)
				 select $1, id from public.taxonomy_terms where code = 'refugees'`,
				[organisation.id]
			);
			await sql(
				`insert into public.contacts (organisation_id, service_id, name, email) values ($1, $2, 'Team', 'team@example.org')`,
				[organisation.id, service]
			);
			await sql(
				`insert into public.translations (organisation_id, field, language, text) values ($1, 'description', 'en', 'Text')`,
				[organisation.id]
			);
		}
		await sql(
			`insert into public.partnerships (organisation_id, partner_organisation_id) values ($1, $2)`,
			[own.id, other.id]
		);
		await sql(
			`insert into public.partnerships (organisation_id, partner_organisation_id) values ($1, $2)`,
			[other.id, network.id]
		);
		memberId = await createUser();
		await makeMember(memberId, own.id);
		member = signedIn(memberId);
		const staffId = await createUser();
		await makeStaff(staffId);
		staff = signedIn(staffId);
	});

	it('refuses anonymous visitors every insert, update and delete in every directory table', async () => {
		for (const table of DIRECTORY_TABLES) {
			const row = await sampleRow(table, own.id);
			const insert = await anon().from(table).insert(row).select();
			expectRefused(insert, `anon inserting into ${table}`);
			const update = await byKey(anon().from(table).update(row), table, row).select();
			expectRefused(update, `anon updating ${table}`);
			const remove = await byKey(anon().from(table).delete(), table, row).select();
			expectRefused(remove, `anon deleting from ${table}`);
			expect(await sampleRow(table, own.id), `${table} unchanged`).toEqual(row);
		}
	});

	it("refuses a member every write to another organisation's rows", async () => {
		for (const table of DIRECTORY_TABLES) {
			if (table === 'partnerships' || table === 'network_memberships') continue;
			const row = await sampleRow(table, other.id);
			const update = await byKey(member.from(table).update(row), table, row).select();
			expectRefused(update, `member updating ${table} of another organisation`);
			const remove = await byKey(member.from(table).delete(), table, row).select();
			expectRefused(remove, `member deleting from ${table} of another organisation`);
			expect(await sampleRow(table, other.id), `${table} unchanged`).toEqual(row);
		}
		const intruder = await member
			.from('services')
			.insert({ organisation_id: other.id, name: 'Untergeschoben' })
			.select();
		expect(intruder.error?.code).toBe('42501');
		const moved = await member
			.from('services')
			.update({ organisation_id: other.id })
			.eq('id', Object.values(own.services)[0]!)
			.select();
		expectRefused(moved, 'member moving a service to another organisation');
	});

	it("refuses a member direct writes to their published entry's live rows: changes wait for the office", async () => {
		const before = await sampleRow('organisations', own.id);
		const profile = await member
			.from('organisations')
			.update({ short_name: `Kurz ${tag}`, website: 'https://own.example.org' })
			.eq('id', own.id)
			.select('short_name');
		expectRefused(profile, 'member changing a published profile');
		const service = await member
			.from('services')
			.insert({ organisation_id: own.id, name: `Neu ${tag}`, access_modes: ['video'] })
			.select('id');
		expect(service.error?.code).toBe('42501');
		const location = await member
			.from('locations')
			.update({ visibility: 'approximate' })
			.eq('id', own.locations.m!)
			.select('visibility');
		expectRefused(location, 'member changing a published place');
		const slot = await member
			.from('schedules')
			.insert({
				organisation_id: own.id,
				location_id: own.locations.m!,
				weekday: 2,
				opens_at: '10:00',
				closes_at: '12:00'
			})
			.select();
		expect(slot.error?.code).toBe('42501');
		const removed = await member
			.from('services')
			.delete()
			.eq('id', Object.values(own.services)[0]!)
			.select('id');
		expectRefused(removed, 'member deleting a published service');
		expect(await sampleRow('organisations', own.id)).toEqual(before);
		const [counts] = await sql(
			`select (select count(*)::int from public.services where organisation_id = $1) as services,
			        (select count(*)::int from public.schedules where organisation_id = $1) as slots`,
			[own.id]
		);
		expect(counts).toEqual({ services: 1, slots: 1 });
	});

	it('lets a member edit their own draft organisation, services, locations and hours directly', async () => {
		const draft = await createOrganisation({
			name: `Entwurf ${tag}`,
			status: 'draft',
			locations: [{ key: 'm', address: `Gasse ${tag}`, latitude: 51.3, longitude: 9.5 }]
		});
		const editorId = await createUser();
		await makeMember(editorId, draft.id);
		const editor = signedIn(editorId);
		const profile = await editor
			.from('organisations')
			.update({ short_name: `Kurz ${tag}`, website: 'https://own.example.org' })
			.eq('id', draft.id)
			.select('short_name');
		expect(profile.error).toBeNull();
		expect(profile.data).toEqual([{ short_name: `Kurz ${tag}` }]);
		const service = await editor
			.from('services')
			.insert({ organisation_id: draft.id, name: `Neu ${tag}`, access_modes: ['video'] })
			.select('id')
			.single();
		expect(service.error).toBeNull();
		const language = await editor
			.from('service_languages')
			.insert({ organisation_id: draft.id, service_id: service.data!.id, language: 'uk' })
			.select();
		expect(language.error).toBeNull();
		const location = await editor
			.from('locations')
			.update({ visibility: 'approximate' })
			.eq('id', draft.locations.m!)
			.select('visibility');
		expect(location.data).toEqual([{ visibility: 'approximate' }]);
		const slot = await editor
			.from('schedules')
			.insert({
				organisation_id: draft.id,
				location_id: draft.locations.m!,
				weekday: 2,
				opens_at: '10:00',
				closes_at: '12:00'
			})
			.select();
		expect(slot.error).toBeNull();
		const removed = await editor.from('services').delete().eq('id', service.data!.id).select('id');
		expect(removed.data).toEqual([{ id: service.data!.id }]);
	});

	it('does not let a member publish, archive or add organisations, or change the vocabularies', async () => {
		const status = await member
			.from('organisations')
			.update({ status: 'archived' })
			.eq('id', own.id)
			.select();
		expectRefused(status, 'member archiving their published entry');
		// A draft's profile is the members' to write, its status still the office's.
		const draft = await createOrganisation({ name: `Unveröffentlicht ${tag}`, status: 'draft' });
		await makeMember(memberId, draft.id);
		const publish = await member
			.from('organisations')
			.update({ status: 'published' })
			.eq('id', draft.id)
			.select();
		expect(publish.error?.code).toBe('42501');
		const created = await member
			.from('organisations')
			.insert({ name: `Neu ${tag}`, kind: 'initiative' })
			.select();
		expect(created.error?.code).toBe('42501');
		const term = await member
			.from('taxonomy_terms')
			.update({ label_de: 'x' })
			.eq('code', 'racism')
			.select();
		expectRefused(term, 'member relabelling a term');
		const [row] = await sql(`select status from public.organisations where id = $1`, [own.id]);
		expect(row).toEqual({ status: 'published' });
	});

	it("lets a member record partnerships for their organisation only and manage only their network's members", async () => {
		const ours = await member
			.from('partnerships')
			.insert({ organisation_id: own.id, partner_organisation_id: network.id })
			.select();
		expect(ours.error).toBeNull();
		const theirs = await member
			.from('partnerships')
			.update({ description: 'x' })
			.eq('organisation_id', other.id)
			.select();
		expectRefused(theirs, 'member changing another organisation’s partnership');
		const join = await member
			.from('network_memberships')
			.insert({ network_id: network.id, organisation_id: own.id })
			.select();
		expect(join.error?.code).toBe('42501');
	});

	it('keeps the parent, the licence and the confirmation date from members; confirm_organisation stamps now', async () => {
		const before = await sampleRow('organisations', own.id);
		for (const change of [
			{ last_confirmed_at: '2099-01-01T00:00:00Z' },
			{ parent_organisation_id: other.id },
			{ licence: 'proprietary' }
		]) {
			const result = await member.from('organisations').update(change).eq('id', own.id).select();
			expectRefused(result, JSON.stringify(change));
		}
		const system = await member
			.from('organisations')
			.update({ created_at: '2000-01-01T00:00:00Z' })
			.eq('id', own.id)
			.select();
		expect(system.error?.code).toBe('42501');
		expect(await sampleRow('organisations', own.id)).toEqual(before);

		const [{ now: start }] = (await sql(`select now()`)) as [{ now: Date }];
		const confirmed = await member.rpc('confirm_organisation', { organisation: own.id });
		expect(confirmed.error).toBeNull();
		const [row] = await sql<{ last_confirmed_at: Date; now: Date }>(
			`select last_confirmed_at, now() from public.organisations where id = $1`,
			[own.id]
		);
		expect(new Date(confirmed.data!).getTime()).toBe(row!.last_confirmed_at.getTime());
		expect(row!.last_confirmed_at.getTime()).toBeGreaterThanOrEqual(start.getTime());
		expect(row!.last_confirmed_at.getTime()).toBeLessThanOrEqual(row!.now.getTime());

		const theirs = await member.rpc('confirm_organisation', { organisation: other.id });
		expect(theirs.error?.code).toBe('42501');
	});

	it('lets office staff set the parent and the confirmation date', async () => {
		const { data, error } = await staff
			.from('organisations')
			.update({ parent_organisation_id: network.id, last_confirmed_at: '2026-11-02T10:00:00Z' })
			.eq('id', other.id)
			.select('parent_organisation_id, last_confirmed_at');
		expect(error).toBeNull();
		expect(data).toEqual([
			{ parent_organisation_id: network.id, last_confirmed_at: '2026-11-02T10:00:00+00:00' }
		]);
		const confirmed = await staff.rpc('confirm_organisation', { organisation: own.id });
		expect(confirmed.error).toBeNull();
	});

	it("leaves a network's members to the office; a member may end their own organisation's membership", async () => {
		const networkEditor = await createUser();
		await makeMember(networkEditor, network.id);
		const outsider = await createOrganisation({ name: `Außen ${tag}` });
		const enlisted = await signedIn(networkEditor)
			.from('network_memberships')
			.insert({ network_id: network.id, organisation_id: outsider.id })
			.select();
		expectRefused(enlisted, 'a network member enlisting an organisation');
		const promoted = await signedIn(networkEditor)
			.from('network_memberships')
			.update({ role: 'steering_group' })
			.eq('network_id', network.id)
			.select();
		expectRefused(promoted, "a network member changing its members' roles");
		const theirs = await member
			.from('network_memberships')
			.delete()
			.eq('organisation_id', other.id)
			.select();
		expectRefused(theirs, "a member ending another organisation's membership");
		const left = await member
			.from('network_memberships')
			.delete()
			.eq('network_id', network.id)
			.eq('organisation_id', own.id)
			.select('organisation_id');
		expect(left.data).toEqual([{ organisation_id: own.id }]);
		const back = await staff
			.from('network_memberships')
			.insert({ network_id: network.id, organisation_id: own.id })
			.select('organisation_id');
		expect(back.data).toEqual([{ organisation_id: own.id }]);
	});

	it('shows a partnership a member records only once the partner organisation agrees', async () => {
		const partner = await createOrganisation({ name: `Partner ${tag}` });
		const partnerEditor = await createUser();
		await makeMember(partnerEditor, partner.id);
		const visibleToVisitors = async (id: string) =>
			(await anon().from('partnerships').select('id').eq('id', id)).data?.length === 1;

		const selfConfirmed = await member
			.from('partnerships')
			.insert({
				organisation_id: own.id,
				partner_organisation_id: partner.id,
				confirmed_at: '2026-01-01T00:00:00Z'
			})
			.select();
		expect(selfConfirmed.error?.code).toBe('42501');
		const recorded = await member
			.from('partnerships')
			.insert({ organisation_id: own.id, partner_organisation_id: partner.id, description: 'A' })
			.select('id, confirmed_at')
			.single();
		expect(recorded.error).toBeNull();
		expect(recorded.data?.confirmed_at).toBeNull();
		const id = recorded.data!.id;
		expect(await visibleToVisitors(id)).toBe(false);

		const byRecorder = await member.rpc('confirm_partnership', { partnership: id });
		expect(byRecorder.error?.code).toBe('42501');
		const forged = await member
			.from('partnerships')
			.update({ confirmed_at: '2026-01-01T00:00:00Z' })
			.eq('id', id)
			.select();
		expect(forged.error?.code).toBe('42501');
		expect(await visibleToVisitors(id)).toBe(false);

		const agreed = await signedIn(partnerEditor).rpc('confirm_partnership', { partnership: id });
		expect(agreed.error).toBeNull();
		expect(await visibleToVisitors(id)).toBe(true);

		const rewritten = await member
			.from('partnerships')
			.update({ description: 'B' })
			.eq('id', id)
			.select('confirmed_at');
		expect(rewritten.data).toEqual([{ confirmed_at: null }]);
		expect(await visibleToVisitors(id)).toBe(false);
	});

	it('lets office staff edit every organisation, publish it and keep the vocabularies', async () => {
		const published = await staff
			.from('organisations')
			.update({ status: 'draft' })
			.eq('id', other.id)
			.select('status');
		expect(published.data).toEqual([{ status: 'draft' }]);
		const service = await staff
			.from('services')
			.update({ name: `Umbenannt ${tag}` })
			.eq('organisation_id', other.id)
			.select('name');
		expect(service.data).toEqual([{ name: `Umbenannt ${tag}` }]);
		const location = await staff
			.from('locations')
			.update({ wheelchair_accessible: true })
			.eq('id', other.locations.m!)
			.select('wheelchair_accessible');
		expect(location.data).toEqual([{ wheelchair_accessible: true }]);
		const membership = await staff
			.from('network_memberships')
			.update({ role: 'steering_group' })
			.eq('organisation_id', other.id)
			.select('role');
		expect(membership.data).toEqual([{ role: 'steering_group' }]);
		const term = await staff
			.from('taxonomy_terms')
			.insert({
				vocabulary: 'topics',
				code: `test_${tag.replace(/[^a-z0-9]/g, '')}`,
				label_de: 'Test',
				label_en: 'Test'
			})
			.select();
		expect(term.error).toBeNull();
		const removed = await staff
			.from('schedule_exceptions')
			.delete()
			.eq('organisation_id', other.id)
			.select('id');
		expect(removed.data).toHaveLength(1);
		const organisation = await staff
			.from('organisations')
			.insert({ name: `Vom Amt ${tag}`, kind: 'initiative' })
			.select('slug')
			.single();
		expect(organisation.data?.slug).toBe(`vom-amt-${tag}`);
	});

	it('lets office staff add an organisation without a slug: an empty one is made from the name', async () => {
		const created = await staff
			.from('organisations')
			.insert({ name: `Ohne Kürzel ${tag}`, kind: 'initiative', slug: '' })
			.select('slug')
			.single();
		expect(created.error).toBeNull();
		expect(created.data?.slug).toBe(`ohne-kuerzel-${tag}`);
		// A column default is what makes the generated Insert type leave the slug optional.
		const [column] = await sql<{ column_default: string | null }>(
			`select column_default from information_schema.columns
			 where table_schema = 'public' and table_name = 'organisations' and column_name = 'slug'`
		);
		expect(column?.column_default).not.toBeNull();
	});

	it("hides a draft organisation's services from the public but not from its members", async () => {
		await sql(`update public.organisations set status = 'draft' where id = $1`, [own.id]);
		const visitor = await anon().from('services').select('id').eq('organisation_id', own.id);
		expect(visitor.data).toEqual([]);
		const ours = await member.from('services').select('id').eq('organisation_id', own.id);
		expect(ours.data?.length).toBeGreaterThan(0);
		await sql(`update public.organisations set status = 'published' where id = $1`, [own.id]);
	});
});
