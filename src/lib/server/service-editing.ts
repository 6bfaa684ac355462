/**
 * What the portal's services and contacts pages need beyond a section save: the vocabularies a
 * service is described with, and the removal of a service, which also lets go of the contacts and
 * hours that belonged to it (their rows would otherwise name a service that no longer exists).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';

import { SERVICE_VOCABULARIES, type ServiceChoices } from '$lib/domain/service-choices';
import { servicesWithout } from '$lib/domain/service-form';
import { openWorkingCopy, saveSection, type Revision } from './entry-revisions';
import { saveFromForm, type SectionSaveResult } from './entry-editing';

type Client = SupabaseClient<Database>;

/** Terms of the service vocabularies (in their order) and the languages a service can be in. */
export async function serviceChoices(supabase: Client): Promise<Omit<ServiceChoices, 'places'>> {
	const [terms, languages] = await Promise.all([
		supabase
			.from('taxonomy_terms')
			.select('id, vocabulary, code, label_de, label_en, position')
			.in('vocabulary', [...SERVICE_VOCABULARIES])
			.order('position'),
		supabase.from('languages').select('code').order('code')
	]);
	if (terms.error || languages.error) throw new Error('could not load the vocabularies');
	return {
		vocabularies: SERVICE_VOCABULARIES.map((vocabulary) => ({
			vocabulary,
			terms: terms.data
				.filter((term) => term.vocabulary === vocabulary)
				.map(({ id, code, label_de, label_en }) => ({ id, code, label_de, label_en }))
		})),
		languages: languages.data.map((language) => language.code)
	};
}

/**
 * Removes a service from the working copy. Its contacts then belong to the whole organisation and
 * its own hours go with it, each saved right after (the same person, the next version).
 */
export async function removeService(
	supabase: Client,
	revision: Revision,
	serviceId: string,
	formVersion: number
): Promise<SectionSaveResult> {
	const result = await saveFromForm(
		supabase,
		revision,
		'services',
		(before) => servicesWithout(serviceId, before),
		formVersion
	);
	if (result.kind !== 'saved') return result;
	let current = await openWorkingCopy(supabase, revision.organisationId);
	const { contacts, hours } = current.proposed;
	if (contacts.some((contact) => contact.service_id === serviceId)) {
		const outcome = await saveSection(
			supabase,
			current,
			'contacts',
			contacts.map((contact) =>
				contact.service_id === serviceId ? { ...contact, service_id: null } : contact
			),
			current.version
		);
		if (outcome.kind !== 'saved') return { kind: 'refused' };
		current = outcome.revision;
	}
	const ownHours = (row: { service_id: string | null }) => row.service_id === serviceId;
	if (hours.slots.some(ownHours) || hours.exceptions.some(ownHours)) {
		const outcome = await saveSection(
			supabase,
			current,
			'hours',
			{
				slots: hours.slots.filter((row) => !ownHours(row)),
				exceptions: hours.exceptions.filter((row) => !ownHours(row))
			},
			current.version
		);
		if (outcome.kind !== 'saved') return { kind: 'refused' };
	}
	return { kind: 'saved' };
}
