import { loadVocabularies } from '$lib/server/directory';
import { compressedAnswer } from '$lib/server/kept-answers';
import type { RequestHandler } from './$types';

/**
 * The published networks the directory's network filter offers, for the browser
 * ($lib/components/directory/network-options.ts): the same public list for everyone, which the
 * server itself reuses for a minute, so browsers may too.
 */
export const GET = (async ({ locals, request }) => {
	const { networks } = await loadVocabularies(locals.supabase);
	const body = new TextEncoder().encode(JSON.stringify(networks));
	return compressedAnswer(
		request,
		body,
		'application/json',
		{ 'cache-control': 'public, max-age=60' },
		null
	);
}) satisfies RequestHandler;
