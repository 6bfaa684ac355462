/**
 * The portal's section saves: the validated form becomes its section of the working copy, saved
 * under the version the form was loaded with. A conflict comes back with what the other person
 * saved meanwhile (field by field, their value beside this person's input), so the page can keep
 * the input and say what changed.
 */
import { error, type RequestEvent } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { diffEntry, type DiffNames, type EntryDiff } from '$lib/domain/entry-diff';
import type { EntrySection, EntrySnapshot } from '$lib/domain/entry-snapshot';
import {
	findOrganisation,
	openWorkingCopy,
	RevisionRefusedError,
	saveSection,
	type Revision
} from './entry-revisions';
import { translate } from './i18n';

type Client = SupabaseClient<Database>;

export type SectionSaveResult =
	| { kind: 'saved' }
	| { kind: 'conflict'; changes: EntryDiff; currentVersion: number }
	| { kind: 'refused' };

/** The organisation and its working copy, or 404 (unknown or not visible) / 403 (not a member). */
export async function workingCopyFor(event: Pick<RequestEvent, 'params' | 'locals'>): Promise<{
	organisation: NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;
	revision: Revision;
}> {
	const { locals } = event;
	const organisation = await findOrganisation(locals.supabase, event.params.id ?? '');
	if (!organisation) error(404, { message: translate(locals.locale, 'error.notFound') });
	try {
		return { organisation, revision: await openWorkingCopy(locals.supabase, organisation.id) };
	} catch (cause) {
		if (cause instanceof RevisionRefusedError && cause.code === '42501')
			error(403, { message: translate(locals.locale, 'error.forbidden') });
		throw cause;
	}
}

export async function saveFromForm<S extends EntrySection>(
	supabase: Client,
	revision: Revision,
	section: S,
	build: (before: EntrySnapshot[S]) => EntrySnapshot[S],
	formVersion: number,
	/** How ids read in a conflict's diff (asked only when there is a conflict). */
	names: () => Promise<DiffNames> = async () => ({})
): Promise<SectionSaveResult> {
	// The form's own version decides: built on what the person saw, not on a newer copy.
	const value = build(revision.proposed[section]);
	const outcome = await saveSection(supabase, revision, section, value, formVersion);
	if (outcome.kind === 'saved') return { kind: 'saved' };
	if (outcome.kind === 'refused') return { kind: 'refused' };
	const theirs = outcome.current.proposed;
	const yours = { ...theirs, [section]: build(theirs[section]) };
	return {
		kind: 'conflict',
		// "before" is this person's input, "after" what is saved now.
		changes: diffEntry(yours, theirs, await names()),
		currentVersion: outcome.current.version
	};
}
