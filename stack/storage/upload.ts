import { entityTooLarge, invalidRequest } from './errors.ts';
import { header, readRaw } from './http.ts';
import type { StorageRequest } from './context.ts';

export type UploadBody = {
	data: Buffer;
	mimetype: string;
	cacheControl: string;
	userMetadata: Record<string, unknown> | null;
};

// Room for the form's own bytes (boundaries, fields, metadata) around the file.
const MULTIPART_OVERHEAD = 1024 * 1024;

function parseMetadata(json: string | null | undefined): Record<string, unknown> | null {
	if (!json) return null;
	try {
		const value = JSON.parse(json);
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
	} catch {
		return null;
	}
}

/**
 * The file of an upload as Supabase Storage reads it (storage-contract.md §3): the first file of
 * a multipart form (with `contentType`, `cacheControl` and `metadata` fields), or else the whole
 * body with its Content-Type, Cache-Control and base64 `x-metadata` headers.
 */
export async function readUpload(request: StorageRequest, limit: number): Promise<UploadBody> {
	const contentType = header(request.headers, 'content-type') ?? '';
	if (/^multipart\/form-data/i.test(contentType)) {
		const raw = await readRaw(request.incoming, limit + MULTIPART_OVERHEAD);
		let form: FormData;
		try {
			form = await new Response(new Uint8Array(raw), {
				headers: { 'content-type': contentType }
			}).formData();
		} catch (error) {
			throw invalidRequest((error as Error).message);
		}
		const file = [...form.values()].find((value): value is File => typeof value !== 'string');
		if (!file) throw invalidRequest('No content provided');
		if (file.size > limit) throw entityTooLarge();
		const field = (name: string) => {
			const value = form.get(name);
			return typeof value === 'string' ? value : null;
		};
		const cacheControl = field('cacheControl');
		return {
			data: Buffer.from(await file.arrayBuffer()),
			mimetype: field('contentType') || file.type || 'application/octet-stream',
			cacheControl: cacheControl ? `max-age=${cacheControl}` : 'no-cache',
			userMetadata: parseMetadata(field('metadata') ?? field('userMetadata'))
		};
	}
	const declared = Number(header(request.headers, 'content-length'));
	if (Number.isFinite(declared) && declared > limit) {
		request.incoming.resume();
		throw entityTooLarge();
	}
	const encodedMetadata = header(request.headers, 'x-metadata');
	return {
		data: await readRaw(request.incoming, limit),
		mimetype: contentType || 'application/octet-stream',
		cacheControl: header(request.headers, 'cache-control') || 'no-cache',
		userMetadata: encodedMetadata
			? parseMetadata(Buffer.from(encodedMetadata, 'base64').toString('utf8'))
			: null
	};
}
