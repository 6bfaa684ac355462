import { resizeScript } from '$lib/domain/embed-resize';
import type { RequestHandler } from './$types';

/** The script partners include beside the widget's iframe: it knows this site's origin. */
export const GET: RequestHandler = ({ url }) =>
	new Response(resizeScript(url.origin), {
		headers: {
			'content-type': 'text/javascript; charset=utf-8',
			'cache-control': 'public, max-age=86400',
			// Partners' pages load it from another origin.
			'cross-origin-resource-policy': 'cross-origin'
		}
	});
