/**
 * An organisation's logo: a file in the public `logos` bucket under the organisation's folder,
 * named by `organisations.logo_path`. A draft's logo is the members' to change directly; a
 * published entry's goes into the organisation's working copy (`entry_revisions`) and shows once
 * the office approves it. Written with the member's own client, so the storage policies, RLS and
 * the revision functions decide; the file is checked and re-encoded before (uploads/prepare.ts).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import { z } from 'zod';
import type { Database } from '$lib/database.types';
import { entryLogo, VERSION_CONFLICT_CODE, type RevisionStatus } from '$lib/domain/entry-snapshot';
import type { PreparedFile } from './uploads/prepare';
import { logoKey } from './uploads/keys';
import { LOGO } from './uploads/purposes';

type Client = SupabaseClient<Database>;
type PublicationStatus = Database['public']['Enums']['publication_status'];

/** A key names a new file on every upload: browsers and CDNs may keep it for a year. */
const A_YEAR_IN_SECONDS = String(60 * 60 * 24 * 365);

const withLogo = z.object({ logo: entryLogo });

/** Another save of the working copy may come between reading its version and saving. */
const SAVE_ATTEMPTS = 3;

export type PendingLogo = { status: RevisionStatus; revisionId: string; path: string | null };

export type LogoOwner = {
	id: string;
	name: string;
	status: PublicationStatus;
	logoPath: string | null;
	/** The working copy's logo, when it differs from the live one. */
	pending: PendingLogo | null;
	/** Whether an open or submitted working copy exists at all. */
	hasWorkingCopy: boolean;
};

export function logoPublicUrl(supabase: Client, path: string): string {
	return supabase.storage.from(LOGO.bucket).getPublicUrl(path).data.publicUrl;
}

/** The logo a working copy proposes; a snapshot without a readable logo proposes none. */
function proposedLogoPath(proposed: unknown): string | null {
	const snapshot = withLogo.safeParse(proposed);
	return snapshot.success ? snapshot.data.logo.path : null;
}

/** The organisation as its logo page needs it, if the user may see it (RLS). */
export async function loadLogoOwner(supabase: Client, id: string): Promise<LogoOwner | null> {
	const [organisation, revision] = await Promise.all([
		supabase.from('organisations').select('id, name, status, logo_path').eq('id', id).maybeSingle(),
		supabase
			.from('entry_revisions')
			.select('id, status, proposed')
			.eq('organisation_id', id)
			.in('status', ['open', 'submitted'])
			.maybeSingle()
	]);
	if (organisation.error)
		throw new Error(`organisation for its logo: ${organisation.error.message}`);
	if (revision.error) throw new Error(`working copy for a logo: ${revision.error.message}`);
	if (!organisation.data) return null;
	const live = organisation.data.logo_path;
	const proposed = revision.data ? proposedLogoPath(revision.data.proposed) : live;
	return {
		id: organisation.data.id,
		name: organisation.data.name,
		status: organisation.data.status,
		logoPath: live,
		pending:
			revision.data && proposed !== live
				? { status: revision.data.status, revisionId: revision.data.id, path: proposed }
				: null,
		hasWorkingCopy: revision.data !== null
	};
}

export type LogoOutcome = 'live' | 'pending';

/** Sets a draft's live logo; false when the entry is no draft (any longer). */
async function setDraftLogo(supabase: Client, organisationId: string, key: string) {
	const { data, error } = await supabase
		.from('organisations')
		.update({ logo_path: key })
		.eq('id', organisationId)
		.eq('status', 'draft')
		.select('id');
	if (error) throw new Error(`recording a logo: ${error.message}`);
	return data.length > 0;
}

/**
 * Puts the logo into the organisation's working copy. Only the logo section is written, so a
 * save of another section in between is no conflict: the save is repeated on the newer version.
 */
async function proposeLogo(supabase: Client, organisationId: string, key: string) {
	for (let attempt = 1; ; attempt++) {
		const copy = await supabase.rpc('entry_working_copy', { p_organisation: organisationId });
		if (copy.error) throw new Error(`opening the working copy: ${copy.error.message}`);
		const saved = await supabase.rpc('save_entry_section', {
			p_revision: copy.data.id,
			p_section: 'logo',
			p_value: { path: key },
			p_expected_version: copy.data.version
		});
		if (!saved.error) return proposedLogoPath(copy.data.proposed);
		if (saved.error.code !== VERSION_CONFLICT_CODE || attempt === SAVE_ATTEMPTS)
			throw new Error(`saving the logo in the working copy: ${saved.error.message}`);
	}
}

/**
 * Stores a new logo: live for a draft without a working copy, otherwise proposed in the working
 * copy. A file nothing names any more (the replaced draft logo, an earlier proposal) is removed.
 */
export async function saveLogo(
	supabase: Client,
	organisation: LogoOwner,
	file: PreparedFile
): Promise<LogoOutcome> {
	const bucket = supabase.storage.from(LOGO.bucket);
	const key = logoKey(organisation.id, file.extension);
	const { error: uploadError } = await bucket.upload(key, file.bytes, {
		contentType: file.contentType,
		cacheControl: A_YEAR_IN_SECONDS,
		upsert: false
	});
	if (uploadError) throw new Error(`uploading a logo: ${uploadError.message}`);
	try {
		if (
			organisation.status === 'draft' &&
			!organisation.hasWorkingCopy &&
			(await setDraftLogo(supabase, organisation.id, key))
		) {
			if (organisation.logoPath) await bucket.remove([organisation.logoPath]);
			return 'live';
		}
		const replaced = await proposeLogo(supabase, organisation.id, key);
		if (replaced && replaced !== organisation.logoPath) await bucket.remove([replaced]);
		return 'pending';
	} catch (error) {
		await bucket.remove([key]);
		throw error;
	}
}

/** Puts the working copy in the office's review queue. */
export async function submitWorkingCopy(supabase: Client, revisionId: string): Promise<boolean> {
	const { error } = await supabase.rpc('submit_entry_revision', { p_revision: revisionId });
	// Submitted meanwhile (55000): the queue has it either way.
	if (error && error.code !== '55000') throw new Error(`submitting: ${error.message}`);
	return !error;
}
