/**
 * An organisation's logo: a file in the public `logos` bucket under the organisation's folder,
 * named by `organisations.logo_path`. Written with the member's own client, so the storage
 * policies and the organisation's RLS decide; the file is checked and re-encoded before (see
 * uploads/prepare.ts).
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import type { PreparedFile } from './uploads/prepare';
import { logoKey } from './uploads/keys';
import { LOGO } from './uploads/purposes';

type Client = SupabaseClient<Database>;
type OrganisationStatus = Database['public']['Enums']['publication_status'];

/** A key names a new file on every upload: browsers and CDNs may keep it for a year. */
const A_YEAR_IN_SECONDS = String(60 * 60 * 24 * 365);

export type LogoOwner = {
	id: string;
	name: string;
	status: OrganisationStatus;
	logoPath: string | null;
	logoUrl: string | null;
};

export function logoPublicUrl(supabase: Client, path: string): string {
	return supabase.storage.from(LOGO.bucket).getPublicUrl(path).data.publicUrl;
}

/** The organisation as its logo page needs it, if the user may see it (RLS). */
export async function loadLogoOwner(supabase: Client, id: string): Promise<LogoOwner | null> {
	const { data, error } = await supabase
		.from('organisations')
		.select('id, name, status, logo_path')
		.eq('id', id)
		.maybeSingle();
	if (error) throw new Error(`organisation for its logo: ${error.message}`);
	if (!data) return null;
	return {
		id: data.id,
		name: data.name,
		status: data.status,
		logoPath: data.logo_path,
		logoUrl: data.logo_path ? logoPublicUrl(supabase, data.logo_path) : null
	};
}

export type LogoOutcome = { ok: true } | { ok: false; error: MessageKey };

/**
 * Stores a new logo for a draft and drops the one it replaces. A published entry's logo would go
 * live without the office's approval this way: that waits for revisions.
 */
export async function saveDraftLogo(
	supabase: Client,
	organisation: LogoOwner,
	file: PreparedFile
): Promise<LogoOutcome> {
	if (organisation.status !== 'draft') return { ok: false, error: 'logo.publishedWaits' };
	const bucket = supabase.storage.from(LOGO.bucket);
	const key = logoKey(organisation.id, file.extension);
	const { error: uploadError } = await bucket.upload(key, file.bytes, {
		contentType: file.contentType,
		cacheControl: A_YEAR_IN_SECONDS,
		upsert: false
	});
	if (uploadError) throw new Error(`uploading a logo: ${uploadError.message}`);
	const { data, error } = await supabase
		.from('organisations')
		.update({ logo_path: key })
		.eq('id', organisation.id)
		.eq('status', 'draft')
		.select('id');
	if (error || data.length === 0) {
		await bucket.remove([key]);
		if (error) throw new Error(`recording a logo: ${error.message}`);
		// Submitted or published meanwhile: the same answer as above.
		return { ok: false, error: 'logo.publishedWaits' };
	}
	if (organisation.logoPath) await bucket.remove([organisation.logoPath]);
	return { ok: true };
}
