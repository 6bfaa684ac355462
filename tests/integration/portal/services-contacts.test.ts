/**
 * The portal's services and contacts forms through the real API, as numbered stories: what a
 * member saves waits in a revision while the public keeps seeing the approved entry; the office's
 * approval publishes it (hidden contacts stay hidden); a member of B cannot save into A's entry.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '$lib/database.types';
import { contactsFormSchema, contactsFromForm } from '$lib/domain/contact-forms';
import { newServiceForm, servicesWithForm } from '$lib/domain/service-form';
import {
	approveRevision,
	openWorkingCopy,
	RevisionRefusedError,
	saveSection,
	submitRevision
} from '$lib/server/entry-revisions';
import {
	anon,
	createOrganisation,
	createUser,
	makeMember,
	makeStaff,
	signedIn,
	sql,
	type Organisation
} from '../directory/fixtures.ts';

type Client = SupabaseClient<Database>;
const tag = crypto.randomUUID().slice(0, 8);
const serviceId = crypto.randomUUID();
const shownContact = crypto.randomUUID();
const hiddenContact = crypto.randomUUID();

async function publicServices(organisation: Organisation) {
	const { data, error } = await anon()
		.from('services')
		.select('id, name, anonymous_possible, access_modes')
		.eq('organisation_id', organisation.id);
	expect(error).toBeNull();
	return data ?? [];
}

async function publicContacts(organisation: Organisation) {
	const { data, error } = await anon()
		.from('contacts')
		.select('id, name, service_id')
		.eq('organisation_id', organisation.id);
	expect(error).toBeNull();
	return data ?? [];
}

describe('portal: services and contacts wait for the office', () => {
	let a: Organisation;
	let b: Organisation;
	let memberA: Client;
	let memberB: Client;
	let staff: Client;

	beforeAll(async () => {
		const spec = (name: string) => ({
			name,
			locations: [{ key: 'm', address: `Weg ${tag}`, latitude: 51.3, longitude: 9.5 }],
			services: [{ name: `Beratung ${name}`, languages: ['de'], grounds: ['racism'], at: ['m'] }]
		});
		a = await createOrganisation(spec(`A ${tag}`));
		b = await createOrganisation(spec(`B ${tag}`));
		const idA = await createUser();
		await makeMember(idA, a.id);
		memberA = signedIn(idA) as Client;
		const idB = await createUser();
		await makeMember(idB, b.id);
		memberB = signedIn(idB) as Client;
		const staffId = await createUser();
		await makeStaff(staffId);
		staff = signedIn(staffId) as Client;
	});

	it('1. a member saves a new service and two contacts: a pending revision, the public entry unchanged', async () => {
		const before = await publicServices(a);
		expect(before.map((service) => service.name)).toEqual([`Beratung A ${tag}`]);

		let revision = await openWorkingCopy(memberA, a.id);
		const place = revision.proposed.locations[0]!.id;
		const form = {
			...newServiceForm(serviceId, revision.version),
			name: `Jugendberatung ${tag}`,
			anonymous_possible: true,
			access_modes: ['phone' as const, 'chat' as const],
			languages: ['de', 'ar'],
			location_ids: [place]
		};
		const services = servicesWithForm(form, revision.proposed.services, new Set([place]));
		const saved = await saveSection(memberA, revision, 'services', services, revision.version);
		expect(saved.kind).toBe('saved');
		revision = await openWorkingCopy(memberA, a.id);

		const contacts = contactsFromForm(
			contactsFormSchema.parse({
				version: revision.version,
				contacts: [
					{
						id: shownContact,
						name: `Aylin ${tag}`,
						email: 'aylin@example.org',
						service_id: serviceId,
						show_publicly: true
					},
					{ id: hiddenContact, name: `Intern ${tag}`, phone: '0561 1234', show_publicly: false }
				]
			}),
			new Set(revision.proposed.services.map((service) => service.id))
		);
		const savedContacts = await saveSection(
			memberA,
			revision,
			'contacts',
			contacts,
			revision.version
		);
		expect(savedContacts.kind).toBe('saved');

		const [pending] = await sql<{ status: string; services: number; contacts: number }>(
			`select status, jsonb_array_length(proposed -> 'services') as services,
			        jsonb_array_length(proposed -> 'contacts') as contacts
			 from public.entry_revisions where organisation_id = $1 and status in ('open', 'submitted')`,
			[a.id]
		);
		expect(pending).toEqual({ status: 'open', services: 2, contacts: 2 });
		expect(await publicServices(a)).toEqual(before);
		expect(await publicContacts(a)).toEqual([]);
		const [live] = await sql<{ count: string }>(
			`select count(*) from public.contacts where organisation_id = $1`,
			[a.id]
		);
		expect(live!.count).toBe('0');
	});

	it("2. a member of B can neither open nor save A's services or contacts", async () => {
		await expect(openWorkingCopy(memberB, a.id)).rejects.toMatchObject({ code: '42501' });
		const theirs = await openWorkingCopy(memberA, a.id);
		const attempts = [
			saveSection(memberB, theirs, 'services', [], theirs.version),
			saveSection(memberB, theirs, 'contacts', [], theirs.version)
		];
		for (const attempt of attempts) {
			await expect(attempt).rejects.toBeInstanceOf(RevisionRefusedError);
			await expect(attempt).rejects.toMatchObject({ code: '42501' });
		}
		const after = await openWorkingCopy(memberA, a.id);
		expect(after.version).toBe(theirs.version);
		expect(after.proposed.services).toHaveLength(2);
		expect(after.proposed.contacts).toHaveLength(2);
		// B's own entry is untouched by all this.
		const own = await openWorkingCopy(memberB, b.id);
		expect(own.proposed.contacts).toEqual([]);
	});

	it('3. once the office approves, the public sees the new service and only the public contact', async () => {
		const revision = await openWorkingCopy(memberA, a.id);
		await submitRevision(memberA, revision.id);
		await expect(approveRevision(memberA, revision.id)).rejects.toMatchObject({ code: '42501' });
		expect(await publicContacts(a)).toEqual([]);
		await approveRevision(staff, revision.id);

		const services = await publicServices(a);
		expect(services.map((service) => service.name).sort()).toEqual(
			[`Beratung A ${tag}`, `Jugendberatung ${tag}`].sort()
		);
		expect(services.find((service) => service.id === serviceId)).toMatchObject({
			anonymous_possible: true,
			access_modes: ['phone', 'chat']
		});
		expect(await publicContacts(a)).toEqual([
			{ id: shownContact, name: `Aylin ${tag}`, service_id: serviceId }
		]);
	});
});
