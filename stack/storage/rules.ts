import { invalidBucketName, invalidKey, invalidMimeType } from './errors.ts';

// The characters Supabase Storage allows (S3-safe ones and a few that need care); no umlauts,
// no `%`, `#`, `~`, brackets or control characters. Hyphen last so that it is no range.
const OBJECT_KEY = /^[A-Za-z0-9_/!.*'() &$=@;:+,?-]+$/;
const BUCKET_ID = /^[A-Za-z0-9_!.*'() &$=@;:+,?-]{1,100}$/;

export function mustBeValidKey(key: string): void {
	// Files are stored by version, never by key; `.`/`..` segments are refused as the file
	// backend of Supabase Storage refuses them.
	const segments = key.split('/');
	if (!OBJECT_KEY.test(key) || segments.some((segment) => segment === '.' || segment === '..'))
		throw invalidKey(key);
}

export function mustBeValidBucketId(id: string): void {
	if (!BUCKET_ID.test(id)) throw invalidBucketName();
}

/** Keys of this kind mark empty folders in Supabase's dashboard: no content, no type check. */
export const isEmptyFolderPlaceholder = (key: string) => key.endsWith('.emptyFolderPlaceholder');

/**
 * Whether a bucket's `allowed_mime_types` admit `type`: an entry with the same type and the same
 * subtype or `*`. Parameters count (`text/plain;charset=UTF-8` is not `text/plain`), as in
 * Supabase Storage. No list, or an empty one, admits everything.
 */
export function mustBeAllowedMimeType(type: string, allowed: string[] | null): void {
	if (!allowed?.length) return;
	const [kind, subtype] = type.split('/');
	if (!kind || subtype === undefined) throw invalidMimeType(type);
	const admitted = allowed.some((entry) => {
		const [allowedKind, allowedSubtype] = entry.split('/');
		return allowedKind === kind && (allowedSubtype === '*' || allowedSubtype === subtype);
	});
	if (!admitted) throw invalidMimeType(type);
}
