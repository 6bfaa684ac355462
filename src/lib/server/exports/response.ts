import type { RequestEvent } from '@sveltejs/kit';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { translate } from '$lib/server/i18n';
import type { DirectoryEntry } from '$lib/server/directory';
import { resolveNear } from '$lib/server/near';
import { licenceLinkHeader } from '$lib/server/open-data-licence';
import { collectDirectory } from './collect.ts';

/**
 * Reads an export's directory query and everything it finds, or the response that names what is
 * wrong. Unlike the page, an export does not drop a bad parameter silently: a program that asked
 * for a filter must not receive the unfiltered directory instead. A place (`near`) is resolved
 * by the page's geocoder, so that it means the same here.
 */
export async function exportedDirectory(
	event: Pick<RequestEvent, 'url' | 'locals'>
): Promise<{ entries: DirectoryEntry[] } | { refused: Response }> {
	const { locale } = event.locals;
	const { query, errors } = parseDirectoryQuery(event.url.searchParams);
	const invalid = Object.keys(errors);
	if (invalid.length > 0) {
		const message = translate(locale, 'openData.error.invalidParameters', {
			names: invalid.join(', ')
		});
		return { refused: problem(400, 'invalid_parameter', invalid, message) };
	}
	const near = await resolveNear(query, locale);
	if (near.error === 'directory.error.nearUnavailable') {
		return {
			refused: problem(503, 'geocoder_unavailable', ['near'], translate(locale, near.error))
		};
	}
	if (near.error) {
		return { refused: problem(400, 'place_not_found', ['near'], translate(locale, near.error)) };
	}
	return { entries: await collectDirectory(event.locals.supabase, query, near.position) };
}

function problem(status: number, error: string, parameters: string[], message: string): Response {
	return new Response(JSON.stringify({ error, parameters, message }), {
		status,
		headers: { ...openHeaders(), 'cache-control': 'no-store', 'content-type': 'application/json' }
	});
}

/**
 * Open data: anyone may fetch it from anywhere (CORS), caches may keep it for five minutes (the
 * search returns published data only, the same for every visitor), and the licence travels in
 * a Link header (RFC 8288) because a CSV has no place for it.
 */
function openHeaders(): Record<string, string> {
	return {
		'access-control-allow-origin': '*',
		'access-control-expose-headers': 'link, content-disposition',
		'cache-control': 'public, max-age=300',
		link: licenceLinkHeader()
	};
}

/** Every export is a download with a file name: a person who clicks gets a file, not raw text. */
export function exportResponse(
	body: string,
	format: { contentType: string; filename: string }
): Response {
	return new Response(body, {
		headers: {
			...openHeaders(),
			'content-type': format.contentType,
			'content-disposition': `attachment; filename="${format.filename}"`
		}
	});
}
