/**
 * Logos are shown from the Storage API's public URL. A Supabase project serves it over https,
 * which the pages' `img-src` allows; the embedded stack serves it from its gateway over plain
 * http on this machine, which the policy must name.
 */
export function allowStorageImages(policy: string, storageUrl: string): string {
	const origin = URL.canParse(storageUrl) ? new URL(storageUrl) : null;
	if (!origin || origin.protocol !== 'http:') return policy;
	return policy.replace(/(^|;\s*)img-src([^;]*)/, `$1img-src$2 ${origin.origin}`);
}
