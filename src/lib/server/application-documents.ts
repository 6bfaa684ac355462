/**
 * The documents of an application (proposal, Bescheid, reports): files in the private
 * `documents` bucket under `applications/<application id>/`, each recorded in
 * `application_documents` (whose insert also logs it in the application's activity log). Read
 * and written with the user's own client: the storage policies and RLS decide who may.
 */
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { ApplicationDocument, DocumentKind } from '$lib/domain/uploads';
import type { PreparedFile } from './uploads/prepare';
import { applicationDocumentKey } from './uploads/keys';
import { DOCUMENT } from './uploads/purposes';

type Client = SupabaseClient<Database>;

/** A signed link is made when someone clicks, so it need not live long. */
const SIGNED_URL_SECONDS = 60;
const MAX_NAME = 255;

/**
 * The name to show and to offer on download: the uploader's file name without folders or control
 * characters, its extension the one of what is stored (a photo re-encoded to WebP says so).
 */
export function documentFileName(original: string, extension: string): string {
	const base = original.split(/[/\\]/).pop() ?? '';
	// eslint-disable-next-line no-control-regex
	const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
	const stem = clean.replace(/\.[^.]*$/, '') || 'Dokument';
	return `${stem.slice(0, MAX_NAME - extension.length - 1)}.${extension}`;
}

export async function listDocuments(
	supabase: Client,
	applicationId: string
): Promise<ApplicationDocument[]> {
	const { data, error } = await supabase
		.from('application_documents')
		.select('id, kind, file_name, content_type, size_bytes, uploaded_at')
		.eq('application_id', applicationId)
		.order('uploaded_at', { ascending: false });
	if (error) throw new Error(`application documents: ${error.message}`);
	return data.map((row) => ({
		id: row.id,
		kind: row.kind,
		fileName: row.file_name,
		contentType: row.content_type,
		sizeBytes: row.size_bytes,
		uploadedAt: row.uploaded_at
	}));
}

/** Stores the file and records it; a file whose record is refused does not stay behind. */
export async function addDocument(
	supabase: Client,
	applicationId: string,
	kind: DocumentKind,
	originalName: string,
	file: PreparedFile
): Promise<void> {
	const fileName = documentFileName(originalName, file.extension);
	const key = applicationDocumentKey(applicationId, fileName, file.extension);
	const bucket = supabase.storage.from(DOCUMENT.bucket);
	const { error: uploadError } = await bucket.upload(key, file.bytes, {
		contentType: file.contentType,
		upsert: false
	});
	if (uploadError) throw new Error(`uploading a document: ${uploadError.message}`);
	const { error } = await supabase.from('application_documents').insert({
		application_id: applicationId,
		kind,
		file_name: fileName,
		object_path: key,
		content_type: file.contentType,
		size_bytes: file.bytes.byteLength
	});
	if (error) {
		await bucket.remove([key]);
		throw new Error(`recording a document: ${error.message}`);
	}
}

/**
 * A short-lived link that downloads the document under its own name (`Content-Disposition:
 * attachment`), or null when the user may not see it.
 */
export async function documentDownloadUrl(
	supabase: Client,
	applicationId: string,
	documentId: string
): Promise<string | null> {
	const { data: document, error } = await supabase
		.from('application_documents')
		.select('object_path, file_name')
		.eq('application_id', applicationId)
		.eq('id', documentId)
		.maybeSingle();
	if (error) throw new Error(`application document: ${error.message}`);
	if (!document) return null;
	const { data, error: signError } = await supabase.storage
		.from(DOCUMENT.bucket)
		.createSignedUrl(document.object_path, SIGNED_URL_SECONDS);
	if (signError) return null;
	// supabase-js's own `download` option encodes the name twice (URLSearchParams, then encodeURI
	// of the whole URL): an umlaut would arrive as `%C3%A4` in the saved file's name.
	return `${data.signedUrl}&download=${encodeURIComponent(document.file_name)}`;
}
