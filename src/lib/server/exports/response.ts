import type { RequestEvent } from '@sveltejs/kit';
import { parseDirectoryQuery } from '$lib/domain/directory-query-schema';
import { openDataValidators } from '$lib/server/data-version';
import { translate } from '$lib/server/i18n';
import type { DirectoryEntry } from '$lib/server/directory';
import { resolveNear } from '$lib/server/near';
import { licenceLinkHeader } from '$lib/server/open-data-licence';
import { collectDirectory } from './collect.ts';

/**
 * Reads an export's directory query and everything it finds, or the response to give instead:
 * what is wrong, or 304 when the client's copy is current. Unlike the page, an export does not
 * drop a bad parameter silently: a program that asked for a filter must not receive the
 * unfiltered directory instead. A place (`near`) is resolved by the page's geocoder, so that it
 * means the same here.
 */
export async function exportedDirectory(
	event: Pick<RequestEvent, 'url' | 'locals' | 'request'>
): Promise<
	{ entries: DirectoryEntry[]; caching: Record<string, string> } | { response: Response }
> {
	const { locale, supabase } = event.locals;
	const { query, errors } = parseDirectoryQuery(event.url.searchParams);
	const invalid = Object.keys(errors);
	if (invalid.length > 0) {
		const message = translate(locale, 'openData.error.invalidParameters', {
			names: invalid.join(', ')
		});
		return { response: problem(400, 'invalid_parameter', invalid, message) };
	}
	const validators = await openDataValidators(supabase, event.request, query);
	if (validators.fresh) {
		return {
			response: new Response(null, {
				status: 304,
				headers: { ...openHeaders(), ...validators.headers }
			})
		};
	}
	const near = await resolveNear(query, locale);
	if (near.error === 'directory.error.nearUnavailable') {
		return {
			response: problem(503, 'geocoder_unavailable', ['near'], translate(locale, near.error))
		};
	}
	if (near.error) {
		return { response: problem(400, 'place_not_found', ['near'], translate(locale, near.error)) };
	}
	const entries = await collectDirectory(supabase, query, near.position);
	return { entries, caching: validators.headers };
}

function problem(status: number, error: string, parameters: string[], message: string): Response {
	return new Response(JSON.stringify({ error, parameters, message }), {
		status,
		headers: { ...openHeaders(), 'cache-control': 'no-store', 'content-type': 'application/json' }
	});
}

/**
 * Open data: anyone may fetch it from anywhere (CORS), and the licence travels in a Link header
 * (RFC 8288) because a CSV has no place for it. Caches must ask again each time (see
 * openDataValidators): a place made confidential must not stay in a download for minutes.
 */
function openHeaders(): Record<string, string> {
	return {
		'access-control-allow-origin': '*',
		'access-control-expose-headers': 'link, content-disposition, etag',
		link: licenceLinkHeader()
	};
}

/** Every export is a download with a file name: a person who clicks gets a file, not raw text. */
export function exportResponse(
	body: string | Uint8Array<ArrayBuffer>,
	format: { contentType: string; filename: string },
	caching: Record<string, string>
): Response {
	return new Response(body, {
		headers: {
			...openHeaders(),
			...caching,
			'content-type': format.contentType,
			'content-disposition': `attachment; filename="${format.filename}"`
		}
	});
}
