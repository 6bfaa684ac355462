import type { RequestEvent } from '@sveltejs/kit';
import { parseDirectoryQuery } from '$lib/domain/directory-query';
import { translate } from '$lib/i18n';
import { queryPosition, type DirectoryEntry } from '$lib/server/directory';
import { licenceLinkHeader } from '$lib/server/open-data-licence';
import { collectDirectory } from './collect.ts';

/**
 * Reads an export's directory query and everything it finds, or the 400 response that names the
 * invalid parameters. Unlike the page, an export does not drop a bad parameter silently: a
 * program that asked for a filter must not receive the unfiltered directory instead.
 * A place name (`near`) would need the page's geocoder: exports take `lat`/`lng` instead, and
 * refuse `near` without them rather than answer with an export that ignores it.
 */
export async function exportedDirectory(
	event: Pick<RequestEvent, 'url' | 'locals'>
): Promise<{ entries: DirectoryEntry[] } | { invalid: Response }> {
	const { query, errors } = parseDirectoryQuery(event.url.searchParams);
	const position = queryPosition(query);
	const invalid = Object.keys(errors);
	if (query.near && !position) invalid.push('near');
	if (invalid.length > 0) {
		const message = translate(event.locals.locale, 'openData.error.invalidParameters', {
			names: invalid.join(', ')
		});
		return {
			invalid: new Response(
				JSON.stringify({ error: 'invalid_parameter', parameters: invalid, message }),
				{ status: 400, headers: { ...openHeaders(), 'content-type': 'application/json' } }
			)
		};
	}
	return {
		entries: await collectDirectory(event.locals.supabase, query, position)
	};
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

export function exportResponse(
	body: string,
	format: { contentType: string; filename: string; disposition: 'inline' | 'attachment' }
): Response {
	return new Response(body, {
		headers: {
			...openHeaders(),
			'content-type': format.contentType,
			'content-disposition': `${format.disposition}; filename="${format.filename}"`
		}
	});
}
